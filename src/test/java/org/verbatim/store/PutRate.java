package org.verbatim.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.verbatim.store.Pages.Parsed;

/**
 * Measures puts into a fresh archive: {@code N} small publications once (all added), then the same
 * again (all unchanged). Not a test: run by hand with the test classpath,
 * {@code java -cp ... org.verbatim.store.PutRate [N] [FOLDER]}.
 */
final class PutRate {

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("put-rate");
    List<Parsed> pages = IntStream.range(0, n).mapToObj(Pages::numbered).toList();
    try (TranscriptStore store = TranscriptStore.openSqlite(dir)) {
      double first = run(store, pages);
      double again = run(store, pages);
      long size = Files.size(dir.resolve(TranscriptStore.DATABASE_FILE));
      System.out.printf(Locale.ROOT, "first put:  %d in %.2f s = %.0f/s%n", n, first, n / first);
      System.out.printf(Locale.ROOT, "again:      %d in %.2f s = %.0f/s (%.1f%% of the first)%n",
          n, again, n / again, 100 * again / first);
      System.out.printf(Locale.ROOT, "database:   %.1f MB (without its WAL), in %s%n", size / 1e6, dir);
    }
  }

  private static double run(TranscriptStore store, List<Parsed> pages) {
    long start = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    for (Parsed page : pages) {
      store.put(page.page(), page.publication());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "  (this thread's CPU: %.2f s of %.2f s)%n",
        (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9, seconds);
    return seconds;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
}
