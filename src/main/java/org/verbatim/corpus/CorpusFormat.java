package org.verbatim.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The formats of a researcher's export: JSON Lines, CSV (a row per turn) and ParlaMint TEI. */
public enum CorpusFormat {
  /** One publication per line in the {@code parse --json} shape, after a manifest line. */
  JSONL("jsonl", "application/jsonl; charset=UTF-8"),
  /** RFC 4180, one row per turn; the manifest goes beside it. */
  CSV("csv", "text/csv; charset=UTF-8"),
  /** A {@code teiCorpus} with one {@code TEI} per publication; the manifest is in its header. */
  TEI("tei", "application/tei+xml; charset=UTF-8");

  private final String code;
  private final String mediaType;

  CorpusFormat(String code, String mediaType) {
    this.code = code;
    this.mediaType = mediaType;
  }

  /** The name on the command line and in URLs: {@code jsonl}, {@code csv}, {@code tei}. */
  public String code() {
    return code;
  }

  /** The file name extension, without the dot: {@code jsonl}, {@code csv}, {@code xml}. */
  public String extension() {
    return this == TEI ? "xml" : code;
  }

  /** The media type of a response in this format. */
  public String mediaType() {
    return mediaType;
  }

  /** Whether the manifest is written inside the export (else it goes beside it). */
  public boolean carriesManifest() {
    return this != CSV;
  }

  /**
   * A writer of this format on {@code out} (buffered by the caller); the manifest, when the
   * format carries it, is written at once. Closing the writer ends the document and closes
   * {@code out}.
   */
  public CorpusWriter open(OutputStream out, Manifest manifest) throws IOException {
    return switch (this) {
      case JSONL -> new JsonLinesWriter(out, manifest);
      case CSV -> new CsvTurnsWriter(out);
      case TEI -> new TeiWriter(out, manifest);
    };
  }

  /** The format whose code is {@code name} (any case), or null when none is. */
  public static CorpusFormat ofCode(String name) {
    for (CorpusFormat format : values()) {
      if (format.code.equals(name.toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    return null;
  }
}
