package org.verbatim.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.archive.Archive;
import org.verbatim.archive.IngestSummary;
import org.verbatim.archive.PageInput;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.input.RawPage;
import org.verbatim.model.Publication;
import org.verbatim.testing.SeedPage;

/**
 * One small archive and one server on a loopback port, shared by the web tests of a JVM: the
 * generator's pages, the seed page (read from beside the repository, never copied; left out when
 * absent, and the checks on it skipped), a page whose title and turns carry markup, and an English and a Russian version of one interview (same kind
 * and printed date-time) whose marker also names a French version the archive lacks, and a
 * generated pair of an English and a Russian version of one publication (the first such pair
 * after the generator's pages) whose marker names a third version the archive lacks.
 */
final class TestSite {

  static final int GENERATED = 60;
  /** The generated English and Russian versions of one publication, ingested beside them. */
  static final int LANGUAGE_VERSIONS = 2;
  static final long SEED = 11;

  static final String EN_TITLE = "Foreign Minister Ivan Petrov’s interview with the Northern "
      + "Herald, Moscow, March 2, 2017";
  static final String RU_TITLE = "Интервью Министра иностранных дел И.П.Петрова газете "
      + "«Северный вестник», Москва, 2 марта 2017 года";
  static final String SCRIPT_TITLE = "Foreign Minister Ivan Petrov’s interview with Radio "
      + "<script>alert(\"title\")</script> Lumen, Moscow, May 5, 2018";
  /** The English interview, as its page file reads; also served back by {@code /p/ID/source}. */
  static final String EN_PAGE = """
      2 March 201718:49
      %s
        • en-GB1 ru-RU1 fr-FR1

      Question: Will the lighthouse talks on the northern coast resume this year?

      Ivan Petrov: The lighthouse talks resume in spring. [The minister smiled.] We are ready, \
      and our keepers have repainted every tower along the coast.

      Question: What about the ferries?

      Ivan Petrov: The ferries will run twice a week once the ice has gone from the harbour.
      """.formatted(EN_TITLE);

  private static TestSite site;

  /**
   * How many publications the site holds: the generated pages and the pair of language versions,
   * the English, Russian and markup interviews, and the seed when it is beside the repository.
   */
  static int pages() {
    return GENERATED + LANGUAGE_VERSIONS + 3 + (SeedPage.present() ? 1 : 0);
  }

  final Archive archive;
  final Server server;
  final List<GeneratedPage> generated;
  /** The English page of the generated pair of language versions. */
  final GeneratedPage englishVersion;
  /** The Russian page of the generated pair, the English page's other language version. */
  final GeneratedPage russianVersion;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private TestSite(Archive archive, Server server, List<GeneratedPage> generated,
      List<GeneratedPage> versions) {
    this.archive = archive;
    this.server = server;
    this.generated = generated;
    this.englishVersion = versions.get(0);
    this.russianVersion = versions.get(1);
  }

  static synchronized TestSite get() throws IOException, InterruptedException {
    if (site == null) {
      site = build();
    }
    return site;
  }

  private static TestSite build() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory(Path.of("target"), "web-test-archive-");
    Archive archive = Archive.open(dir, "test");
    Generator generator = new Generator(GeneratorOptions.defaults());
    List<GeneratedPage> generated = new ArrayList<>();
    List<PageInput> inputs = new ArrayList<>();
    for (int i = 0; i < GENERATED; i++) {
      GeneratedPage page = generator.page(SEED, i);
      generated.add(page);
      inputs.add(new PageInput(page.fileName(), page::rawPage));
    }
    List<GeneratedPage> versions = languageVersions(generator);
    for (GeneratedPage page : versions) {
      inputs.add(new PageInput(page.fileName(), page::rawPage));
    }
    inputs.add(text("en-interview.txt", EN_PAGE));
    inputs.add(text("ru-interview.txt", """
        2 марта 201718:49
        %s
          • en-GB1 ru-RU1 fr-FR1

        Вопрос: Возобновятся ли в этом году переговоры о маяках на северном побережье?

        И.П.Петров: Переговоры о маяках возобновятся весной. Мы готовы, и наши смотрители \
        покрасили каждую башню на побережье.

        Вопрос: А что с паромами?

        И.П.Петров: Паромы будут ходить дважды в неделю, когда из гавани уйдёт лёд.
        """.formatted(RU_TITLE)));
    inputs.add(text("script-interview.txt", """
        5 May 201810:00
        %s

        Question: Is <script>alert("turn")</script> printed as text on the teapot page?

        Ivan Petrov: We print <b>markup</b> & "quotes" as text only, teapot or no teapot.
        """.formatted(SCRIPT_TITLE)));
    if (SeedPage.present()) {
      inputs.add(new PageInput("seed", () -> new RawPage(Files.readAllBytes(SeedPage.PATH),
          SeedPage.PATH.getFileName().toString(), null, RawPage.Format.TEXT)));
    }
    IngestSummary summary = archive.ingest(inputs, Duration.ofMinutes(5), progress -> {});
    if (!summary.failures().isEmpty() || summary.added() != inputs.size()) {
      throw new IllegalStateException("The test archive was not built: " + summary);
    }
    Server server = Server.start(archive.store(), archive.searcher(), "127.0.0.1", 0);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      archive.close();
    }));
    return new TestSite(archive, server, generated, versions);
  }

  /**
   * The first pair of generated pages after the site's own that are an English and a Russian
   * version of one publication (same kind and printed date-time), English first, whose marker
   * names a version besides these two.
   */
  private static List<GeneratedPage> languageVersions(Generator generator) {
    for (int i = GENERATED + GENERATED % 2; i < GENERATED + 2000; i += 2) {
      GeneratedPage english = generator.page(SEED, i);
      GeneratedPage russian = generator.page(SEED, i + 1);
      Publication en = english.truth();
      Publication ru = russian.truth();
      if (en.language().equals("en") && ru.language().equals("ru") && en.kind() == ru.kind()
          && en.published() != null && en.published().time() != null
          && en.published().equals(ru.published()) && en.languageVersions().size() > 2) {
        return List.of(english, russian);
      }
    }
    throw new IllegalStateException("No generated English and Russian versions of one "
        + "publication among pages " + GENERATED + " to " + (GENERATED + 2000) + " of seed " + SEED);
  }

  private static PageInput text(String name, String text) {
    return new PageInput(name, () -> new RawPage(text.getBytes(UTF_8), name, null,
        RawPage.Format.TEXT));
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String pathAndQuery, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
        .timeout(Duration.ofSeconds(30));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  /** The id of the one publication with {@code title}. */
  String idOf(String title) {
    List<String> ids = archive.store().ids().stream()
        .filter(id -> title.equals(archive.store().publication(id).orElseThrow().publication().title()))
        .toList();
    if (ids.size() != 1) {
      throw new IllegalStateException(ids.size() + " publications titled " + title);
    }
    return ids.get(0);
  }

  /** The id of the seed page; skips the calling check when the seed is absent. */
  String seedId() {
    SeedPage.assumePresent();
    return archive.store().ids().stream()
        .filter(id -> archive.store().publication(id).orElseThrow().publication().source().path()
            .endsWith("000_128014d91195d743.txt"))
        .findFirst().orElseThrow();
  }
}
