package org.verbatim.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.verbatim.corpus.CorpusFormat;
import org.verbatim.corpus.CorpusWriter;
import org.verbatim.corpus.ExportedPublication;
import org.verbatim.corpus.Fingerprint;
import org.verbatim.corpus.Manifest;
import org.verbatim.entity.KnownPeople;
import org.verbatim.entity.Recognition;
import org.verbatim.entity.Recognizer;
import org.verbatim.search.Matches;
import org.verbatim.search.QueryException;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.Searcher;
import org.verbatim.store.PostTerm;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.TranscriptStore;

/**
 * Exports every publication a search matches, with no cap, in a {@link CorpusFormat}, in two
 * passes over the index's matches (read a thousand at a time, in id order): the first makes the
 * {@link Manifest} (count and fingerprint of the ids and versions), which the export starts with;
 * the second writes each publication, read from the store at the version the index holds.
 * Memory holds one publication at a time, whatever the number of hits.
 *
 * <pre>{@code
 * CorpusExport export = new CorpusExport(archive.store(), archive.searcher(), "1.0");
 * Manifest m = export.manifest(request, CorpusFormat.JSONL);
 * try (CorpusWriter out = CorpusFormat.JSONL.open(stream, m)) {
 *   export.write(request, m, out);
 * }
 * }</pre>
 *
 * <p>Thread-safe as the store and searcher are.
 */
public final class CorpusExport {

  private final TranscriptStore store;
  private final Searcher searcher;
  private final Matches matches;
  private final String version;
  private final Clock clock;

  /** An export of {@code store}'s publications as {@code searcher} finds them; {@code version} is Verbatim's. */
  public CorpusExport(TranscriptStore store, Searcher searcher, String version) {
    this(store, searcher, version, Clock.systemUTC());
  }

  CorpusExport(TranscriptStore store, Searcher searcher, String version, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.searcher = Objects.requireNonNull(searcher, "searcher");
    this.matches = new Matches(searcher);
    this.version = Objects.requireNonNull(version, "version");
    this.clock = clock;
  }

  /**
   * The manifest of {@code request}'s export in {@code format}: the first pass.
   *
   * @throws QueryException when the query cannot be searched as written
   */
  public Manifest manifest(SearchRequest request, CorpusFormat format) throws QueryException {
    Fingerprint fingerprint = new Fingerprint();
    matches.forEach(request, m -> fingerprint.add(m.id(), m.version()));
    return new Manifest(request.query(), request.filters(),
        Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), version, format, fingerprint.count(),
        fingerprint.hex());
  }

  /**
   * Writes every publication of {@code request} to {@code out}, opened with {@code manifest}
   * (the second pass); returns how many turns were written.
   *
   * @throws ArchiveChangedException when the archive changed since the manifest was made: the
   *                                 export does not hold what its manifest says
   */
  public long write(SearchRequest request, Manifest manifest, CorpusWriter out)
      throws QueryException, IOException {
    KnownPeople known = store.knownPeople();
    Recognizer recognizer = Recognizer.standard();
    Fingerprint written = new Fingerprint();
    long[] turns = {0};
    matches.forEach(request, m -> {
      StoredPublication stored = store.version(m.id(), m.version()).orElseThrow(() ->
          new ArchiveChangedException("Publication '" + m.id() + "' version " + m.version()
              + " is in the index but not in the store: the archive changed during the export"));
      written.add(m.id(), m.version());
      Recognition recognition = recognizer.analyse(stored.publication(), known);
      out.write(new ExportedPublication(stored, recognition, store.history(m.id()),
          posts(recognition)));
      turns[0] += stored.publication().turns().size();
    });
    String fingerprint = written.hex();
    if (!fingerprint.equals(manifest.fingerprint())) {
      throw new ArchiveChangedException("The archive changed during the export: "
          + written.count() + " publications written (fingerprint " + fingerprint
          + "), the manifest says " + manifest.publications() + " (" + manifest.fingerprint()
          + "); export again");
    }
    return turns[0];
  }

  /**
   * Both passes: the manifest, then {@code request}'s publications in {@code format} on
   * {@code out} (closed at the end); returns the manifest and how many turns.
   */
  public Written export(SearchRequest request, CorpusFormat format, Opener open)
      throws QueryException, IOException {
    Manifest manifest = manifest(request, format);
    try (CorpusWriter out = format.open(open.open(manifest), manifest)) {
      return new Written(manifest, write(request, manifest, out));
    }
  }

  /** What an export wrote. */
  public record Written(Manifest manifest, long turns) {}

  /** Opens the export's stream once the manifest is known (a bad query fails before). */
  @FunctionalInterface
  public interface Opener {
    OutputStream open(Manifest manifest) throws IOException;
  }

  /** The posts of every person the publication's speakers and participants are, by person id. */
  private Map<String, List<PostTerm>> posts(Recognition recognition) {
    Map<String, List<PostTerm>> posts = new HashMap<>();
    for (String person : recognition.speakers().values()) {
      posts.computeIfAbsent(person, store::posts);
    }
    return posts;
  }

  /** The archive changed between the two passes of an export. */
  public static final class ArchiveChangedException extends IllegalStateException {
    ArchiveChangedException(String message) {
      super(message);
    }
  }
}
