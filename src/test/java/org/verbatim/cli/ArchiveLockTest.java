package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveInUseException;

/** One archive, two processes: the second stops at once and is told who holds the archive. */
class ArchiveLockTest {

  @TempDir Path archive;

  @Test
  void a_command_on_an_archive_another_process_holds_stops_at_once_naming_it() throws Exception {
    Process holder = ChildJvm.start(HoldArchive.class, archive.toString(), "serve");
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("held");

      long start = System.nanoTime();
      Cli search = Cli.run("search", "harvest", "--archive", archive.toString());
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(search.exit()).isEqualTo(1);
      assertThat(search.out()).isEmpty();
      assertThat(search.err()).matches("verbatim: the archive " + archive.toString()
          .replace("\\", "\\\\") + " is in use by another Verbatim process \\(pid "
          + holder.pid() + ", `serve` since \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\); "
          + "wait for it to finish or stop it, or use its web API if it is `serve`\n");
      assertThat(millis).as("no lock time-out").isLessThan(2000);
    } finally {
      holder.getOutputStream().close();
      assertThat(holder.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }
  }

  @Test
  void a_killed_holder_leaves_no_lock_behind() throws Exception {
    Process holder = ChildJvm.start(HoldArchive.class, archive.toString(), "ingest");
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("held");
    }
    holder.destroyForcibly();
    assertThat(holder.waitFor(1, TimeUnit.MINUTES)).isTrue();

    Cli history = Cli.run("history", "0123456789abcdef", "--archive", archive.toString());

    assertThat(history.err()).startsWith("verbatim: no publication with id '0123456789abcdef'");
  }

  @Test
  void a_second_archive_on_the_same_folder_in_one_process_is_refused() throws Exception {
    try (Archive first = Archive.open(archive, "serve")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Archive.open(archive, "ingest"))
          .isInstanceOf(ArchiveInUseException.class)
          .hasMessage("the archive " + archive.toAbsolutePath().normalize()
              + " is already open in this process; use the open Archive");
      assertThat(first.store().count()).isZero();
    }
  }
}
