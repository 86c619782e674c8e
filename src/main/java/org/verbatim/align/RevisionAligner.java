package org.verbatim.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;

/**
 * Aligns the turns of two versions of one publication in one language: the same page published
 * again with its words edited, a turn added or taken out, a turn cut in two or two joined.
 *
 * <pre>{@code
 * List<Link> links = new RevisionAligner().align(version1, version2);
 * // [Link[left=[1], right=[1]], Link[left=[2], right=[]], Link[left=[3], right=[2, 3]], …]
 * }</pre>
 *
 * <p>Identical turns at the start and at the end are paired as they stand, and so are the turns
 * found unchanged once in each version in between, in the same order (the longest such run).
 * In the gaps between them the {@link TurnAligner}'s dynamic programming runs over the same
 * five moves, with costs counted in words: pairing two turns costs the words one has and the
 * other lacks (compared as bags of words, case and Unicode form folded), plus two when their
 * roles differ; a turn left unpaired costs its words plus one; a turn split in two, or two
 * joined, costs two more than the words the parts do not share with the whole. So a short turn
 * inserted after an unchanged one is an insertion (one less than a split), and a turn cut in two
 * is a split (two less than a pair and an insertion, for a part of one word). Two turns are never paired when fewer than half of their words are shared
 * ({@link #SHARED}, by Dice's coefficient): a turn rewritten beyond that is a removal and an
 * insertion, so that a link to the old turn never lands on another turn's words.
 *
 * <p>Every link's confidence is the share of words its two sides have in common (1 for an
 * unchanged turn, 0 for a turn on one side only). Thread-safe: holds no state.
 */
public final class RevisionAligner {

  /** The least share of words (Dice's coefficient) two turns must have to be paired. */
  public static final double SHARED = 0.5;
  /** What a turn found on one side only costs besides its words. */
  private static final double MISSING = 1;
  /** What a split or a join costs besides the words its parts do not share. */
  private static final double SPLIT = 2;
  /** What a pair of turns of different roles costs besides their words. */
  private static final double ROLES = 2;

  /**
   * The links between the turns of {@code before} and those of {@code after}, in reading order;
   * every turn of each is on exactly one link.
   */
  public List<Link> align(Publication before, Publication after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    List<Turn> a = before.turns();
    List<Turn> b = after.turns();
    int same = 0;
    while (same < a.size() && same < b.size() && a.get(same).equals(b.get(same))) {
      same++;
    }
    int head = same;
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    List<Link> links = new ArrayList<>(Math.max(a.size(), b.size()));
    for (int k = 1; k <= head; k++) {
      links.add(new Link(List.of(k), List.of(k), 1));
    }
    // Between them, turns found unchanged once in each version, in the same order, anchor the
    // alignment: the search runs only in the gaps between anchors, where the edits are.
    int i = head;
    int j = head;
    for (int[] anchor : anchors(a, b, head, tail)) {
      gap(links, a.subList(i, anchor[0]), b.subList(j, anchor[1]), i, j);
      links.add(new Link(List.of(anchor[0] + 1), List.of(anchor[1] + 1), 1));
      i = anchor[0] + 1;
      j = anchor[1] + 1;
    }
    gap(links, a.subList(i, a.size() - tail), b.subList(j, b.size() - tail), i, j);
    for (int k = tail; k >= 1; k--) {
      links.add(new Link(List.of(a.size() - k + 1), List.of(b.size() - k + 1), 1));
    }
    return removalsFirst(links);
  }

  /** Aligns the turns of one gap, numbered from {@code i + 1} and {@code j + 1}. */
  private static void gap(List<Link> links, List<Turn> a, List<Turn> b, int i, int j) {
    List<WordBag> left = a.stream().map(WordBag::of).toList();
    List<WordBag> right = b.stream().map(WordBag::of).toList();
    for (Monotone.Step step : Monotone.align(left.size(), right.size(), costs(left, right))) {
      List<Integer> l = step.left().stream().map(k -> k + i).toList();
      List<Integer> r = step.right().stream().map(k -> k + j).toList();
      double shared = l.isEmpty() || r.isEmpty() ? 0
          : dice(joined(left, step.left()), joined(right, step.right()));
      links.add(new Link(l, r, shared));
    }
  }

