package org.verbatim.generate;

import java.util.List;
import org.verbatim.model.Publication;

/**
 * An English and a Russian version of one synthetic publication, with the truth of their
 * alignment beside them. Numbers count from 1: turns as the archive numbers them, sections by
 * their number, sentences within the text of the turns of one turn correspondence taken together
 * (as {@code org.verbatim.align.Sentences} cuts it).
 *
 * @param name      a name for messages ({@code pair 42 (split)})
 * @param form      the case this pair was drawn to show
 * @param english   the English version
 * @param russian   the Russian version
 * @param turns     which English turns correspond to which Russian turns, in reading order
 * @param sentences for each entry of {@code turns}, its sentence correspondences (none when one
 *                  side is empty)
 * @param sections  which English sections correspond to which Russian sections
 */
public record ParallelPair(String name, Case form, Publication english, Publication russian,
    List<Correspondence> turns, List<List<Correspondence>> sentences,
    List<Correspondence> sections) {

  /** What a pair was drawn to show. */
  public enum Case {
    /** Every turn in both, one to one. */
    PLAIN,
    /** One English turn printed as two Russian turns ({@code 1–2}). */
    SPLIT,
    /** Two English turns printed as one Russian turn ({@code 2–1}). */
    MERGED,
    /** A turn printed in English only ({@code 1–0}). */
    MISSING_IN_RUSSIAN,
    /** A turn printed in Russian only ({@code 0–1}). */
    MISSING_IN_ENGLISH,
    /** A briefing whose heading before the answers to questions is printed in one version only. */
    HEADING_IN_ONE
  }

  /** Items of the English version and of the Russian version that say the same. */
  public record Correspondence(List<Integer> english, List<Integer> russian) {
    public Correspondence {
      english = List.copyOf(english);
      russian = List.copyOf(russian);
    }
  }

  public ParallelPair {
    turns = List.copyOf(turns);
    sentences = sentences.stream().map(List::copyOf).toList();
    sections = List.copyOf(sections);
  }
}
