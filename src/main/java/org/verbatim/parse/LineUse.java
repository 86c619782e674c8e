package org.verbatim.parse;

/**
 * What the reader made of one line of a page: the report that lets tests check that every body
 * character reached a turn and no chrome did.
 */
enum LineUse {
  BLANK, CHROME, HEADER, BANNER, TITLE, LANGUAGES, TOC, SECTION_HEADING, SEPARATOR, BODY
}
