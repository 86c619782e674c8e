package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.input.RawPage;
import org.verbatim.internal.Hashes;
import org.verbatim.json.PublicationJson;
import org.verbatim.model.Kind;
import org.verbatim.model.Publication;
import org.verbatim.model.Published;
import org.verbatim.model.Role;
import org.verbatim.model.Source;
import org.verbatim.model.Turn;

/**
 * A version's content hash is the SHA-256 of its JSON without its source: worked out from the JSON
 * that is stored, it must be the same as from the JSON of the publication with no source, or the
 * hashes stored before would no longer match.
 */
class ContentHashTest {

  private static Publication publication(Source source) {
    return publication(source, "We spoke of the \"source\": of the river, and of «Арктика».");
  }

  private static Publication publication(Source source, String answered) {
    Turn answer = new Turn(null, "Olga Ternova", "Olga Ternova", Role.ANSWER,
        List.of(answered), List.of(), List.of());
    return new Publication("Interview of Olga Ternova", Kind.INTERVIEW,
        Published.of(LocalDate.of(2022, 5, 4), LocalTime.of(9, 30)), null, "Oslo", "en",
        List.of("en-GB", "ru-RU"), List.of(), List.of("Daily Tidings"), List.of(), List.of(answer),
        List.of(), source);
  }

  private static String withoutSource(Publication p) {
    return Hashes.sha256Hex(PublicationJson.toJson(p.withSource(null))
        .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void the_hash_from_the_stored_json_is_the_hash_of_the_json_without_a_source() {
    Source odd = new Source("html", "pages/\"source\":{x}/Ответ.html",
        "https://example.org/a?b=\"source\":", "ab".repeat(32));
    for (Source source : java.util.Arrays.asList(odd, null,
        new Source("text", null, null, "cd".repeat(32)))) {
      Publication p = publication(source);

      assertThat(Puts.contentSha256(PublicationJson.toJson(p)))
          .as("source %s", source)
          .isEqualTo(withoutSource(p))
          .isEqualTo(Puts.contentSha256(p));
    }
  }

  @Test
  void the_source_does_not_change_the_hash_and_the_words_do() {
    Publication a = publication(new Source("text", "a.txt", null, "ab".repeat(32)));
    Publication b = publication(new Source("html", "b.html", "https://example.org/b",
        "cd".repeat(32)));
    Publication c = publication(a.source(), "We spoke of the lake.");

    assertThat(Puts.contentSha256(a)).isEqualTo(Puts.contentSha256(b))
        .isNotEqualTo(Puts.contentSha256(c));
  }

  @Test
  void json_that_does_not_end_with_its_source_is_refused() {
    assertThatThrownBy(() -> Puts.contentSha256("{\"title\":\"x\"}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("source");
  }

  @Test
  void a_page_hashes_its_bytes_once_and_as_the_hashes_do() {
    byte[] bytes = "Question: Why?\n".getBytes(StandardCharsets.UTF_8);
    RawPage page = new RawPage(bytes, "q.txt", null, RawPage.Format.TEXT);

    assertThat(page.sha256()).isEqualTo(Hashes.sha256Hex(bytes)).isSameAs(page.sha256());
  }
}
