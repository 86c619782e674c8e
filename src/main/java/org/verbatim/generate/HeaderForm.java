package org.verbatim.generate;

/**
 * How a page prints its publication date, one of the forms of the page format. Each is drawn with
 * the weight {@link GeneratorOptions#headerWeights()} gives it among the forms a page's language
 * prints; language versions of one publication print only forms with a time and no zone.
 */
public enum HeaderForm {
  /** {@code 2 March 201718:49}: day unpadded, year and time glued. */
  GLUED,
  /** {@code March 2, 2017}, alone, with {@code 18:49} after it, or on the next line (English). */
  MONTH_DAY_YEAR,
  /** {@code 2017-03-02 18:49}, sometimes with a zone ({@code +03:00}, {@code MSK}, {@code UTC}). */
  ISO,
  /** A time line {@code 18:49} and an id line {@code 412-02-03-2017}, before or after the title. */
  TIME_AND_ID,
  /** No date line: only the title ends with the date. */
  TITLE_ONLY,
  /** No date at all. */
  NONE,
  /** {@code Thursday, 02 July 2015 09:54} (English). */
  WEEKDAY,
  /** {@code Wednesday, 23 February 2022, 9.30 p.m.}: a UN document's (English). */
  UN_WEEKDAY,
  /** {@code Jan 13, 2020} or {@code Published on Jan 13, 2020} (English). */
  SHORT_MONTH,
  /** {@code 30-03-2017 20:17} or {@code 5-12-2014, 16:44}: day first. */
  DASHED,
  /** {@code 02.07.2015}; on English pages also {@code 07. Juni 2024}. */
  DOTTED,
  /** {@code 10/11/2022 07:54 PM EDT}: month first, a twelve-hour clock and a zone (English). */
  US_CLOCK,
  /** After the title: {@code March 9, 2023} and a time line {@code 2:39 p.m. EDT}, sometimes a
   * place line before them (English). */
  US_TIME_LINE,
  /** {@code December 19, 2013, Moscow}: a dateline, before or after the title (English). */
  DATELINE,
  /** {@code 11 февраля 2005 г.} or {@code 24 февраля 2019 года} (Russian). */
  RUSSIAN_LONG,
  /** After the title, a metadata line: {@code Submitted on Mon, 05/28/2018 - 06:57} (English) or
   * an agency and a date, {@code NORDPRESS 29.05.2017}. */
  METADATA,
  /** {@code 2022年8月19日} (English pages in UTF-8). */
  CHINESE
}
