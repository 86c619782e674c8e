package org.verbatim.align;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes sentence pairs as TMX 1.4b: a header naming Verbatim, sentence segmentation and plain
 * text, then one {@code <tu>} per pair with a {@code <tuv>} for each language.
 *
 * <p>Properties ({@code <prop type="…">}): on the {@code <tu>}, {@code x-verbatim-speaker}
 * (omitted when no speaker is known), {@code x-verbatim-date} (the publication's printed date
 * and time, ISO; omitted when it has none) and {@code x-verbatim-confidence} (0 to 1, three
 * decimals); on each {@code <tuv>}, {@code x-verbatim-publication} (that version's archive id)
 * and {@code x-verbatim-turn} (its turn numbers, from 1, comma-separated). Text is escaped for
 * XML; characters XML 1.0 cannot hold (control characters) become U+FFFD.
 */
final class TmxWriter implements ParallelWriter {

  /** The document type the header names; validators resolve it to the TMX 1.4b DTD. */
  static final String DTD = "tmx14.dtd";

  private final Writer out;

  TmxWriter(Writer out, String sourceLanguage, String toolVersion) throws IOException {
    this.out = out;
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<!DOCTYPE tmx SYSTEM \"" + DTD + "\">\n");
    out.write("<tmx version=\"1.4\">\n");
    out.write("  <header creationtool=\"Verbatim\" creationtoolversion=\"" + escape(toolVersion)
        + "\" segtype=\"sentence\" o-tmf=\"Verbatim\" adminlang=\"en\" srclang=\""
        + (sourceLanguage == null ? "*all*" : escape(sourceLanguage))
        + "\" datatype=\"plaintext\"/>\n");
    out.write("  <body>\n");
  }

  @Override
  public void write(VersionPair versions, List<SentencePair> sentences) throws IOException {
    String leftLanguage = language(versions.leftId(), versions.left().language());
    String rightLanguage = language(versions.rightId(), versions.right().language());
    String date = versions.left().published() == null ? null
        : versions.left().published().toString();
    for (SentencePair pair : sentences) {
      out.write("    <tu srclang=\"" + escape(leftLanguage) + "\">\n");
      if (pair.speaker() != null) {
        prop("      ", "x-verbatim-speaker", pair.speaker());
      }
      if (date != null) {
        prop("      ", "x-verbatim-date", date);
      }
      prop("      ", "x-verbatim-confidence",
          String.format(Locale.ROOT, "%.3f", pair.confidence()));
      variant(leftLanguage, versions.leftId(), pair.leftTurns(), pair.left());
      variant(rightLanguage, versions.rightId(), pair.rightTurns(), pair.right());
      out.write("    </tu>\n");
    }
  }

  @Override
  public void close() throws IOException {
    try (out) {
      out.write("  </body>\n</tmx>\n");
    }
  }

  private void variant(String language, String id, List<Integer> turns, String text)
      throws IOException {
    out.write("      <tuv xml:lang=\"" + escape(language) + "\">\n");
    prop("        ", "x-verbatim-publication", id);
    prop("        ", "x-verbatim-turn", turns(turns));
    out.write("        <seg>" + escape(text) + "</seg>\n");
    out.write("      </tuv>\n");
  }

  private void prop(String indent, String type, String value) throws IOException {
    out.write(indent + "<prop type=\"" + type + "\">" + escape(value) + "</prop>\n");
  }

  /** Turn numbers as the exports write them: {@code 3}, or {@code 3,4} for a split turn. */
  static String turns(List<Integer> turns) {
    return turns.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  static String language(String id, String language) {
    if (language == null || language.isBlank()) {
      throw new IllegalArgumentException("Publication '" + id
          + "' has no known language: a parallel text needs the language of both versions");
    }
    return language;
  }

  /** {@code text} for XML text or an attribute value in double quotes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\t', '\n', '\r' -> out.append("&#").append((int) c).append(';');
        default -> {
          if (Character.isSurrogate(c)) {
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
              out.append(c).append(text.charAt(++i));
            } else {
              out.append('\uFFFD');
            }
          } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
