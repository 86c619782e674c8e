package org.verbatim.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.verbatim.input.RawPage;
import org.verbatim.model.ParseWarning;
import org.verbatim.model.Publication;

class BadInputTest {

  @Test
  void refuses_a_listing_page_rather_than_inventing_turns() {
    String listing = """
        3 May 202114:05
        Foreign Minister Ivan Petrov’s interview with Harbour TV
        2 May 202110:00
        Briefing by Foreign Ministry Spokesperson Anna Orlova
        1 May 202109:30
        Statement by Foreign Minister Ivan Petrov on ferries
        30 April 202118:00
        Comment by Foreign Ministry Spokesperson Anna Orlova on fishing
        Showing 4 results.
        """;
    assertThatThrownBy(() -> Pages.read(listing)).isInstanceOf(ParseException.class)
        .hasMessage("test.txt: looks like a listing of publications, not one transcript: "
            + "titles on lines [2, 4, 6, 8]");
  }

  @Test
  void refuses_a_listing_by_its_page_list_or_its_tag_heading() {
    assertThatThrownBy(() -> Pages.read("Speeches and interviews\n"
        + "Pages: 1 | 2 | 3 | 4 | 5 | 6\n\nQuestion: Will the ferry run?\n\nIvan Petrov: Yes.\n"))
        .isInstanceOf(ParseException.class)
        .hasMessage("test.txt: looks like a listing of publications, not one transcript: a list of "
            + "its pages on line 2 ('Pages: 1 | 2 | 3 | 4 | 5 | 6')");
    assertThatThrownBy(() -> Pages.read("Tag \"Ivan Petrov\"\n\nFerry talks resume\n\n"
        + "The minister spoke about the ferry. He said it will run all winter, and more.\n"))
        .isInstanceOf(ParseException.class)
        .hasMessage("test.txt: looks like a listing of publications, not one transcript: a tag "
            + "page, 'Tag \"Ivan Petrov\"' (line 1)");
  }

  @Test
  void refuses_a_page_that_is_only_chrome() {
    assertThatThrownBy(() -> Pages.read("Print\nShare\n\nAdditional materials\nShowing 1 result.\n"))
        .isInstanceOf(ParseException.class)
        .hasMessage("test.txt: no transcript text: only page chrome, such as 'Print' (line 1)");
  }

  @Test
  void refuses_an_empty_page() {
    assertThatThrownBy(() -> Pages.read("")).isInstanceOf(ParseException.class)
        .hasMessage("test.txt: no transcript text: the page is empty");
    assertThatThrownBy(() -> Pages.read("\n \r\n\t\n")).isInstanceOf(ParseException.class)
        .hasMessage("test.txt: no transcript text: the page is empty");
  }

  @Test
  void refuses_a_title_with_no_text_after_it() {
    assertThatThrownBy(() -> Pages.read("3 May 202114:05\n\nStatement by Foreign Minister "
        + "Ivan Petrov\n• en-GB1\n\nPrint\n"))
        .isInstanceOf(ParseException.class)
        .hasMessage("test.txt: no transcript text after the title 'Statement by Foreign Minister "
            + "Ivan Petrov' (line 3)");
  }

  @Test
  void never_throws_anything_but_a_parse_exception_on_random_bytes() {
    Parser parser = new Parser();
    for (int n = 0; n < 300; n++) {
      Random random = new Random(n);
      byte[] bytes = new byte[random.nextInt(4000)];
      random.nextBytes(bytes);
      try {
        Publication p = parser.parse(new RawPage(bytes, "noise.bin", null, RawPage.Format.TEXT));
        assertThat(p.turns()).allSatisfy(t -> assertThat(t.paragraphs()).isNotEmpty());
      } catch (ParseException e) {
        assertThat(e.getMessage()).startsWith("noise.bin: ");
      }
    }
  }
}
