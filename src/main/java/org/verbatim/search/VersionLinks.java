package org.verbatim.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.align.Link;
import org.verbatim.align.TurnAligner;
import org.verbatim.align.TurnAlignment;
import org.verbatim.index.Fields;

/**
 * The turns of other language versions that say what a hit's turn says, for one search: each
 * publication is read from the store once, and each pair of versions aligned once
 * ({@link TurnAligner}) or taken from the searcher's {@link Alignments}, however many of their
 * turns are asked about. Only the hits of the page shown are looked up, never all matches.
 * Not thread-safe: one per search.
 */
final class VersionLinks {

  private final LanguageVersions versions;
  private final Alignments kept;
  private final Map<String, Optional<LanguageVersions.Latest>> publications = new HashMap<>();
  private final Map<String, List<LanguageVersions.Version>> groups = new HashMap<>();
  private final Map<String, Optional<TurnAlignment>> alignments = new HashMap<>();

  VersionLinks(LanguageVersions versions, Alignments kept) {
    this.versions = versions;
    this.kept = kept;
  }

  /** The other language versions of publication {@code id}; none when the store lacks it. */
  List<LanguageVersions.Version> versionsOf(String id) {
    return groups.computeIfAbsent(id, key -> latest(key)
        .map(p -> versions.of(key, p.publication())).orElse(List.of()));
  }

  /**
   * The turns of publications {@code left} and {@code right} aligned, {@code left}'s on the left;
   * empty when the store lacks either.
   */
  Optional<TurnAlignment> alignment(String left, String right) {
    return alignments.computeIfAbsent(left + " " + right, key -> latest(left)
        .flatMap(l -> latest(right).map(r -> kept.of(left, l, right, r))));
  }

  /**
   * {@code hits} with each turn's other versions, the passages of {@code snippets} (by turn
   * document id, {@code ID/N}) given to the turns of other versions that have one.
   */
  List<Hit> annotate(List<Hit> hits, Map<String, String> snippets) {
    List<Hit> out = new ArrayList<>(hits.size());
    for (Hit hit : hits) {
      if (hit.turns().isEmpty()) {
        out.add(hit); // a hit without turns shown needs no version looked up
        continue;
      }
      List<TurnHit> turns = new ArrayList<>(hit.turns().size());
      for (TurnHit turn : hit.turns()) {
        turns.add(turn.withVersions(of(hit.id(), turn.number(), snippets)));
      }
      out.add(hit.withTurns(turns));
    }
    return out;
  }

  List<Hit> annotate(List<Hit> hits) {
    return annotate(hits, Map.of());
  }

  /** The turns of the other versions of publication {@code id} linked with its turn {@code turn}. */
  List<VersionTurn> of(String id, int turn, Map<String, String> snippets) {
    List<VersionTurn> out = new ArrayList<>();
    for (LanguageVersions.Version version : versionsOf(id)) {
      Optional<TurnAlignment> alignment = alignment(id, version.id());
      if (version.language() == null || alignment.isEmpty()) {
        continue;
      }
      for (Link link : alignment.get().turns()) {
        if (link.left().contains(turn) && !link.right().isEmpty()) {
          String snippet = link.right().stream().map(n -> snippets.get(Fields.turnId(version.id(), n)))
              .filter(s -> s != null).findFirst().orElse(null);
          out.add(new VersionTurn(version.language(), version.id(), link.right(),
              link.confidence(), snippet));
        }
      }
    }
    return out;
  }

  /** The latest version of publication {@code id}, read from the store once per search. */
  Optional<LanguageVersions.Latest> latest(String id) {
    return publications.computeIfAbsent(id, versions::latest);
  }
}
