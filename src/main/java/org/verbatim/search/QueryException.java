package org.verbatim.search;

/**
 * A user's query cannot be searched as written. The message is one line that names the problem and
 * the part of the query it concerns, fit to show the user as it is.
 */
public final class QueryException extends Exception {

  public QueryException(String message) {
    super(message);
  }
}
