package org.verbatim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Participant;

/** Parser cases the generator's round trip found. */
class RoundTripFixesTest {

  private static final Participant PETROV = new Participant("Ivan Petrov", "Foreign Minister");

  @Test
  void reads_an_outlet_the_title_names_as_a_label_even_with_a_number_in_its_name() {
    List<String> outlets = List.of("Summit 24");
    Labels labels = new Labels(new Speakers(PETROV, outlets), PETROV, outlets);

    Label label = labels.atStart("Summit 24: Will the ferry run?");

    assertThat(label).isNotNull();
    assertThat(label.printed()).isEqualTo("Summit 24");
  }

  @Test
  void takes_the_russian_advanced_settings_line_for_chrome() {
    assertThat(Chrome.is("Расширенные настройки")).isTrue();
  }
}
