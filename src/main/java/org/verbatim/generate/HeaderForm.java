package org.verbatim.generate;

/** How a page prints its publication date, one of the forms of the page format. */
public enum HeaderForm {
  /** {@code 2 March 201718:49}: day unpadded, year and time glued. */
  GLUED,
  /** {@code March 2, 2017}, alone, with {@code 18:49} after it, or on the next line. */
  MONTH_DAY_YEAR,
  /** {@code 2017-03-02 18:49}. */
  ISO,
  /** A time line {@code 18:49} and an id line {@code 412-02-03-2017}. */
  TIME_AND_ID,
  /** No date line: only the title ends with the date. */
  TITLE_ONLY,
  /** No date at all. */
  NONE
}
