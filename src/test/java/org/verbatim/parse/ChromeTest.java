package org.verbatim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChromeTest {

  @ParameterizedTest
  @ValueSource(strings = {"Additional materials", "Advanced settings", "Showing 1 result.",
      "Showing 12 results.", "Print", "Font size", "Share", "PRINT VERSION", "Версия для печати",
      "Поделиться", "Imprimer", "Drucken", "Compartir", "Views: 1234", "1234 views", "15342",
      "Просмотров: 12", "Tags: Vietnam, Trade", "#Vietnam #Trade", "January 2019", "март 2017",
      "Home / Press service / Transcripts", "Главная › Пресс-служба"})
  void recognises_page_chrome(String line) {
    assertThat(Chrome.is(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Question: Will you share the plan?", "We share this view.",
      "Showing respect matters.", "2019 was a good year for trade.", "Printing money is no answer.",
      "Home is where the talks are.", "#1 priority is trade", "1. Topic"})
  void leaves_text_that_only_looks_like_chrome(String line) {
    assertThat(Chrome.is(line)).isFalse();
  }

  @Test
  void reads_the_language_marker() {
    assertThat(LanguageMarker.tags("• en-GB1 ru-RU1")).containsExactly("en-GB", "ru-RU");
    assertThat(LanguageMarker.tags("• de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1"))
        .isEqualTo(List.of("de-DE", "en-GB", "es-ES", "ru-RU", "fr-FR"));
    assertThat(LanguageMarker.tags("en-GB2 ru-RU1")).containsExactly("en-GB", "ru-RU");
    assertThat(LanguageMarker.tags("• The English version")).isNull();
    assertThat(LanguageMarker.tags("•")).isNull();
  }
}
