package org.verbatim.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.verbatim.input.RawPage;

/**
 * One interview published three times at one address, each time changed, for the tests of
 * changes between versions. Version 2 inserts a question and its answer as turns 3 and 4 (the
 * turns after them move down by two); version 3 removes the answer that was turn 4 of version 1
 * (turn 6 of version 2) and edits two words of the last answer. A fourth page changes only the
 * date line: new bytes, the same turns.
 */
public final class ChangingPage {

  public static final String URL = "https://ministry.example/interviews/harvest-fair";

  public static final String V1 = """
      2 March 2017 18:49

      Foreign Minister Ivan Petrov’s interview with the Northern Courier, Newtown, March 2, 2017

      Question: How did the harvest fair go this year?

      Ivan Petrov: The fair went well and the weather held for all three days.

      Question: Who came from abroad?

      Ivan Petrov: Growers from four neighbouring countries brought their apples and pears.

      Question: Will it return next autumn?

      Ivan Petrov: It will, on the same meadow by the river, in the second week of September.
      """;

  /** {@link #V1} with a question and its answer inserted as turns 3 and 4. */
  public static final String V2 = V1.replace("Question: Who came from abroad?", """
      Question: Was the new bridge open for the visitors?

      Ivan Petrov: Only for walkers: lorries still take the ferry until the spring inspection.

      Question: Who came from abroad?""");

  /** {@link #V2} without turn 6, and with two words of turn 8 (turn 7 now) edited. */
  public static final String V3 = V2
      .replace("\nIvan Petrov: Growers from four neighbouring countries brought their apples and "
          + "pears.\n", "")
      .replace("second week of September", "third week of October");

  /** {@link #V3} with another time on the date line: new bytes, the same turns. */
  public static final String V3_RETIMED = V3.replace("18:49", "18:50");

  private ChangingPage() {}

  /** {@code text} as read from {@link #URL}. */
  public static RawPage page(String text) {
    return new RawPage(text.getBytes(UTF_8), null, URL, RawPage.Format.TEXT);
  }
}
