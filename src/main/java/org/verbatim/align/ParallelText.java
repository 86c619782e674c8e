package org.verbatim.align;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;

/**
 * The sentence pairs of two language versions, the parallel text the exports write:
 *
 * <pre>{@code
 * List<SentencePair> pairs = ParallelText.of(english, russian);
 * }</pre>
 *
 * <p>The turns are aligned by {@link TurnAligner}; inside each turn link with a turn on both
 * sides, the sentences of its turns taken together are aligned by {@link SentenceAligner} with
 * the two versions' length ratio. Every sentence link with text on both sides becomes a pair,
 * however low its confidence (the confidence goes with it). A turn or a sentence found in one
 * version only ({@code 1–0}, {@code 0–1}) has nothing to pair with and is left out. Thread-safe.
 */
public final class ParallelText {

  private ParallelText() {}

  /** The sentence pairs of {@code left} and {@code right}, in reading order. */
  public static List<SentencePair> of(Publication left, Publication right) {
    TurnAlignment turns = new TurnAligner().align(left, right);
    SentenceAligner aligner = new SentenceAligner();
    List<SentencePair> out = new ArrayList<>();
    for (Link turnLink : turns.turns()) {
      if (turnLink.left().isEmpty() || turnLink.right().isEmpty()) {
        continue;
      }
      Side a = Side.of(left, turnLink.left());
      Side b = Side.of(right, turnLink.right());
      SentenceAlignment sentences = aligner.align(a.paragraphs, b.paragraphs, turns.ratio());
      String speaker = a.speaker != null ? a.speaker : b.speaker;
      for (Link link : sentences.links()) {
        if (link.left().isEmpty() || link.right().isEmpty()) {
          continue;
        }
        out.add(new SentencePair(a.turnsOf(link.left()), b.turnsOf(link.right()), speaker,
            join(sentences.left(), link.left()), join(sentences.right(), link.right()),
            Math.min(turnLink.confidence(), link.confidence())));
      }
    }
    return out;
  }

  private static String join(List<String> sentences, List<Integer> numbers) {
    StringBuilder out = new StringBuilder();
    for (int n : numbers) {
      out.append(out.isEmpty() ? "" : " ").append(sentences.get(n - 1));
    }
    return out.toString();
  }

  /**
   * The turns of one side of a turn link: their paragraphs together, which turn each sentence is
   * in, and the first speaker named.
   */
  private record Side(List<String> paragraphs, int[] turnOfSentence, String speaker) {

    static Side of(Publication p, List<Integer> turnNumbers) {
      List<String> paragraphs = new ArrayList<>();
      List<Integer> owners = new ArrayList<>();
      String speaker = null;
      for (int number : turnNumbers) {
        Turn turn = p.turns().get(number - 1);
        paragraphs.addAll(turn.paragraphs());
        // A paragraph always ends a sentence, so the turns' sentences cut one by one are those
        // of their paragraphs together.
        for (int k = Sentences.of(turn.paragraphs()).size(); k > 0; k--) {
          owners.add(number);
        }
        if (speaker == null) {
          speaker = turn.speaker() != null ? turn.speaker() : turn.label();
        }
      }
      return new Side(paragraphs, owners.stream().mapToInt(Integer::intValue).toArray(), speaker);
    }

    /** The turns that sentences {@code numbers} (from 1) come from, ascending. */
    List<Integer> turnsOf(List<Integer> numbers) {
      TreeSet<Integer> turns = new TreeSet<>();
      for (int n : numbers) {
        turns.add(turnOfSentence[n - 1]);
      }
      return List.copyOf(turns);
    }
  }
}
