package org.verbatim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dates a text prints, in every form the catalogue lists, found wherever they stand. */
class DatesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Thursday, 02 July 2015 09:54                     | 2015-07-02T09:54",
      "Published on Jan 13, 2020                        | 2020-01-13",
      "30-03-2017 20:17                                 | 2017-03-30T20:17",
      "5-12-2014, 16:44                                 | 2014-12-05T16:44",
      "02.07.2015                                       | 2015-07-02",
      "Submitted on Mon, 05/28/2018 - 06:57             | 2018-05-28T06:57",
      "10/11/2022 07:54 PM EDT                          | 2022-10-11T19:54-04:00",
      "28/05/2018                                       | 2018-05-28",
      "Wednesday, 23 February 2022, 9.30 p.m.           | 2022-02-23T21:30",
      "December 19, 2013, Moscow                        | 2013-12-19",
      "Interview, Moscow, 3 March 2015.                 | 2015-03-03",
      "07. Juni 2024                                    | 2024-06-07",
      "11 февраля 2005 г.                               | 2005-02-11",
      "24 февраля 2019 года                             | 2019-02-24",
      "2 березня 2015 року                              | 2015-03-02",
      "5 de marzo de 2019                               | 2019-03-05",
      "2022年8月19日外交部发言人                          | 2022-08-19",
      "2 March 201718:49                                | 2017-03-02T18:49",
      "May 1st, 2019                                    | 2019-05-01",
      "the 1st of May 2019                              | 2019-05-01",
      "2021‑05‑03 14:05                                 | 2021-05-03T14:05",
      "2021-02-09 21:58:27                              | 2021-02-09T21:58:27",
      "2 March 2017 18:49 (GMT+3)                       | 2017-03-02T18:49+03:00",
      "2017-03-02 18:49 +03:00                          | 2017-03-02T18:49+03:00",
      "2017-03-02 18:49 MSK                             | 2017-03-02T18:49+03:00",
      "on July 17, 2020 at 2:39 p.m. EST                | 2020-07-17T14:39-05:00",
  })
  void reads_every_form_the_catalogue_lists(String text, String expected) {
    assertThat(Dates.first(text).published()).hasToString(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"31 February 2019", "2 Smarch 2017", "in 2019 we met", "12 people 2019",
      "phone 8 800 2019 0000", "version 1.12.2019.5", "412-02-03-2017", "2019", ""})
  void finds_no_date_where_none_is_printed(String text) {
    assertThat(Dates.find(text)).isEmpty();
  }

  @Test
  void keeps_a_date_without_a_time_that_is_no_time() {
    assertThat(Dates.first("2 March 2017 25:10").published()).hasToString("2017-03-02");
    assertThat(Dates.first("March 2, 2017 - 12 delegates").published()).hasToString("2017-03-02");
    assertThat(Dates.first("2 March 2017 9.30 tonnes").published()).hasToString("2017-03-02");
  }

  @Test
  void finds_every_date_of_a_title_in_order_with_where_it_stands() {
    String title = "Talks of May 3, 2021 and the statement of 4 May 2021";
    List<Dates.Found> found = Dates.find(title);
    assertThat(found).extracting(f -> f.published().toString())
        .containsExactly("2021-05-03", "2021-05-04");
    assertThat(title.substring(found.get(0).start(), found.get(0).end())).isEqualTo("May 3, 2021");
    assertThat(title.substring(found.get(1).start(), found.get(1).end())).isEqualTo("4 May 2021");
  }

  @Test
  void reads_a_time_alone() {
    java.time.LocalDate day = java.time.LocalDate.of(2020, 1, 2);
    assertThat(Dates.timeAlone(day, "2:39 p.m. EDT")).hasToString("2020-01-02T14:39-04:00");
    assertThat(Dates.timeAlone(day, "18:40")).hasToString("2020-01-02T18:40");
    assertThat(Dates.timeAlone(day, "18:40 and more")).isNull();
    assertThat(Dates.timeAlone(day, "9.30")).isNull();
  }
}
