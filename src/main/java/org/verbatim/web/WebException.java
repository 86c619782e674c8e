package org.verbatim.web;

/**
 * A request the web answers with an error status: the message is one line fit to show the user.
 * {@link Errors} turns it into an HTML page or a problem JSON.
 */
final class WebException extends RuntimeException {

  private final int status;

  private WebException(int status, String message) {
    super(message);
    this.status = status;
  }

  static WebException badRequest(String message) {
    return new WebException(400, message);
  }

  static WebException notFound(String message) {
    return new WebException(404, message);
  }

  /** Too many requests at once: a 503 with {@code Retry-After}. */
  static WebException busy(String message) {
    return new WebException(503, message);
  }

  /** Any other error status: 401, 403, 409, 413, 415, 503. */
  static WebException of(int status, String message) {
    return new WebException(status, message);
  }

  int status() {
    return status;
  }
}
