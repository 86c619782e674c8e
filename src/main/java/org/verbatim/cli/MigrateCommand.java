package org.verbatim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.archive.Migration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim migrate}: moves an archive onto PostgreSQL and SolrCloud. */
@Command(
    name = "migrate",
    description = {
        "Moves the archive onto the store and index that the configuration file FILE names "
            + "(written like " + ArchiveConfig.FILE + ", e.g. PostgreSQL and a SolrCloud): "
            + "copies every publication, version and source exactly, builds the new index from "
            + "the new store, checks that they agree, and then makes FILE the archive's "
            + "configuration. Resumable: run it again after an interruption and it completes. "
            + "The old database and index stay in the folder, unused, as a backup.",
        "Exit code: 0 done, 1 failed (the archive then still runs on what it ran on), 2 bad "
            + "usage."})
final class MigrateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Option(names = "--to", paramLabel = "FILE", required = true,
      description = "The target configuration file.")
  Path to;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ArchiveConfig target = ArchiveConfig.read(to);
    Migration.run(archive.dir, target, line -> {
      out.println(line);
      out.flush();
    });
    return Main.OK;
  }
}
