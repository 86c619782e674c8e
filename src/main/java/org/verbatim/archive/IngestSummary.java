package org.verbatim.archive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What an ingest did.
 *
 * @param total     pages given
 * @param added     pages that became a new publication
 * @param updated   pages that became a new version of a publication held before
 * @param reread    pages whose bytes the archive held as read by an older parser, read again
 *                  (a new version when the content changed; else only the parser recorded)
 * @param unchanged pages the archive held already (same bytes, read by this parser, or same
 *                  parsed content)
 * @param failures  pages that could not be read, parsed or stored, by name, each with its reason
 * @param bytes     bytes read
 * @param repaired  publications the index lacked or held in another version than the store, and
 *                  stray index entries, put right after the pages were handled (a previous
 *                  ingest stopped between store and index)
 * @param elapsed   time taken
 * @param notTranscripts pages from a collection of every kind of page (a WARC file) that the
 *                  parser refused as no transcript (a listing, a search page), each with its
 *                  reason: skipped, not failed
 */
public record IngestSummary(int total, int added, int updated, int reread, int unchanged,
    List<Failure> failures, long bytes, int repaired, Duration elapsed,
    List<Failure> notTranscripts) {

  /** A page that failed, and why. */
  public record Failure(String page, String reason) {}

  public IngestSummary {
    failures = List.copyOf(failures);
    notTranscripts = List.copyOf(notTranscripts);
  }

  /** A summary in which no page was skipped as no transcript. */
  public IngestSummary(int total, int added, int updated, int reread, int unchanged,
      List<Failure> failures, long bytes, int repaired, Duration elapsed) {
    this(total, added, updated, reread, unchanged, failures, bytes, repaired, elapsed, List.of());
  }

  /** This summary and {@code other}'s as one (two rounds, or two uploads, of one ingest). */
  public IngestSummary plus(IngestSummary other) {
    return new IngestSummary(total + other.total, added + other.added,
        updated + other.updated, reread + other.reread, unchanged + other.unchanged,
        sorted(failures, other.failures), bytes + other.bytes, repaired + other.repaired,
        elapsed.plus(other.elapsed), sorted(notTranscripts, other.notTranscripts));
  }

  private static List<Failure> sorted(List<Failure> a, List<Failure> b) {
    List<Failure> all = new ArrayList<>(a);
    all.addAll(b);
    all.sort(Comparator.comparing(Failure::page));
    return all;
  }
}
