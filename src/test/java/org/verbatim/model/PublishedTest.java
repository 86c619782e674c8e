package org.verbatim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublishedTest {

  @Test
  void prints_only_as_much_as_the_page_said() {
    LocalDate day = LocalDate.of(2019, 2, 24);
    assertThat(Published.of(day)).hasToString("2019-02-24");
    assertThat(Published.of(day, LocalTime.of(8, 0))).hasToString("2019-02-24T08:00");
    assertThat(new Published(day, LocalTime.of(8, 0), ZoneOffset.ofHours(3)))
        .hasToString("2019-02-24T08:00+03:00");
  }

  @Test
  void reads_back_what_it_prints() {
    for (String text : new String[] {"2019-02-24", "2019-02-24T08:00", "2017-03-02T18:49-05:00",
        "2017-03-02T18:49Z"}) {
      assertThat(Published.parse(text)).hasToString(text);
    }
  }

  @Test
  void refuses_text_that_is_not_a_date_naming_it() {
    assertThatThrownBy(() -> Published.parse("24 February"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Not a publication date-time: '24 February' "
            + "(expected 2019-02-24, 2019-02-24T08:00 or 2019-02-24T08:00+03:00)");
  }

  @Test
  void kinds_and_roles_have_the_codes_used_in_json_and_queries() {
    assertThat(Kind.PRESS_RELEASE.code()).isEqualTo("press-release");
    assertThat(Kind.ofCode("press-release")).isEqualTo(Kind.PRESS_RELEASE);
    assertThat(Role.ofCode("answer")).isEqualTo(Role.ANSWER);
    assertThatThrownBy(() -> Kind.ofCode("memo")).hasMessage(
        "Unknown kind: 'memo' (allowed: interview, briefing, remarks, speech, statement, article, "
            + "comment, press-release, other)");
  }
}
