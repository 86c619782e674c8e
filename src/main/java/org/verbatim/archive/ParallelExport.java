package org.verbatim.archive;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.verbatim.align.ParallelWriter;
import org.verbatim.align.VersionPair;
import org.verbatim.search.Hit;
import org.verbatim.search.QueryException;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.SearchResult;
import org.verbatim.search.Searcher;
import org.verbatim.store.LanguageVersion;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.TranscriptStore;

/**
 * Finds the language versions to export as parallel text: of one publication, or of every hit
 * of a search, with the store's language versions ({@link TranscriptStore#languageVersions}).
 *
 * <pre>{@code
 * ParallelExport export = new ParallelExport(archive.store());
 * try (ParallelWriter out = ParallelFormat.TMX.open(stream, "en", version)) {
 *   VersionPair pair = export.pair("0123456789abcdef", "ru");
 *   out.write(pair, pair.sentences());
 * }
 * }</pre>
 *
 * Thread-safe as the store is.
 */
public final class ParallelExport {

  private final TranscriptStore store;

  public ParallelExport(TranscriptStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Publication {@code id} (left) and its version in {@code language} (right); with a null
   * language, its only other version.
   *
   * @throws IllegalArgumentException naming the id and the languages it has, when there is no
   *                                  such publication or no such version (or, with no language
   *                                  asked, more than one)
   */
  public VersionPair pair(String id, String language) {
    StoredPublication asked = store.publication(id).orElseThrow(() ->
        new IllegalArgumentException("No publication with id '" + id + "'"));
    String own = asked.publication().language();
    List<LanguageVersion> versions = store.languageVersions(asked.id(), asked.publication());
    if (language != null && language.equalsIgnoreCase(own)) {
      throw new IllegalArgumentException("Publication '" + id + "' is itself in '" + own
          + "': ask for another language" + held(versions));
    }
    List<LanguageVersion> chosen = language == null ? versions : versions.stream()
        .filter(v -> language.equalsIgnoreCase(v.language())).toList();
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("Publication '" + id + "' (" + own + ") has no "
          + (language == null ? "other language version" : "'" + language + "' version")
          + " in the archive" + held(versions));
    }
    if (chosen.size() > 1 && language == null) {
      throw new IllegalArgumentException("Publication '" + id + "' has versions in several "
          + "languages: name one" + held(versions));
    }
    return pairOf(asked, chosen.getFirst().id());
  }

  /**
   * Writes the pairs of every hit of {@code request} that has a version in {@code language}
   * (or, with a null language, in any other language), page by page with the search's cursor
   * ({@code request}'s page size; its cursor is ignored, the export starts at the first hit);
   * returns how many pairs of versions were written. The writer is opened by {@code open} once
   * the first page is found, and closed (its document ended) here. A hit in {@code language}
   * itself is written as the right side of its pair, so that every pair reads from the same side;
   * a pair met twice (both versions are hits) is written once.
   */
  public int search(Searcher searcher, SearchRequest request, String language, Opener open)
      throws QueryException, IOException {
    Set<String> written = new HashSet<>();
    SearchRequest page = request.withCursor(null);
    SearchResult result = searcher.search(page); // a bad query fails before anything is written
    try (ParallelWriter out = open.open()) {
      while (true) {
        for (Hit hit : result.hits()) {
          Optional<VersionPair> pair = pairOf(hit, language);
          if (pair.isPresent() && written.add(key(pair.get()))) {
            out.write(pair.get(), pair.get().sentences());
          }
        }
        if (result.nextCursor() == null || result.hits().isEmpty()
            || result.nextCursor().equals(page.cursor())) {
          return written.size();
        }
        page = page.withCursor(result.nextCursor());
        result = searcher.search(page);
      }
    }
  }

  /** Opens the writer of a search's export, once the search is known to be good. */
  @FunctionalInterface
  public interface Opener {
    ParallelWriter open() throws IOException;
  }

  private Optional<VersionPair> pairOf(Hit hit, String language) {
    Optional<StoredPublication> stored = store.publication(hit.id());
    if (stored.isEmpty()) { // in the index, gone from the store: nothing to read
      return Optional.empty();
    }
    StoredPublication p = stored.get();
    List<LanguageVersion> versions = store.languageVersions(p.id(), p.publication());
    if (language == null) {
      return versions.stream().findFirst().map(v -> pairOf(p, v.id()));
    }
    if (language.equalsIgnoreCase(p.publication().language())) {
      return versions.stream().findFirst().map(v -> pairOf(v.id(), p));
    }
    return versions.stream().filter(v -> language.equalsIgnoreCase(v.language())).findFirst()
        .map(v -> pairOf(p, v.id()));
  }

  private VersionPair pairOf(StoredPublication left, String rightId) {
    return new VersionPair(left.id(), left.publication(), rightId, latest(rightId).publication());
  }

  private VersionPair pairOf(String leftId, StoredPublication right) {
    return new VersionPair(leftId, latest(leftId).publication(), right.id(), right.publication());
  }

  private StoredPublication latest(String id) {
    return store.publication(id).orElseThrow(() -> new IllegalStateException(
        "The store lists publication '" + id + "' as a language version but does not hold it"));
  }

  /** The same two versions, whichever side each is on. */
  private static String key(VersionPair pair) {
    return pair.leftId().compareTo(pair.rightId()) < 0 ? pair.leftId() + " " + pair.rightId()
        : pair.rightId() + " " + pair.leftId();
  }

  private static String held(List<LanguageVersion> versions) {
    if (versions.isEmpty()) {
      return "";
    }
    return "; it has: " + String.join(", ", versions.stream()
        .map(v -> (v.language() == null ? "unknown language"
            : v.language().toLowerCase(Locale.ROOT)) + " " + v.id()).toList());
  }
}
