package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.archive.JobJson;
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
        "While serve holds the archive, the reindex is handed to it (not --recreate-index: "
            + "stop serve for that).",
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
    PrintWriter out = spec.commandLine().getOut();
    JobJson.Reindexed done = archive.run("reindex", spec.commandLine().getErr(), opened -> {
      long start = System.nanoTime();
      int count = recreate ? opened.recreateIndex() : opened.reindex();
      return new JobJson.Reindexed(count, Duration.ofNanos(System.nanoTime() - start));
    }, server -> {
      if (recreate) {
        throw new IOException("--recreate-index cannot run while serve holds the archive (its "
            + "index is open there): stop serve first");
      }
      return JobJson.result(server.await(server.submit("/api/v1/reindex", "text/plain",
          HttpRequest.BodyPublishers.noBody()), new ProgressLine(out, false, "reindex")),
          JobJson.Reindexed.class);
    });
    out.println(String.format(Locale.ROOT, "Reindexed %,d publications in %.1f s",
        done.publications(), done.elapsed().toMillis() / 1e3));
    out.flush();
    return Main.OK;
  }
}
