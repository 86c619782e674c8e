package org.verbatim.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.archive.Archive;
import org.verbatim.store.ApiTokens;
import org.verbatim.store.TranscriptStore;

/**
 * {@code token create|list|revoke}: the secret shown once and kept only as a hash, and the
 * commands working while another process (as serve does) holds the archive.
 */
class TokenCommandTest {

  @TempDir Path archive;

  @Test
  void create_prints_the_secret_once_list_never_shows_it_and_revoke_deletes_the_token()
      throws Exception {
    Cli created = Cli.run("token", "create", "--name", "ci-upload", "--scope", "ingest",
        "--archive", archive.toString());
    String secret = created.out().strip();
    Cli list = Cli.run("token", "list", "--archive", archive.toString());

    assertThat(created.exit()).as(created.err()).isZero();
    assertThat(secret).matches("vbt_[A-Za-z0-9_-]{43}");
    assertThat(created.err()).isEqualTo("Created token ci-upload (scope ingest). Its secret, "
        + "shown this once, follows:\n");
    assertThat(list.out()).startsWith("NAME                     SCOPE   CREATED               "
        + "LAST USED\n").containsPattern("ci-upload +ingest +\\d{4}-\\d\\d-\\d\\dT\\S+ +never\n")
        .doesNotContain(secret);
    try (var files = Files.list(archive)) { // the database and its write-ahead log
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("verbatim.db"))
          .toList()) {
        assertThat(new String(Files.readAllBytes(file), ISO_8859_1))
            .as("the store keeps no secret").doesNotContain(secret);
      }
    }
    try (TranscriptStore store = Archive.openStore(archive)) {
      assertThat(store.tokens().find(secret)).map(ApiTokens.Token::scope)
          .hasValue(ApiTokens.Scope.INGEST);
    }

    Cli revoked = Cli.run("token", "revoke", "ci-upload", "--archive", archive.toString());
    Cli again = Cli.run("token", "revoke", "ci-upload", "--archive", archive.toString());

    assertThat(revoked.out()).isEqualTo("Revoked token ci-upload\n");
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).isEqualTo("verbatim: No token named 'ci-upload' in the archive "
        + archive + "; token list shows them\n");
    try (TranscriptStore store = Archive.openStore(archive)) {
      assertThat(store.tokens().find(secret)).isEmpty();
    }
  }

  @Test
  void a_taken_name_and_an_unknown_scope_are_refused_by_name() {
    Cli.run("token", "create", "--name", "ops", "--scope", "admin", "--archive",
        archive.toString());

    Cli taken = Cli.run("token", "create", "--name", "ops", "--scope", "ingest", "--archive",
        archive.toString());
    Cli scope = Cli.run("token", "create", "--name", "other", "--scope", "write", "--archive",
        archive.toString());
    Cli name = Cli.run("token", "create", "--name", "a b", "--scope", "ingest", "--archive",
        archive.toString());

    assertThat(taken.exit()).isEqualTo(1);
    assertThat(taken.err()).isEqualTo("verbatim: A token named 'ops' exists already; revoke it "
        + "first, or choose another name\n");
    assertThat(scope.exit()).isEqualTo(2);
    assertThat(scope.err()).startsWith("Unknown token scope 'write': the scopes are ingest and "
        + "admin\n");
    assertThat(name.exit()).isEqualTo(1);
    assertThat(name.err()).startsWith("verbatim: A token name is 1 to 64 letters, digits, '.', "
        + "'_' or '-', starting with a letter or digit: 'a b'");
  }

  @Test
  void the_token_commands_work_while_another_process_holds_the_archive() throws Exception {
    Cli.run("token", "list", "--archive", archive.toString()); // creates the store
    Process holder = ChildJvm.start(HoldArchive.class, archive.toString(), "serve");
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(holder.getInputStream(), UTF_8))) {
      assertThat(out.readLine()).isEqualTo("held");

      Cli created = Cli.run("token", "create", "--name", "beside-serve", "--scope", "ingest",
          "--archive", archive.toString());
      Cli list = Cli.run("token", "list", "--archive", archive.toString());
      Cli revoked = Cli.run("token", "revoke", "beside-serve", "--archive", archive.toString());

      assertThat(created.exit()).as(created.err()).isZero();
      assertThat(list.out()).contains("beside-serve");
      assertThat(revoked.exit()).as(revoked.err()).isZero();
    } finally {
      holder.getOutputStream().close();
      assertThat(holder.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }
  }
}
