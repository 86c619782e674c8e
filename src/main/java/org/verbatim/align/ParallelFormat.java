package org.verbatim.align;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The formats of parallel text the archive exports: TMX 1.4b and tab-separated text. */
public enum ParallelFormat {
  /** TMX 1.4b, one {@code <tu>} per sentence pair ({@link TmxWriter}). */
  TMX("tmx", "application/x-tmx+xml; charset=UTF-8"),
  /** Tab-separated values with a header line ({@link TsvWriter}). */
  TSV("tsv", "text/tab-separated-values; charset=UTF-8");

  private final String extension;
  private final String mediaType;

  ParallelFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The file name extension, without the dot: {@code tmx}, {@code tsv}. */
  public String extension() {
    return extension;
  }

  /** The media type a response of this format carries. */
  public String mediaType() {
    return mediaType;
  }

  /**
   * A writer of this format on {@code out}, which should be buffered and, for a file or a
   * download, encode UTF-8 (TMX's declaration says so); the writer closes it when it closes.
   *
   * @param sourceLanguage the language of the left versions ({@code en}), or null when they are
   *                       of several languages (TMX then says {@code *all*})
   * @param toolVersion    this build's version, for TMX's header
   */
  public ParallelWriter open(Writer out, String sourceLanguage, String toolVersion)
      throws IOException {
    return switch (this) {
      case TMX -> new TmxWriter(out, sourceLanguage, toolVersion);
      case TSV -> new TsvWriter(out);
    };
  }

  /** The format named {@code name} ({@code tmx}, {@code tsv}, any case); fails naming it. */
  public static ParallelFormat ofName(String name) {
    for (ParallelFormat format : values()) {
      if (format.extension.equals(name.toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    throw new IllegalArgumentException("Unknown export format: '" + name
        + "' (allowed: tmx, tsv)");
  }
}
