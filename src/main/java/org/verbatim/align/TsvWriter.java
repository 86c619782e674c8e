package org.verbatim.align;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes sentence pairs as tab-separated text: a header line, then one line per pair with the
 * columns of {@link #COLUMNS}. Inside a value a backslash is written {@code \\}, a tab {@code \t},
 * a line feed {@code \n} and a carriage return {@code \r} (as PostgreSQL's text format does), so
 * that a line is always one pair and a tab always a column boundary. A value that is unknown (a
 * speaker, a date) is empty.
 */
final class TsvWriter implements ParallelWriter {

  /** The header line's column names, in order. */
  static final List<String> COLUMNS = List.of("source_publication", "target_publication",
      "source_lang", "target_lang", "source_turn", "target_turn", "speaker", "date",
      "source_text", "target_text", "confidence");

  private final Writer out;

  TsvWriter(Writer out) throws IOException {
    this.out = out;
    out.write(String.join("\t", COLUMNS));
    out.write('\n');
  }

  @Override
  public void write(VersionPair versions, List<SentencePair> sentences) throws IOException {
    String leftLanguage = TmxWriter.language(versions.leftId(), versions.left().language());
    String rightLanguage = TmxWriter.language(versions.rightId(), versions.right().language());
    String date = versions.left().published() == null ? ""
        : versions.left().published().toString();
    for (SentencePair pair : sentences) {
      out.write(String.join("\t", versions.leftId(), versions.rightId(), escape(leftLanguage),
          escape(rightLanguage), TmxWriter.turns(pair.leftTurns()),
          TmxWriter.turns(pair.rightTurns()),
          pair.speaker() == null ? "" : escape(pair.speaker()), date, escape(pair.left()),
          escape(pair.right()), String.format(Locale.ROOT, "%.3f", pair.confidence())));
      out.write('\n');
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  /** {@code text} with backslash, tab, line feed and carriage return escaped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
