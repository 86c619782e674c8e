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

  /** No date line: the date was taken from the title. */
  public static String dateFromTitle() {
    return "no date line; the publication date is the date in the title";
  }

  /** No date anywhere. */
  public static String noDate() {
    return "no publication date found";
  }

  /** A title and perhaps a date, but no transcript text after them. */
  public static String noBody() {
    return "no transcript text after the title";
  }
}
