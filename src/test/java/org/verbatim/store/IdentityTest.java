package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.input.RawPage;
import org.verbatim.internal.Hashes;
import org.verbatim.model.Kind;
import org.verbatim.model.Publication;
import org.verbatim.model.Published;
import org.verbatim.model.Source;

class IdentityTest {

  static final byte[] BYTES = "some page".getBytes(StandardCharsets.UTF_8);

  static RawPage page(String path, String url) {
    return new RawPage(BYTES, path, url, RawPage.Format.TEXT);
  }

  static Publication parsed(String language, Published published, String title, String url) {
    return new Publication(title, Kind.INTERVIEW, published, null, null, language, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(),
        new Source("text", null, url, Hashes.sha256Hex(BYTES)));
  }

  static String sha256(String text) {
    return Hashes.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  static final Published MARCH_3 = Published.of(LocalDate.of(2021, 3, 3), LocalTime.of(10, 15));

  @Test
  void the_source_url_decides_when_known() {
    String key = Identity.key(page("a.txt", "https://example.org/en/news/17"),
        parsed("en", MARCH_3, "Any title", null));

    assertThat(key).isEqualTo("url:https://example.org/en/news/17");
  }

  @Test
  void the_parsed_source_url_serves_when_the_raw_page_has_none() {
    String key = Identity.key(page("a.html", null),
        parsed("en", MARCH_3, "Any title", "https://example.org/b"));

    assertThat(key).isEqualTo("url:https://example.org/b");
  }

  @Test
  void urls_lose_case_in_scheme_and_host_their_default_port_and_their_fragment() {
    assertThat(Identity.normaliseUrl(" HTTPS://Example.ORG:443/En/News?id=17#top "))
        .isEqualTo("https://example.org/En/News?id=17");
    assertThat(Identity.normaliseUrl("http://example.org:8080"))
        .isEqualTo("http://example.org:8080/");
    assertThat(Identity.normaliseUrl("not a url at all")).isEqualTo("not a url at all");
  }

  @Test
  void without_a_url_the_key_hashes_language_date_time_and_title() {
    String key = Identity.key(page("a.txt", null),
        parsed("en", MARCH_3, "Foreign Minister Ivan Petrov’s interview", null));

    assertThat(key).isEqualTo(
        "header:" + sha256("en|" + MARCH_3 + "|foreign minister ivan petrov's interview"));
  }

  @Test
  void the_header_key_ignores_case_spacing_apostrophes_and_unicode_form() {
    String plain = Identity.key(page("a.txt", null),
        parsed("en", MARCH_3, "Café talks: Ivan Petrov's view", null));
    String decorated = Identity.key(page("b.txt", null),
        parsed("en", MARCH_3, "  CAFE\u0301   TALKS:\u00a0Ivan\tPetrov’s view ", null));

    assertThat(decorated).isEqualTo(plain);
  }

  @Test
  void the_header_key_differs_when_the_language_date_or_title_does() {
    String base = Identity.key(page("a.txt", null), parsed("en", MARCH_3, "Talks", null));

    assertThat(Identity.key(page("a.txt", null), parsed("ru", MARCH_3, "Talks", null)))
        .isNotEqualTo(base);
    assertThat(Identity.key(page("a.txt", null),
        parsed("en", Published.of(LocalDate.of(2021, 3, 4)), "Talks", null))).isNotEqualTo(base);
    assertThat(Identity.key(page("a.txt", null), parsed("en", MARCH_3, "Talks again", null)))
        .isNotEqualTo(base);
    assertThat(Identity.key(page("a.txt", null),
        parsed("en", Published.of(LocalDate.of(2021, 3, 3)), "Talks", null)))
        .isNotEqualTo(base);
  }

  @Test
  void an_undated_page_is_known_by_its_path_because_undated_titles_repeat() {
    String key = Identity.key(page("pages\\2021\\a.txt", null),
        parsed("en", null, "Press release on the talks", null));

    assertThat(key).isEqualTo("path:pages/2021/a.txt");
  }

  @Test
  void an_undated_page_read_from_no_file_is_known_by_its_title() {
    String key = Identity.key(page(null, null), parsed("en", null, "Statement", null));

    assertThat(key).isEqualTo("title:" + sha256("en|statement"));
  }

  @Test
  void a_page_with_no_url_title_date_or_path_is_known_by_its_bytes() {
    String key = Identity.key(page(null, null), parsed("en", null, null, null));

    assertThat(key).isEqualTo("sha256:" + Hashes.sha256Hex(BYTES));
  }

  @Test
  void the_public_id_is_the_first_16_hex_digits_of_the_keys_sha256() {
    assertThat(Identity.id("url:https://example.org/a"))
        .isEqualTo(sha256("url:https://example.org/a").substring(0, 16))
        .matches("[0-9a-f]{16}");
    assertThat(Identity.isId(Identity.id("x"))).isTrue();
    assertThat(Identity.isId("0123456789ABCDEF")).isFalse();
    assertThat(Identity.isId("0123456789abcde")).isFalse();
  }
}
