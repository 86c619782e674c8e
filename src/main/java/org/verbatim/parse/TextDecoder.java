package org.verbatim.parse;

import java.nio.charset.StandardCharsets;

/** TEMPORARY placeholder until charset detection lands: decodes UTF-8 only. */
final class TextDecoder {
  private TextDecoder() {}

  static String decode(byte[] bytes, String page) throws ParseException {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
