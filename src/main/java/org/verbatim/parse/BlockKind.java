package org.verbatim.parse;

/** What a line (or part of a line) of a page is, once classified. */
enum BlockKind {
  HEADER_DATE(LineUse.HEADER),
  CRAWL_BANNER(LineUse.BANNER),
  TITLE(LineUse.TITLE),
  LANGUAGE_MARKER(LineUse.LANGUAGES),
  TOC_ITEM(LineUse.TOC),
  SECTION_HEADING(LineUse.SECTION_HEADING),
  /** A paragraph that starts with a speaker label, which starts a turn. */
  LABELLED(LineUse.BODY),
  /** A paragraph without a label, which continues the turn before it. */
  PARAGRAPH(LineUse.BODY),
  /** {@code * * *}: ends the turn before it; not text. */
  SEPARATOR(LineUse.SEPARATOR),
  CHROME(LineUse.CHROME),
  BLANK(LineUse.BLANK);

  private final LineUse use;

  BlockKind(LineUse use) {
    this.use = use;
  }

  LineUse use() {
    return use;
  }
}
