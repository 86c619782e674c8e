package org.verbatim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.archive.Archive;
import org.verbatim.store.ApiTokens;
import org.verbatim.store.TranscriptStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim token create|list|revoke}: the bearer tokens of the write API. They are kept in
 * the store of record, which these commands open alone, without the archive's lock: they work
 * while {@code serve} runs, and the server sees a new or revoked token at its next request.
 */
@Command(
    name = "token",
    description = {
        "Manages the bearer tokens of the write API (POST /api/v1/ingest, /crawl, /reparse, "
            + "/check, /reindex; see serve). Scope ingest may upload pages and WARC files, "
            + "crawl, and follow jobs; scope admin may also reparse, check and reindex.",
        "Tokens are kept in the archive's store, the secret only as its SHA-256: it is shown "
            + "once, by token create. These commands work while serve runs.",
        "Exit code: 0 done, 1 failed (an unknown token, a name taken), 2 bad usage."},
    subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class,
        TokenCommand.Revoke.class})
final class TokenCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Say what to do: token create, token list or token revoke");
  }

  /** {@code token create --name N --scope S}. */
  @Command(name = "create", description = {
      "Creates a token and prints its secret on standard output, this once: keep it (the "
          + "archive keeps only its hash). Use it as 'Authorization: Bearer SECRET'."})
  static final class Create implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archive;

    @Option(names = "--name", required = true, paramLabel = "N",
        description = "The token's name: letters, digits, '.', '_', '-' (at most 64).")
    String name;

    @Option(names = "--scope", required = true, paramLabel = "S",
        description = "ingest or admin.")
    String scope;

    @Override
    public Integer call() throws Exception {
      ApiTokens.Scope chosen;
      try {
        chosen = ApiTokens.Scope.ofCode(scope);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      ApiTokens.Created created;
      try (TranscriptStore store = Archive.openStore(archive.dir)) {
        created = store.tokens().create(name, chosen);
      }
      PrintWriter err = spec.commandLine().getErr();
      err.println("Created token " + name + " (scope " + chosen.code() + "). Its secret, shown "
          + "this once, follows:");
      err.flush();
      PrintWriter out = spec.commandLine().getOut();
      out.println(created.secret());
      out.flush();
      return Main.OK;
    }
  }

  /** {@code token list}. */
  @Command(name = "list", description = {
      "Lists the tokens: name, scope, when created, when last used. Never a secret."})
  static final class ListTokens implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archive;

    @Override
    public Integer call() throws Exception {
      List<ApiTokens.Token> tokens;
      try (TranscriptStore store = Archive.openStore(archive.dir)) {
        tokens = store.tokens().list();
      }
      PrintWriter out = spec.commandLine().getOut();
      if (tokens.isEmpty()) {
        out.println("No tokens; make one with token create --name N --scope ingest");
      } else {
        out.printf(Locale.ROOT, "%-24s %-7s %-21s %s%n", "NAME", "SCOPE", "CREATED", "LAST USED");
        for (ApiTokens.Token t : tokens) {
          out.printf(Locale.ROOT, "%-24s %-7s %-21s %s%n", t.name(), t.scope().code(),
              t.created(), t.lastUsed() == null ? "never" : t.lastUsed());
        }
      }
      out.flush();
      return Main.OK;
    }
  }

  /** {@code token revoke NAME}. */
  @Command(name = "revoke", description = {
      "Deletes a token: the server refuses it from its next request on."})
  static final class Revoke implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archive;

    @Parameters(paramLabel = "NAME", description = "The token's name, as token list shows.")
    String name;

    @Override
    public Integer call() throws Exception {
      boolean revoked;
      try (TranscriptStore store = Archive.openStore(archive.dir)) {
        revoked = store.tokens().revoke(name);
      }
      if (!revoked) {
        throw new IllegalArgumentException("No token named '" + name + "' in the archive "
            + archive.dir + "; token list shows them");
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println("Revoked token " + name);
      out.flush();
      return Main.OK;
    }
  }
}
