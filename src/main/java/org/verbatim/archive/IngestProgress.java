package org.verbatim.archive;

import java.time.Duration;

/**
 * How far an ingest has come.
 *
 * @param done    pages handled so far (stored, found unchanged, or failed)
 * @param total   pages to handle
 * @param elapsed time since the ingest began
 */
public record IngestProgress(long done, long total, Duration elapsed) {

  /** Pages handled per second so far; 0 before the first. */
  public double pagesPerSecond() {
    double seconds = elapsed.toMillis() / 1000.0;
    return seconds <= 0 ? 0 : done / seconds;
  }

  /** The time the remaining pages should take at the rate so far; null before the first page. */
  public Duration remaining() {
    double rate = pagesPerSecond();
    return rate <= 0 ? null : Duration.ofMillis(Math.round((total - done) / rate * 1000));
  }
}
