package org.verbatim.search;

import org.verbatim.model.Kind;

/**
 * A publication related to another ("Additional materials"), with why.
 *
 * @param id        the archive id
 * @param title     the title, or null
 * @param published the publication date as printed, or null
 * @param kind      its kind
 * @param language  its language code, or null
 * @param reason    why it is related
 * @param why       the reason in words: {@code language version: ru}, or
 *                  {@code similar content: arctic, shelf, icebreaker}
 */
public record Related(String id, String title, String published, Kind kind, String language,
    Reason reason, String why) {

  /** Another language version, its reason worded {@code language version: ru}. */
  public static Related languageVersion(String id, String title, String published, Kind kind,
      String language) {
    return new Related(id, title, published, kind, language, Reason.LANGUAGE_VERSION,
        "language version: " + (language == null ? "unknown language" : language));
  }

  /** Why a publication is related. */
  public enum Reason {
    /** The same publication in another language: same kind and same printed date and time. */
    LANGUAGE_VERSION,
    /** Shares distinctive words (the most distinctive of one, searched in the others). */
    SIMILAR_CONTENT
  }
}
