package org.verbatim.corpus;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.verbatim.entity.Recognition;
import org.verbatim.store.PostTerm;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.StoredVersion;

/**
 * One publication as exported: the stored version, what recognition finds in it, its history,
 * and the posts the archive gives each of its speakers that is a known person.
 *
 * @param stored      the version exported
 * @param recognition its entities and the person id of each speaker
 * @param history     its versions, oldest first
 * @param posts       the posts of each person among {@code recognition}'s speakers and
 *                    participants, by person id, over the whole archive
 */
public record ExportedPublication(StoredPublication stored, Recognition recognition,
    List<StoredVersion> history, Map<String, List<PostTerm>> posts) {

  public ExportedPublication {
    Objects.requireNonNull(stored, "stored");
    Objects.requireNonNull(recognition, "recognition");
    history = List.copyOf(history);
    posts = Map.copyOf(posts);
  }
}
