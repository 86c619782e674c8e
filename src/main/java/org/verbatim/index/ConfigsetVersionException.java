package org.verbatim.index;

/**
 * A SolrCloud collection was built with another configset version than this build's
 * {@link Configset#VERSION}: opening it is refused, since searches and writes would disagree with
 * its schema. {@link CloudIndex#recreate} builds it again, empty, for a reindex from the store.
 */
public final class ConfigsetVersionException extends IndexException {

  private final int found;

  ConfigsetVersionException(String message, int found) {
    super(message);
    this.found = found;
  }

  /** The collection's configset version; -1 when its schema is not a Verbatim schema. */
  public int found() {
    return found;
  }

  /** The version this build needs: {@link Configset#VERSION}. */
  public int expected() {
    return Configset.VERSION;
  }
}
