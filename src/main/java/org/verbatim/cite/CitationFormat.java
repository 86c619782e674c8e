package org.verbatim.cite;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The styles and formats a citation is written in, with the media type of each. */
public enum CitationFormat {
  APA("apa", "APA", "apa", "text/plain"),
  /** The Chicago Manual of Style, author-date system. */
  CHICAGO("chicago", "Chicago (author-date)", "chicago-author-date", "text/plain"),
  MLA("mla", "MLA", "modern-language-association", "text/plain"),
  BIBTEX("bibtex", "BibTeX", null, "application/x-bibtex"),
  RIS("ris", "RIS", null, "application/x-research-info-systems"),
  CSL_JSON("csl-json", "CSL-JSON", null, "application/vnd.citationstyles.csl+json");

  private final String code;
  private final String label;
  private final String cslStyle;
  private final String mediaType;

  CitationFormat(String code, String label, String cslStyle, String mediaType) {
    this.code = code;
    this.label = label;
    this.cslStyle = cslStyle;
    this.mediaType = mediaType;
  }

  /** The name used in URLs and on the command line ({@code csl-json}). */
  public String code() {
    return code;
  }

  /** The name shown to readers ({@code Chicago (author-date)}). */
  public String label() {
    return label;
  }

  /** The CSL style that writes it, or null for the formats written by our own writers. */
  String cslStyle() {
    return cslStyle;
  }

  /** The media type, without a charset: every format is written in UTF-8. */
  public String mediaType() {
    return mediaType;
  }

  /** The format whose {@link #code()} is {@code code}; fails naming it and the codes allowed. */
  public static CitationFormat ofCode(String code) {
    String lower = code == null ? null : code.toLowerCase(Locale.ROOT);
    for (CitationFormat format : values()) {
      if (format.code.equals(lower)) {
        return format;
      }
    }
    throw new IllegalArgumentException("Unknown citation format: '" + code + "' ("
        + allowed() + ")");
  }

  /** {@code allowed: apa, chicago, …}, the codes for a message. */
  public static String allowed() {
    return "allowed: "
        + Arrays.stream(values()).map(CitationFormat::code).collect(Collectors.joining(", "));
  }
}
