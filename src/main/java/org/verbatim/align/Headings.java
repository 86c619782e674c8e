package org.verbatim.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.model.Publication;
import org.verbatim.model.Section;
import org.verbatim.model.Turn;

/**
 * Pairs the section headings of two versions through their turns: reading the turn links in
 * order, the first link between a turn of left section {@code s} and a turn of right section
 * {@code t} pairs {@code s} with {@code t}, unless either is paired already or {@code t} comes
 * before a right section paired earlier. A heading that finds no partner was printed in one
 * version only: it gets a link with an empty other side, placed where its first turn is, with
 * the confidence of that turn's link. A heading with no turn under it comes last, with low
 * confidence.
 */
final class Headings {

  private Headings() {}

  static List<Link> align(Publication left, Publication right, List<Link> turns) {
    List<Turn> leftTurns = left.turns();
    List<Turn> rightTurns = right.turns();
    Map<Integer, Integer> partners = new HashMap<>();
    Set<Integer> pairedRight = new HashSet<>();
    int lastRight = 0;
    for (Link link : turns) {
      Integer s = link.left().isEmpty() ? null : leftTurns.get(link.left().get(0) - 1).section();
      Integer t = link.right().isEmpty() ? null
          : rightTurns.get(link.right().get(0) - 1).section();
      if (s != null && t != null && !partners.containsKey(s) && !pairedRight.contains(t)
          && t > lastRight) {
        partners.put(s, t);
        pairedRight.add(t);
        lastRight = t;
      }
    }
    List<Link> out = new ArrayList<>();
    Set<Integer> seenLeft = new HashSet<>();
    Set<Integer> seenRight = new HashSet<>();
    for (Link link : turns) {
      for (int turn : link.left()) {
        Integer s = leftTurns.get(turn - 1).section();
        if (s != null && seenLeft.add(s)) {
          Integer t = partners.get(s);
          if (t != null) {
            seenRight.add(t);
          }
          out.add(new Link(List.of(s), t == null ? List.of() : List.of(t), link.confidence()));
        }
      }
      for (int turn : link.right()) {
        Integer t = rightTurns.get(turn - 1).section();
        if (t != null && seenRight.add(t)) {
          out.add(new Link(List.of(), List.of(t), link.confidence()));
        }
      }
    }
    for (Section section : left.sections()) {
      if (seenLeft.add(section.number())) {
        out.add(new Link(List.of(section.number()), List.of(), TurnAlignment.LOW_CONFIDENCE / 2));
      }
    }
    for (Section section : right.sections()) {
      if (seenRight.add(section.number())) {
        out.add(new Link(List.of(), List.of(section.number()), TurnAlignment.LOW_CONFIDENCE / 2));
      }
    }
    return out;
  }
}
