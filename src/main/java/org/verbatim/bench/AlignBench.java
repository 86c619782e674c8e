package org.verbatim.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.align.ParallelText;
import org.verbatim.align.TurnAligner;
import org.verbatim.generate.ParallelPair;
import org.verbatim.generate.ParallelPair.Correspondence;
import org.verbatim.generate.ParallelPairs;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;

/**
 * The time to align a pair of 50-turn versions, in the bench's own JVM (pure computation, no
 * engine under it): the turns only ({@link TurnAligner}), and the turns with the sentences of
 * every pair of turns ({@link ParallelText#of}, what an export writes). The versions are made of
 * generated pairs ({@link ParallelPairs}, every case: turns one to one, split, merged, missing in
 * one version) taken one after another until the English version has 50 turns; the Russian one
 * has what corresponds to them. The {@value #PAIRS} such pairs are aligned round after round for
 * {@link #WARM_UP} to warm up (the first rounds take several times longer while the JIT compiles),
 * then each is timed once in each of {@value #ROUNDS} rounds.
 */
final class AlignBench {

  static final int TURNS = 50;
  static final int PAIRS = 20;
  static final Duration WARM_UP = Duration.ofSeconds(5);
  static final int ROUNDS = 10;

  private AlignBench() {}

  static Results.AlignFigures measure(long seed) {
    List<Publication[]> pairs = pairs(seed);
    TurnAligner aligner = new TurnAligner();
    long links = 0; // used, so that no alignment is optimised away
    long warmUntil = System.nanoTime() + WARM_UP.toNanos();
    while (System.nanoTime() < warmUntil) {
      for (Publication[] pair : pairs) {
        links += aligner.align(pair[0], pair[1]).turns().size();
        links += ParallelText.of(pair[0], pair[1]).size();
      }
    }
    List<Long> turnsOnly = new ArrayList<>();
    List<Long> withSentences = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (Publication[] pair : pairs) {
        long start = System.nanoTime();
        links += aligner.align(pair[0], pair[1]).turns().size();
        long turned = System.nanoTime();
        links += ParallelText.of(pair[0], pair[1]).size();
        long end = System.nanoTime();
        turnsOnly.add(turned - start);
        withSentences.add(end - turned);
      }
    }
    if (links == 0) {
      throw new IllegalStateException("The aligners found no link in " + pairs.size()
          + " pairs of generated versions");
    }
    int russianTurns = pairs.stream().mapToInt(p -> p[1].turns().size()).sum();
    return new Results.AlignFigures(TURNS, russianTurns / (double) pairs.size(), pairs.size(),
        Results.Latency.ofNanos(turnsOnly), Results.Latency.ofNanos(withSentences));
  }

  /** {@value #PAIRS} pairs of versions, the English one of {@value #TURNS} turns. */
  static List<Publication[]> pairs(long seed) {
    ParallelPairs generator = new ParallelPairs();
    List<Publication[]> out = new ArrayList<>();
    int next = 0;
    while (out.size() < PAIRS) {
      List<Turn> english = new ArrayList<>();
      List<Turn> russian = new ArrayList<>();
      ParallelPair first = null;
      while (english.size() < TURNS) {
        ParallelPair pair = generator.pair(seed, next++);
        first = first == null ? pair : first;
        for (Correspondence link : pair.turns()) {
          if (english.size() + link.english().size() > TURNS) {
            continue;
          }
          link.english().forEach(n -> english.add(unsectioned(pair.english(), n)));
          link.russian().forEach(n -> russian.add(unsectioned(pair.russian(), n)));
        }
      }
      out.add(new Publication[] {withTurns(first.english(), english),
          withTurns(first.russian(), russian)});
    }
    return out;
  }

  /** Turn {@code n} (from 1) of {@code p}, outside any section: the versions are joined. */
  private static Turn unsectioned(Publication p, int n) {
    Turn t = p.turns().get(n - 1);
    return new Turn(null, t.label(), t.speaker(), t.role(), t.paragraphs(), t.notes(),
        t.editorial());
  }

  private static Publication withTurns(Publication p, List<Turn> turns) {
    return new Publication(p.title(), p.kind(), p.published(), p.eventDate(), p.place(),
        p.language(), p.languageVersions(), p.participants(), p.outlets(), List.of(), turns,
        p.warnings(), p.source());
  }
}
