package org.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.archive.Archive;
import org.verbatim.archive.IngestSummary;
import org.verbatim.archive.PageInput;
import org.verbatim.input.RawPage;

/** {@code /p/ID/source}: the page's own bytes, labelled with the charset they are written in. */
class SourceTest {

  private static final String PAGE = """
      2 марта 2017 18:49
      Интервью Министра иностранных дел И.П.Петрова газете "Северный вестник", %s

      Вопрос: Возобновятся ли в этом году переговоры о маяках на северном побережье?

      И.П.Петров: Переговоры о маяках возобновятся весной. Мы готовы, и наши смотрители \
      покрасили каждую башню на побережье.
      """;

  @Test
  void koi8_r_and_windows_1251_pages_are_sent_as_written_and_labelled_so() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "source-test-archive-");
    Charset koi8 = Charset.forName("KOI8-R");
    Charset cp1251 = Charset.forName("windows-1251");
    byte[] koi8Page = PAGE.formatted("Москва").getBytes(koi8);
    byte[] cp1251Page = PAGE.formatted("Мурманск").getBytes(cp1251);
    try (Archive archive = Archive.open(dir, "test")) {
      IngestSummary summary = archive.ingest(List.of(
          new PageInput("koi8.txt", () -> new RawPage(koi8Page, "koi8.txt", null,
              RawPage.Format.TEXT)),
          new PageInput("cp1251.txt", () -> new RawPage(cp1251Page, "cp1251.txt", null,
              RawPage.Format.TEXT))), Duration.ofMinutes(5), progress -> {});
      assertThat(summary.failures()).isEmpty();
      String koi8Id = idOf(archive, "koi8.txt");
      String cp1251Id = idOf(archive, "cp1251.txt");
      try (Server server = Server.start(archive.store(), archive::searcher, "127.0.0.1", 0,
          null, null)) {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> first = get(http, server, "/p/" + koi8Id + "/source");
        HttpResponse<byte[]> second = get(http, server, "/p/" + cp1251Id + "/source");

        assertThat(first.headers().firstValue("Content-Type"))
            .hasValue("text/plain; charset=KOI8-R");
        assertThat(first.headers().firstValue("Content-Length"))
            .hasValue(Integer.toString(koi8Page.length));
        assertThat(first.body()).isEqualTo(koi8Page);
        assertThat(new String(first.body(), koi8)).contains("газете \"Северный вестник\", Москва");
        assertThat(second.headers().firstValue("Content-Type"))
            .hasValue("text/plain; charset=windows-1251");
        assertThat(second.body()).isEqualTo(cp1251Page);
      }
    }
  }

  private static String idOf(Archive archive, String path) {
    return archive.store().ids().stream()
        .filter(id -> path.equals(archive.store().latestSource(id).orElseThrow().page().path()))
        .findFirst().orElseThrow();
  }

  private static HttpResponse<byte[]> get(HttpClient http, Server server, String path)
      throws Exception {
    return http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
