package org.verbatim.parse;

/** A page that cannot be read as a transcript; the message names the page and what is wrong. */
public final class ParseException extends Exception {

  private final String page;

  public ParseException(String page, String reason) {
    super(page + ": " + reason);
    this.page = page;
  }

  public ParseException(String page, String reason, Throwable cause) {
    super(page + ": " + reason, cause);
    this.page = page;
  }

  /** The page's name (path or URL). */
  public String page() {
    return page;
  }
}