  /**
   * The turns (indices from 0) equal in both versions, each found once among the turns from
   * {@code head} to {@code tail} of either, that keep their order: the longest such sequence
   * (patience sorting over the later version's positions).
   */
  private static List<int[]> anchors(List<Turn> a, List<Turn> b, int head, int tail) {
    Map<Turn, Integer> inA = unique(a.subList(head, a.size() - tail), head);
    Map<Turn, Integer> inB = unique(b.subList(head, b.size() - tail), head);
    List<int[]> candidates = new ArrayList<>();
    for (int i = head; i < a.size() - tail; i++) {
      Integer j = inB.get(a.get(i));
      if (j != null && inA.get(a.get(i)) != null) {
        candidates.add(new int[] {i, j});
      }
    }
    // piles[k]: the candidate ending the best increasing run of length k + 1 found so far
    List<Integer> piles = new ArrayList<>();
    int[] previous = new int[candidates.size()];
    for (int c = 0; c < candidates.size(); c++) {
      int j = candidates.get(c)[1];
      int low = 0;
      int high = piles.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (candidates.get(piles.get(mid))[1] < j) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      previous[c] = low == 0 ? -1 : piles.get(low - 1);
      if (low == piles.size()) {
        piles.add(c);
      } else {
        piles.set(low, c);
      }
    }
    List<int[]> out = new ArrayList<>(piles.size());
    for (int c = piles.isEmpty() ? -1 : piles.getLast(); c >= 0; c = previous[c]) {
      out.add(candidates.get(c));
    }
    return out.reversed();
  }

  /** Each turn found once in {@code turns}, with its index plus {@code offset}. */
  private static Map<Turn, Integer> unique(List<Turn> turns, int offset) {
    Map<Turn, Integer> out = new HashMap<>();
    Set<Turn> repeated = new HashSet<>();
    for (int k = 0; k < turns.size(); k++) {
      if (out.putIfAbsent(turns.get(k), k + offset) != null) {
        repeated.add(turns.get(k));
      }
    }
    out.keySet().removeAll(repeated);
    return out;
  }

  /**
   * The links with each run of turns found on one side only ordered removals first, then
   * insertions, as a reader of a diff expects: the old text, then what replaced it.
   */
  private static List<Link> removalsFirst(List<Link> links) {
    List<Link> out = new ArrayList<>(links.size());
    List<Link> inserted = new ArrayList<>();
    for (Link link : links) {
      if (link.left().isEmpty()) {
        inserted.add(link);
        continue;
      }
      if (!link.right().isEmpty()) {
        out.addAll(inserted);
        inserted.clear();
      }
      out.add(link);
    }
    out.addAll(inserted);
    return out;
  }

  private static Monotone.Costs costs(List<WordBag> a, List<WordBag> b) {
    List<WordBag> leftPairs = pairs(a);
    List<WordBag> rightPairs = pairs(b);
    return new Monotone.Costs() {
      @Override
      public double oneOne(int i, int j) {
        return cost(a.get(i), b.get(j));
      }

      @Override
      public double oneZero(int i) {
        return a.get(i).size() + MISSING;
      }

      @Override
      public double zeroOne(int j) {
        return b.get(j).size() + MISSING;
      }

      @Override
      public double twoOne(int i, int j) {
        return SPLIT + cost(leftPairs.get(i), b.get(j));
      }

      @Override
      public double oneTwo(int i, int j) {
        return SPLIT + cost(a.get(i), rightPairs.get(j));
      }
    };
  }

  /** Each turn taken with the next: entry {@code k} is turns {@code k} and {@code k + 1}. */
  private static List<WordBag> pairs(List<WordBag> bags) {
    List<WordBag> out = new ArrayList<>(Math.max(0, bags.size() - 1));
    for (int k = 0; k + 1 < bags.size(); k++) {
      out.add(bags.get(k).plus(bags.get(k + 1)));
    }
    return out;
  }

  /** The words {@code x} and {@code y} do not share, or infinity when they share too few. */
  private static double cost(WordBag x, WordBag y) {
    if (x.size() + y.size() == 0) {
      return x.role() == y.role() ? 0 : ROLES;
    }
    // The smaller bag bounds what they can share: most pairs of turns fail here, uncounted.
    if (2.0 * Math.min(x.size(), y.size()) / (x.size() + y.size()) < SHARED) {
      return Double.POSITIVE_INFINITY;
    }
    int common = x.common(y);
    if (2.0 * common / (x.size() + y.size()) < SHARED) {
      return Double.POSITIVE_INFINITY;
    }
    return x.size() + y.size() - 2 * common + (x.role() == y.role() ? 0 : ROLES);
  }

  private static double dice(WordBag x, WordBag y) {
    return x.size() + y.size() == 0 ? 1 : 2.0 * x.common(y) / (x.size() + y.size());
  }

  /** The bags of the turns numbered {@code numbers} (from 1) in {@code bags}, taken together. */
  private static WordBag joined(List<WordBag> bags, List<Integer> numbers) {
    WordBag out = bags.get(numbers.get(0) - 1);
    for (int k = 1; k < numbers.size(); k++) {
      out = out.plus(bags.get(numbers.get(k) - 1));
    }
    return out;
  }
}
