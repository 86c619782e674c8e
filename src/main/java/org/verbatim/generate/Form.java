package org.verbatim.generate;

/**
 * A form of the page formats catalogue that the generator prints on some pages, beside the header
 * forms of {@link HeaderForm}: site chrome, title dates, label forms and contents list layouts.
 * Each has a rate in {@link GeneratorOptions#rate(Form)}, a share of the pages (or parts) named
 * here, and each page records the forms it holds ({@link GeneratedPage#forms()}), so tests and the
 * round trip can count pages and mismatches by form. Chrome never reaches the truth; the truth of
 * the other forms is what README's "What the parser understands" says.
 */
public enum Form {

  // Site chrome above the header, each an independent share of text pages.

  /** A site's name: a ministry or embassy with {@code official site}, or a mission's name twice. */
  MASTHEAD,
  /** A language switcher: {@code عربي Español Русский Français 简体中文}, {@code English Русский}. */
  LANGUAGE_SWITCHER,
  /** Accessibility controls: {@code View settings}, {@code Font size:}, {@code Site colours:}. */
  ACCESSIBILITY,
  /** A breadcrumb: {@code Home \ Statements and speeches \}, {@code Home > Press service > …}. */
  BREADCRUMB,
  /** The .gov banner lines (English pages). */
  GOV_BANNER,
  /** An aggregator's subscription line. */
  SUBSCRIPTION,
  /** {@code Consular queries:} and a phone line, an e-mail line. */
  CONTACT_LINES,
  /** Counters: {@code 768 days have passed since …}, a bare {@code 119}, {@code Views: 1234}. */
  COUNTER,
  /** A social handle, {@code @LorvaniaMFA}. */
  SOCIAL_HANDLE,
  /** {@code Jump to content}. */
  JUMP_TO_CONTENT,
  /** A type line above the title ({@code Speech}, {@code Press release}): a share of English text
   * pages of those kinds. */
  TYPE_LINE,

  // Site chrome below the text, each an independent share of text pages.

  /** Organisation and country tag lines after {@code Additional materials}: a share of the text
   * pages whose footer has that block. */
  TAG_LINES,
  /** Archive months with counts, {@code July 2020 (3)}. */
  ARCHIVE_MONTHS,
  /** {@code Read more »}. */
  READ_MORE,
  /** Country-page bullets, {@code   • Flag}, {@code   • Arms}. */
  COUNTRY_BULLETS,
  /** PDF running heads and document codes, {@code S/PV.9012}, {@code 22-12345}. */
  PDF_CODES,

  // Variants of header forms (see HeaderForm).

  /** The id line of {@link HeaderForm#TIME_AND_ID} below the title, the time line above it: a
   * share of those headers. */
  ID_AFTER_TITLE,
  /** A zone printed as {@code MSK} (+03:00), {@code GMT} or {@code UTC} (+00:00) rather than an
   * offset: a share of the ISO and weekday headers that print a zone. */
  ZONE_ABBREVIATION,

  // How a dated title prints its date: each a share of the pages whose title has a date.

  /** {@code …, Moscow, February 24, 2019.}: a full stop after the date, kept in the title. */
  TITLE_DATE_FULL_STOP,
  /** {@code … (March 2, 2017)}: the date in brackets, no place. */
  TITLE_DATE_IN_BRACKETS,
  /** {@code …, December 19, 2013, Moscow}: the place after the date. */
  TITLE_DATE_BEFORE_PLACE,
  /** {@code …, 11 февраля 2005 г.} (Russian titles). */
  TITLE_DATE_SHORT_YEAR,

  // Label forms: each a share of the question-and-answer parts (interviews, remarks with
  // questions, briefings' answers) of the languages that print it.

  /** {@code Q How…} / {@code A We…}: no colon, alternating (English). */
  Q_A_WITHOUT_COLON,
  /** {@code Foreign Minister Ivan Lodygin:}: the post before the name (English). */
  POST_BEFORE_NAME,
  /** {@code Ivan Lodygin (spoke in Russian):}, {@code Question (retranslated):} (English). */
  NOTE_IN_LABEL,
  /** {@code Ivan Lodygin (01:27):} alone on its line, the words on the next. */
  TIMESTAMP_LABEL,
  /** {@code И. П. Лодыгин:} (Russian). */
  SPACED_INITIALS,
  /** {@code И.Лодыгин:}: one initial (Russian). */
  SINGLE_INITIAL,
  /** Outlets and reporters ask: {@code Harbour Daily:}, {@code Delta TV reporter:}. */
  OUTLET_QUESTIONER,
  /** Labels with a full-width colon, {@code Question：} (UTF-8 pages). */
  FULL_WIDTH_COLON,
  /** A Russian interview as nameless {@code — …} turns, question and answer alternating: a share
   * of Russian interviews not in KOI8-R. */
  DASH_TURNS,
  /** The first label glued to a dated headline, {@code …2019Question: …}: a share of text
   * interviews that are no language version, whose title ends with its date, whose first label
   * is a plain one ({@code Question}, the principal's name) and whose header prints nothing
   * below the title; such a page prints no marker line. */
  GLUED_TO_TITLE,
  /** A speech or remarks opening with a salutation line, {@code Ladies and gentlemen,}: a share of
   * speeches and remarks. */
  SALUTATION,

  // Contents lists of briefings: CONTENTS_NONE a share of briefings, the four layouts that list
  // the questions a share of briefings that answer questions; the last three a share of
  // briefings with a list (CONTENTS_WIDE_GAP of text pages).

  /** No list: the headings in the text are the sections. */
  CONTENTS_NONE,
  /** {@code N. Answers to media questions:} is an item, the questions numbered after it. */
  CONTENTS_ANSWERS_ITEM,
  /** An unnumbered {@code Answers to media questions:} line, then the questions from 1. */
  CONTENTS_ANSWERS_LINE,
  /** {@code From answers to media questions:}, then the questions unnumbered. */
  CONTENTS_FROM_ANSWERS,
  /** Topics as {@code - } bullets, then the questions numbered from 2 with gaps. */
  CONTENTS_DASH_THEN_NUMBERED,
  /** A heading above the list: {@code Table of contents}, {@code Table of Contents:} … (English). */
  CONTENTS_HEADING,
  /** Wide gaps: {@code 10.  }, a tab-sized gap after {@code N.}, an 11-space indent (text pages). */
  CONTENTS_WIDE_GAP,
  /** Numbers written {@code 1)}. */
  CONTENTS_PAREN
}
