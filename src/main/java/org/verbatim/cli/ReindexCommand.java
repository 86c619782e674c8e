package org.verbatim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.archive.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim reindex}: rebuilds the index from the store of record. */
@Command(
    name = "reindex",
    description = {
        "Empties the archive's index and rebuilds it from the store of record (the latest "
            + "version of every publication). Needed after a change of the index's configset; "
            + "safe at any time. With --recreate-index, first drops the index and creates it "
            + "anew (on a SolrCloud: the collection, with this version's configset), as an "
            + "upgrade that changed the configset needs.",
        "Exit code: 0 done, 1 failed, 2 bad usage."})
final class ReindexCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Option(names = "--recreate-index",
      description = "Drop and create the index (the SolrCloud collection) before rebuilding it.")
  boolean recreate;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    int count;
    try (Archive opened = archive.open("reindex")) {
      count = recreate ? opened.recreateIndex() : opened.reindex();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(String.format(Locale.ROOT, "Reindexed %,d publications in %.1f s", count,
        (System.nanoTime() - start) / 1e9));
    out.flush();
    return Main.OK;
  }
}
