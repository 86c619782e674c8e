package org.verbatim.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verbatim.align.ParallelText;
import org.verbatim.align.SentencePair;
import org.verbatim.testing.TmxFiles;

/** The parallel text exports over HTTP, on the shared test site's English and Russian interview. */
class ExportTest {

  static TestSite site;
  static String en;
  static String ru;
  /** The sentence pairs of the interview, as the aligners find them in the stored versions. */
  static List<SentencePair> pairs;
  /** The same from the Russian side. */
  static List<SentencePair> reversed;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.get();
    en = site.idOf(TestSite.EN_TITLE);
    ru = site.idOf(TestSite.RU_TITLE);
    var english = site.archive.store().publication(en).orElseThrow().publication();
    var russian = site.archive.store().publication(ru).orElseThrow().publication();
    pairs = ParallelText.of(english, russian);
    reversed = ParallelText.of(russian, english);
  }

  @Test
  void a_publications_tmx_is_a_valid_download_that_okapi_reads_as_its_sentence_pairs()
      throws Exception {
    HttpResponse<byte[]> response = bytes("/api/v1/publications/" + en + "/tmx?lang=ru");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/x-tmx+xml; charset=UTF-8");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"" + en + "-ru.tmx\"");
    TmxFiles.validate(response.body());
    List<TmxFiles.Unit> units = TmxFiles.read(response.body(), "en", "ru");
    assertThat(units).extracting(TmxFiles.Unit::source)
        .containsExactlyElementsOf(pairs.stream().map(SentencePair::left).toList());
    assertThat(units).extracting(TmxFiles.Unit::target)
        .containsExactlyElementsOf(pairs.stream().map(SentencePair::right).toList());
    assertThat(units).anySatisfy(unit -> {
      assertThat(unit.source()).isEqualTo("What about the ferries?");
      assertThat(unit.target()).isEqualTo("А что с паромами?");
      assertThat(unit.properties())
          .containsEntry("en:x-verbatim-publication", en)
          .containsEntry("ru:x-verbatim-publication", ru)
          .containsEntry("en:x-verbatim-turn", "3")
          .containsEntry("ru:x-verbatim-turn", "3")
          .containsEntry("x-verbatim-date", "2017-03-02T18:49")
          .containsKey("x-verbatim-confidence");
    });
    assertThat(units).anySatisfy(unit -> assertThat(unit.properties())
        .containsEntry("x-verbatim-speaker", "Ivan Petrov"));
  }

  @Test
  void without_a_language_the_only_other_version_is_taken() throws Exception {
    assertThat(bytes("/api/v1/publications/" + en + "/tmx").body())
        .isEqualTo(bytes("/api/v1/publications/" + en + "/tmx?lang=ru").body());
  }

  @Test
  void a_publications_tsv_has_a_line_per_pair() throws Exception {
    HttpResponse<String> response = site.get("/api/v1/publications/" + ru + "/tsv?lang=en");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"" + ru + "-en.tsv\"");
    List<String> lines = response.body().lines().toList();
    assertThat(lines).hasSize(reversed.size() + 1);
    assertThat(lines.getFirst()).startsWith("source_publication\ttarget_publication\t");
    assertThat(lines).contains(ru + "\t" + en + "\tru\ten\t3\t3\tВопрос\t2017-03-02T18:49\t"
        + "А что с паромами?\tWhat about the ferries?\t" + confidence("А что с паромами?"));
  }

  @Test
  void a_missing_version_or_publication_is_a_404_naming_what_there_is() throws Exception {
    HttpResponse<String> french = site.get("/api/v1/publications/" + en + "/tmx?lang=fr");
    assertThat(french.statusCode()).isEqualTo(404);
    assertThat(french.body()).contains("Publication '" + en + "' (en) has no 'fr' version in the "
        + "archive; it has: ru " + ru);
    assertThat(site.get("/api/v1/publications/" + en + "/tsv?lang=en").body())
        .contains("is itself in 'en'");
    assertThat(site.get("/api/v1/publications/ffffffffffffffff/tmx").statusCode()).isEqualTo(404);
    assertThat(site.get("/api/v1/publications/" + en + "/tmx?lang=ru&lang=fr").statusCode())
        .isEqualTo(400);
  }

  @Test
  void a_search_export_writes_each_pair_of_versions_once() throws Exception {
    String publication = new String(bytes("/api/v1/publications/" + en + "/tsv?lang=ru").body(),
        UTF_8);

    HttpResponse<String> english = site.get("/api/v1/search/tsv?q=lighthouse&target=ru");
    // Both versions match: the Russian one is written as the target of its pair, and once.
    HttpResponse<String> both = site.get("/api/v1/search/tsv?target=ru&q="
        + URLEncoder.encode("ferries OR паромами", UTF_8));

    assertThat(english.statusCode()).isEqualTo(200);
    assertThat(english.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"search.tsv\"");
    assertThat(english.body()).isEqualTo(publication);
    assertThat(both.body()).isEqualTo(publication);
  }

  @Test
  void a_search_export_reads_every_page_of_hits() throws Exception {
    HttpResponse<String> byTwo = site.get("/api/v1/search/tsv?sort=newest&size=2&target=ru");
    HttpResponse<String> byHundred = site.get("/api/v1/search/tsv?sort=newest&target=ru");

    assertThat(byTwo.statusCode()).isEqualTo(200);
    assertThat(byTwo.body()).isEqualTo(byHundred.body());
    String generated = site.idOf(site.englishVersion.truth().title());
    List<String> pairsOfVersions = byTwo.body().lines().skip(1)
        .map(line -> line.substring(0, line.indexOf('\t', line.indexOf('\t') + 1))).distinct()
        .toList();
    assertThat(pairsOfVersions).contains(en + "\t" + ru,
        generated + "\t" + site.idOf(site.russianVersion.truth().title()));
    // Each pair of versions once, however many of its versions are hits.
    assertThat(byTwo.body().lines().skip(1).toList())
        .containsExactlyElementsOf(byTwo.body().lines().skip(1).distinct().toList());
  }

  @Test
  void a_search_tmx_is_valid_with_every_source_language() throws Exception {
    HttpResponse<byte[]> response = bytes("/api/v1/search/tmx?q=lighthouse");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(new String(response.body(), UTF_8)).contains("srclang=\"*all*\"");
    TmxFiles.validate(response.body());
    assertThat(TmxFiles.read(response.body(), "en", "ru")).hasSize(pairs.size());
  }

  @Test
  void a_bad_search_is_a_400_before_any_download() throws Exception {
    HttpResponse<String> response = site.get("/api/v1/search/tmx?q=lighthouse&from=2017-13");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
  }

  private static String confidence(String russian) {
    return String.format(Locale.ROOT, "%.3f", reversed.stream()
        .filter(p -> p.left().equals(russian)).findFirst().orElseThrow().confidence());
  }

  private static HttpResponse<byte[]> bytes(String path) throws Exception {
    return site.http.send(HttpRequest.newBuilder(URI.create(site.base() + path))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
