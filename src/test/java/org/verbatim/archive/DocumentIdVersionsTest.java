package org.verbatim.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.input.RawPage;
import org.verbatim.store.LanguageVersion;
import org.verbatim.store.TranscriptStore;

/**
 * Pages that a site profile knows as one document of its site, in two languages, are versions of
 * one publication when ingested, whatever their printed times and texts; a changed profile takes
 * effect at {@code reparse --all}.
 */
class DocumentIdVersionsTest {

  private static final String ENGLISH = """
      Interview of Foreign Minister Ivan Petrov to The Daily Lantern
      3 March 2021, 10:15

      Question: Will the bridge open?

      Ivan Petrov: It will, in May.
      """;

  private static final String RUSSIAN = """
      Интервью Министра иностранных дел И.П.Петрова газете «Дейли Лантерн»
      10 марта 2021 года, 18:00

      Вопрос: Откроется ли мост?

      И.П.Петров: Да, в мае.
      """;

  /** The shipped kremlin-en profile without its document id. */
  private static final String KREMLIN_EN_WITHOUT_IDS = """
      {
        "language": "en",
        "hosts": ["en.kremlin.ru"],
        "start": ["http://en.kremlin.ru/events/president/transcripts"],
        "documents": "https?://en\\\\.kremlin\\\\.ru/events/president/transcripts/\\\\d+/?"
      }
      """;

  @TempDir Path dir;

  private static PageInput page(String url, String text) {
    return new PageInput(url, () -> new RawPage(text.getBytes(UTF_8), null, url,
        RawPage.Format.TEXT));
  }

  private static List<String> versionsOf(TranscriptStore store, String id) {
    return store.languageVersions(id, store.publication(id).orElseThrow().publication())
        .stream().map(LanguageVersion::id).toList();
  }

  @Test
  void kremlin_pages_of_one_transcript_id_on_its_two_hosts_are_versions() throws Exception {
    Path folder = dir.resolve("archive");
    try (Archive archive = Archive.open(folder, "ingest")) {
      archive.ingest(List.of(
              page("http://en.kremlin.ru/events/president/transcripts/70001", ENGLISH),
              page("http://kremlin.ru/events/president/transcripts/interviews/70001", RUSSIAN)),
          Duration.ofSeconds(5), progress -> { });
      TranscriptStore store = archive.store();
      String en = idOf(store, "en");
      String ru = idOf(store, "ru");

      assertThat(versionsOf(store, en)).containsExactly(ru);
      assertThat(versionsOf(store, ru)).containsExactly(en);

      Files.createDirectories(folder.resolve("profiles"));
      Files.writeString(folder.resolve("profiles/kremlin-en.json"), KREMLIN_EN_WITHOUT_IDS);
      archive.reparse(true, Duration.ofSeconds(5), progress -> { });

      assertThat(versionsOf(store, en)).isEmpty();
      assertThat(versionsOf(store, ru)).isEmpty();
    }
  }

  /** The id of the publication in {@code language}. */
  private static String idOf(TranscriptStore store, String language) {
    return store.ids().stream().filter(id -> language.equals(
        store.publication(id).orElseThrow().publication().language())).findFirst().orElseThrow();
  }
}
