package org.verbatim.archive;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.verbatim.model.Publication;
import org.verbatim.search.LanguageVersions;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.TranscriptStore;

/**
 * The language versions the store of record knows ({@link TranscriptStore#languageVersions}),
 * for a {@link org.verbatim.search.Searcher}: found or set by hand, as the publication pages
 * list them. Thread-safe as the store is.
 */
final class StoreVersions implements LanguageVersions {

  private final TranscriptStore store;

  StoreVersions(TranscriptStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Optional<Latest> latest(String id) {
    return store.publication(id).map(p -> new Latest(p.version(), p.publication()));
  }

  @Override
  public List<Version> of(String id, Publication publication) {
    return store.languageVersions(id, publication).stream()
        .map(v -> new Version(v.id(), v.language())).toList();
  }
}
