package org.verbatim.parse;

import java.util.HashMap;
import java.util.Map;

/**
 * Which labels of a page ask questions, by how they behave: a label whose turns mostly ask
 * (a {@code ?} in them) and are mostly followed by a speaker who answers (the principal, or a
 * label that seldom asks) is a questioner, whatever its words ({@code The Lantern:}, {@code
 * Царьград:}). Labels that name the principal or answer never are. Not thread-safe: one per
 * page.
 */
final class Questioners {

  private static final class Stats {
    int turns;
    int asking;
    int answered;
  }

  private final Speakers speakers;
  private final Map<String, Stats> stats = new HashMap<>();
  private String current;
  private boolean currentAsks;

  Questioners(Speakers speakers) {
    this.speakers = speakers;
  }

  /** A turn starts under {@code label} (null for a nameless one); whether its first line asks. */
  void turn(String label, boolean asks) {
    close(label);
    current = label;
    currentAsks = asks;
  }

  /** A later line of the current turn asks. */
  void asks() {
    currentAsks = true;
  }

  private void close(String next) {
    if (current == null) {
      return;
    }
    Stats s = stats.computeIfAbsent(current, k -> new Stats());
    s.turns++;
    if (currentAsks) {
      s.asking++;
    }
    if (next != null && answers(next)) {
      s.answered++;
    }
  }

  private boolean answers(String label) {
    if (speakers.isPrincipal(label) || speakers.isAnswerWord(label)) {
      return true;
    }
    Stats s = stats.get(label);
    return s == null || s.asking * 2 < s.turns;
  }

  /** Every label a turn started under, for {@link Speakers#adopt}. */
  Iterable<String> labels() {
    return stats.keySet();
  }

  /** Marks the questioners found, in {@link Speakers}, once every turn was seen. */
  void decide() {
    close(null);
    current = null;
    for (Map.Entry<String, Stats> e : stats.entrySet()) {
      String label = e.getKey();
      Stats s = e.getValue();
      if (s.asking * 2 >= s.turns && s.answered * 2 >= s.turns && s.answered > 0
          && !speakers.isPrincipal(label) && !speakers.isAnswerWord(label)
          && !speakers.isQuestioner(label)) {
        speakers.addQuestioner(label);
      }
    }
  }
}
