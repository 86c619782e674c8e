package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbatim.store.Pages.Parsed;
import org.verbatim.store.PutResult.Outcome;

/**
 * A process putting pages is killed with SIGKILL at a random moment; the archive it leaves holds
 * only whole publications, and putting the same pages again completes it.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class KillTest {

  static final int PAGES = 100_000;

  @Parameter Backend backend;
  @TempDir Path archive;

  /** Page {@code n} after its answer was corrected: same identity, new content. */
  static Parsed changed(int n) {
    return Pages.interview("pages/" + n + ".txt", Pages.numbered(n).publication().title(),
        "What did the talks number " + n + " bring?", "A corrected answer about " + n + ".");
  }

  @Test
  void a_killed_writer_leaves_only_whole_publications_and_a_rerun_completes_them()
      throws Exception {
    TestDatabase database = backend.newDatabase(archive);
    long seed = System.nanoTime();
    int killAfter = 20 + new Random(seed).nextInt(200);
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "--enable-native-access=ALL-UNNAMED", PutLoop.class.getName(), database.url(),
        Objects.toString(database.user(), ""), Objects.toString(database.password(), ""))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    int reported = -1;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (reported < killAfter && (line = out.readLine()) != null) {
        reported = Integer.parseInt(line.substring("stored ".length()));
      }
      child.destroyForcibly();
      assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }
    assertThat(reported).as("pages the child reported before it was killed (seed %d)", seed)
        .isEqualTo(killAfter);

    try (TranscriptStore store = database.open()) {
      List<StoredPublication> whole = new ArrayList<>();
      store.forEachLatest(whole::add);
      assertThat(whole).hasSize((int) store.count());
      assertThat(store.count()).isGreaterThan(reported);
      for (StoredPublication p : whole) {
        assertThat(store.source(p.id())).isPresent();
        assertThat(store.history(p.id())).extracting(StoredVersion::number)
            .containsExactlyElementsOf(
                IntStream.rangeClosed(1, p.version()).boxed().toList());
      }

      int held = (int) store.count();
      for (int n = 0; n < held + 5; n++) {
        Parsed last = n % 3 == 0 ? changed(n) : Pages.numbered(n);
        PutResult again = store.put(last.page(), last.publication());
        if (n >= held) {
          assertThat(again.outcome()).as("page %d", n).isEqualTo(Outcome.ADDED);
        } else if (again.outcome() == Outcome.UPDATED) {
          assertThat(n % 3).as("page %d was updated", n).isZero();
          assertThat(again.version()).as("page %d", n).isEqualTo(2);
        } else {
          assertThat(again.outcome()).as("page %d", n).isEqualTo(Outcome.UNCHANGED);
        }
        assertThat(store.publication(again.id()).orElseThrow().publication())
            .isEqualTo(last.publication());
      }
      assertThat(store.count()).isEqualTo(held + 5);
    }
  }
}
