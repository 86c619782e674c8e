package org.verbatim.internal;

import java.util.List;

/**
 * Rows of comma-separated values as RFC 4180 writes them: a field with a comma, a quote or a line
 * break is quoted, its quotes doubled; each row ends in CRLF. A null field is empty.
 */
public final class Csv {

  private Csv() {}

  /** One row: {@code row(List.of("a", "b,c"))} is {@code a,"b,c"} and CRLF. */
  public static String row(List<String> fields) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String field = fields.get(i) == null ? "" : fields.get(i);
      out.append(i == 0 ? "" : ",");
      if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
          || field.indexOf('\r') >= 0) {
        out.append('"').append(field.replace("\"", "\"\"")).append('"');
      } else {
        out.append(field);
      }
    }
    return out.append("\r\n").toString();
  }
}
