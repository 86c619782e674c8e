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
  @ValueSource(strings = {
      "عربي Español Русский Français 简体中文", "中文 العربي Contact Us Links",
      "Home \\ Statements and speeches \\", "Документ   /", "КРЕМЛЬ/МИД/МИНОБОРОНЫ",
      "+44 (0) 203 668 7474", "E-mail: press@example.org", "@harbour_mfa", "• Flag",
      "July 2020 (3)", "Read more »", "Jump to content", "[edit]", "View settings",
      "Font size:", "S/PV.9012", "22-12345 3/22", "Page 3 of 22",
      "768 days have passed since the ferry incident - no answer from the authorities",
      "An official website of the United States Government Here's how you know",
      "You are subscribed to Press Briefings. This information has recently been updated, "
          + "and is now available.",
      "This was published under the 2010 to 2015 coalition government",
      "Press briefing by Erik Sande                        24/02/2022",
      "Printer-friendly versionPrinter-friendly version", "Audio part 1 mp3 (58678 kb)",
      "25 min read", "https://example.org/p/3TzPV", "interaffairs.ru", "maria petrova",
      "Anna Orlova at the forum Фото: Agency/Name", "Перейти к содержанию",
      "Try our transcription service free for 7 days.",
      "Get a transcript in minutes.Home›Blog›Transcripts", "RevBlogTranscriptsMark Dalton"})
  void recognises_chrome_by_what_it_is(String line) {
    assertThat(Chrome.is(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"We will publish the text under the agreement.",
      "English and Russian are both official here.", "The photo was taken in May.",
      "He read more than we did.", "Home, for us, is Moscow.", "— Да.",
      "In 2019, 768 people took part.", "Question: How many days have passed since then?",
      "We subscribe to our partners' view.", "This was published under the agreement.",
      "This idea first appeared on the agenda in 2010."})
  void leaves_sentences_that_mention_what_chrome_says(String line) {
    assertThat(Chrome.is(line)).isFalse();
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
