package org.verbatim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateLinesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "2 March 201718:49           | 2017-03-02T18:49",
      "24 February 201908:00       | 2019-02-24T08:00",
      "2 March 2017 18:49          | 2017-03-02T18:49",
      "2 марта 201718:49           | 2017-03-02T18:49",
      "24 февраля 2019 года        | 2019-02-24",
      "14 juillet 202110:15        | 2021-07-14T10:15",
      "3. Oktober 2020 09:30       | 2020-10-03T09:30",
      "5 de mayo de 2022 12:00     | 2022-05-05T12:00",
      "March 2, 2017               | 2017-03-02",
      "March 2, 2017 18:49         | 2017-03-02T18:49",
      "2017-03-02 18:49            | 2017-03-02T18:49",
      "2017-03-02                  | 2017-03-02",
      "2 March 201718:49 (GMT+3)   | 2017-03-02T18:49+03:00",
      "2017-03-02 18:49 +03:00     | 2017-03-02T18:49+03:00",
  })
  void reads_every_header_date_form(String line, String expected) {
    assertThat(DateLines.date(line)).hasToString(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"31 February 2019", "2 Smarch 2017", "Moscow: 00:12", "18:49",
      "The talks lasted 2 March 2017 hours", "2 March 2017 25:10", "January 2019", ""})
  void refuses_lines_that_are_no_date(String line) {
    assertThat(DateLines.date(line)).isNull();
  }

  @Test
  void reads_a_time_line_and_an_id_line() {
    assertThat(DateLines.idDate("412-02-03-2017")).isEqualTo(LocalDate.of(2017, 3, 2));
    assertThat(DateLines.timeOn(LocalDate.of(2017, 3, 2), "18:49")).hasToString("2017-03-02T18:49");
    assertThat(DateLines.timeOn(LocalDate.of(2017, 3, 2), "18:49 (GMT+3)"))
        .hasToString("2017-03-02T18:49+03:00");
    assertThat(DateLines.idDate("412-31-02-2017")).isNull();
  }

  @Test
  void knows_a_crawl_banner_clock_and_an_archive_month() {
    assertThat(DateLines.isClock("Moscow: 00:12")).isTrue();
    assertThat(DateLines.isClock("New York: 17:12")).isTrue();
    assertThat(DateLines.isClock("Question: what time is it")).isFalse();
    assertThat(DateLines.isMonthOfYear("January 2019")).isTrue();
    assertThat(DateLines.isMonthOfYear("март 2017")).isTrue();
    assertThat(DateLines.isMonthOfYear("Chapter 2019")).isFalse();
  }
}
