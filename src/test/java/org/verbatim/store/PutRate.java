package org.verbatim.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.verbatim.store.Pages.Parsed;

/**
 * Measures a fresh archive: {@code N} small publications put once (all added), the same again
 * (all unchanged), then every latest version read back with {@code forEachLatest}. Pages are made
 * one at a time, so a small heap ({@code -Xmx64m}) shows whether the store's memory stays flat.
 * Not a test: run by hand with the test classpath,
 * {@code java -cp ... org.verbatim.store.PutRate [N] [FOLDER]}.
 */
final class PutRate {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("put-rate");
    try (TranscriptStore store = TranscriptStore.openSqlite(dir)) {
      report("first put", n, () -> putAll(store, n));
      report("again", n, () -> putAll(store, n));
      long[] seen = {0};
      report("forEachLatest", n, () -> store.forEachLatest(p -> seen[0]++));
      long size = Files.size(dir.resolve(TranscriptStore.DATABASE_FILE));
      System.out.printf(Locale.ROOT, "read back %d; database %.1f MB (without its WAL) in %s;"
          + " heap used now %.0f MB%n", seen[0], size / 1e6, dir,
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6);
    }
  }

  private static void putAll(TranscriptStore store, int n) {
    for (int i = 0; i < n; i++) {
      Parsed page = Pages.numbered(i);
      store.put(page.page(), page.publication());
    }
  }

  private static void report(String what, int n, Runnable run) {
    long start = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    run.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
    System.out.printf(Locale.ROOT, "%-14s %d in %.2f s = %.0f/s (CPU of this thread %.2f s,"
        + " load average now %.1f)%n", what + ":", n, seconds, n / seconds, cpuSeconds,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
