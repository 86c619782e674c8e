package org.verbatim.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import org.verbatim.archive.IngestProgress;

/**
 * Shows an ingest's or a reparse's progress: on a terminal one line redrawn with {@code \r} (a
 * bar, count/total, pages/s, time left); otherwise a plain line every few seconds, fit for a log,
 * that starts with the command's name.
 */
final class ProgressLine implements Consumer<IngestProgress> {

  private static final int BAR = 24;

  private final PrintWriter out;
  private final boolean terminal;
  private final String command;
  private boolean drawn;

  ProgressLine(PrintWriter out, boolean terminal, String command) {
    this.out = out;
    this.terminal = terminal;
    this.command = command;
  }

  /** How often to report: often on a terminal, every few seconds in a log. */
  Duration every() {
    return terminal ? Duration.ofMillis(250) : Duration.ofSeconds(5);
  }

  @Override
  public synchronized void accept(IngestProgress p) {
    if (terminal) {
      int filled = p.total() == 0 ? BAR : (int) (BAR * p.done() / p.total());
      out.print("\r[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + text(p) + "  ");
      drawn = true;
    } else {
      out.println(command + ": " + text(p));
    }
    out.flush();
  }

  /** Ends the redrawn line, so that what follows starts on a line of its own. */
  synchronized void finish() {
    if (drawn) {
      out.println();
      out.flush();
      drawn = false;
    }
  }

  static String text(IngestProgress p) {
    if (p.done() == p.total()) {
      return String.format(Locale.ROOT, "%,d/%,d pages, %.0f pages/s, indexing the last batch",
          p.done(), p.total(), p.pagesPerSecond());
    }
    Duration left = p.remaining();
    return String.format(Locale.ROOT, "%,d/%,d pages, %.0f pages/s, %s left", p.done(), p.total(),
        p.pagesPerSecond(), left == null ? "?" : clock(left));
  }

  static String clock(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
