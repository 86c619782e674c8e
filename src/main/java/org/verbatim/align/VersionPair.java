package org.verbatim.align;

import java.util.List;
import java.util.Objects;
import org.verbatim.model.Publication;

/**
 * Two language versions of one publication, each with its archive id: what an export pairs.
 *
 * @param leftId  the archive id of {@code left}
 * @param left    the version whose language is the source of the pairs
 * @param rightId the archive id of {@code right}
 * @param right   the version in the other language
 */
public record VersionPair(String leftId, Publication left, String rightId, Publication right) {

  public VersionPair {
    Objects.requireNonNull(leftId, "leftId");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(rightId, "rightId");
    Objects.requireNonNull(right, "right");
  }

  /** The sentence pairs of the two versions ({@link ParallelText#of}). */
  public List<SentencePair> sentences() {
    return ParallelText.of(left, right);
  }
}
