package org.verbatim.parse;

/**
 * The messages of {@link org.verbatim.model.ParseWarning}s, in one place, so that the parser, the
 * generator's truth files and the tests say exactly the same thing.
 */
public final class Warnings {

  private Warnings() {}

  /** A label printed without its colon, as in {@code QuestionHas the…}. */
  public static String lostColon(String label) {
    return "label '" + label + "' had lost its colon; read as a label";
  }

  /** A label glued to the end of the previous sentence, as in {@code …soon.Sergey Lavrov: …}. */
  public static String gluedLabel(String label) {
    return "label '" + label + "' was glued to the previous sentence; started a new turn there";
  }

  /** A label glued to the end of the headline, as in {@code …2015С.В.Лавров: …}. */
  public static String gluedToTitle(String label) {
    return "label '" + label + "' was glued to the title; the title ends before it";
  }

  /** No date line: the date was taken from the title. */
  public static String dateFromTitle() {
    return "no date line; the publication date is the date in the title";
  }

  /** No date printed anywhere but in the page's address. */
  public static String dateFromAddress() {
    return "no date printed; the publication date is the date in the page's address";
  }

  /** No date anywhere. */
  public static String noDate() {
    return "no publication date found";
  }

  /** No line at the top reads as a headline. */
  public static String noTitle() {
    return "no headline found among the lines at the top; the title is empty";
  }

  /** The headline chosen shows none of the marks of one: it may be a site's own line. */
  public static String titleWithoutEvidence() {
    return "the line taken as title names no kind of text, person, place or date: "
        + "it may be site chrome";
  }

  /** A contents list whose first item never comes back as a heading. */
  public static String contentsNotClosed(String firstItem) {
    return "contents list not closed: its first item '" + firstItem
        + "' does not come back in the text; read as text";
  }

  /** Every turn printed twice, in two languages. */
  public static String bilingual(String first, String second) {
    return "the page is printed in two languages, " + first + " and " + second
        + ", each turn in both; its language is " + first;
  }
}
