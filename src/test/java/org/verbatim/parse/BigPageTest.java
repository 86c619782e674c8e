package org.verbatim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.verbatim.input.RawPage;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;

/**
 * A page of about 100 MB, many turns, read through the public {@link Parser}. Surefire runs this
 * suite in one JVM with a larger heap; {@link LargePageHeapTest} holds such pages to 512 MB.
 */
class BigPageTest {

  static String bigPage(int targetBytes) {
    StringBuilder page = new StringBuilder(targetBytes + 1024);
    page.append("3 May 202114:05\n\nForeign Minister Ivan Petrov’s interview with Harbour TV, ")
        .append("Oslo, May 3, 2021\n\n• en-GB1 ru-RU1\n\n");
    int n = 0;
    while (page.length() < targetBytes) {
      page.append("Question: Question number ").append(n)
          .append(" is about the ferry timetable, the fares and the winter service?\n\n")
          .append("Ivan Petrov: Answer number ").append(n)
          .append(": the ferry runs every hour, the fares stay as they are, and in winter ")
          .append("the [river] boats keep running while the ice allows.\n\n")
          .append("We will say more after the talks with our neighbours next week.\n\n");
      n++;
    }
    return page.append("Additional materials\nShowing 1 result.\n").toString();
  }

  @Test
  void reads_a_hundred_megabyte_page() throws Exception {
    byte[] bytes = bigPage(100_000_000).getBytes(StandardCharsets.UTF_8);
    Publication p = new Parser().parse(new RawPage(bytes, "big.txt", null, RawPage.Format.TEXT));
    int turns = p.turns().size();
    assertThat(turns).isGreaterThan(500_000).isEven();
    assertThat(p.turns().get(turns - 1).role()).isEqualTo(Role.ANSWER);
    assertThat(p.turns().get(turns - 1).paragraphs()).hasSize(2);
    assertThat(p.warnings()).isEmpty();
  }
}
