package org.verbatim.archive;

import org.verbatim.entity.Recognition;
import org.verbatim.entity.Recognizer;
import org.verbatim.model.Publication;
import org.verbatim.store.TranscriptStore;

/**
 * What an archive's ingest, reparse and reindex find in a page: the entities it names, knowing the
 * people the store has learned ({@link TranscriptStore#knownPeople()}); or nothing at all when the
 * archive's configuration turns recognition off ({@code entities.recognize = false}).
 */
final class EntityRecognition {

  private final TranscriptStore store;
  private final boolean on;

  EntityRecognition(TranscriptStore store, boolean on) {
    this.store = store;
    this.on = on;
  }

  /**
   * Starts loading the recognizer's data, which takes 0.5–1.5 s, when recognition is on: beside
   * the index's opening, rather than in the first page (every worker would wait).
   */
  void prepare() {
    if (on) {
      Thread.ofPlatform().daemon().name("verbatim-entity-data").start(Recognizer::standard);
    }
  }

  Recognition of(Publication parsed) {
    return on ? Recognizer.standard().analyse(parsed, store.knownPeople()) : Recognition.NONE;
  }
}
