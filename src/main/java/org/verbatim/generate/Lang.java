package org.verbatim.generate;

import java.util.Locale;

/** A language the generator writes pages in. */
enum Lang {
  EN("en", "en-GB"), RU("ru", "ru-RU");

  /** The ISO 639-1 code the parser reports ({@code en}). */
  final String code;
  /** The tag this language has in a page's language marker line ({@code en-GB}). */
  final String versionTag;

  Lang(String code, String versionTag) {
    this.code = code;
    this.versionTag = versionTag;
  }

  /** The language whose code is {@code code}; fails naming the value and the codes allowed. */
  static Lang ofCode(String code) {
    for (Lang lang : values()) {
      if (lang.code.equals(code.trim().toLowerCase(Locale.ROOT))) {
        return lang;
      }
    }
    throw new IllegalArgumentException("Unknown language: '" + code + "' (allowed: en, ru)");
  }
}
