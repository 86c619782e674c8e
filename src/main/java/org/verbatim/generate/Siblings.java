package org.verbatim.generate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.Kind;

/**
 * What two language versions of one publication share: pages {@code 2k} and {@code 2k+1} of a
 * run are such a pair when a coin seeded by the run's seed and {@code 2k} says so. Page {@code 2k}
 * is in {@link #first}, page {@code 2k+1} in the other language; both print the same kind,
 * published date and time, event date and place, principal speaker and language marker tags, so
 * the archive groups them as versions of each other. Their texts are not translations.
 *
 * @param first        the language of the even page of the pair
 * @param kind         the kind both titles give
 * @param published    the date both headers print
 * @param time         the time both headers print (never a zone)
 * @param titleDate    the date both titles end with, or null
 * @param place        the index of the place both titles name (in {@link Words#places()}), or -1
 * @param spokesperson whether the principal speaker is a spokesperson
 * @param personSeed   the seed of the principal speaker, the same person in both languages
 * @param versions     the tags of both marker lines, in printed order, both languages' among them
 */
record Siblings(Lang first, Kind kind, LocalDate published, LocalTime time, LocalDate titleDate,
    int place, boolean spokesperson, long personSeed, List<String> versions) {

  /** Share of page pairs that are two language versions of one publication. */
  static final double RATE = 0.3;
  private static final long SALT = 0x51B1_1A65_0FC0_FFEEL;

  /**
   * The facts page {@code index} shares with its sibling, or null when it has none: when the
   * run writes both English and Russian pages and the coin of the pair says so.
   */
  static Siblings of(long seed, int index, List<Lang> languages, List<Kind> kinds,
      double[] kindWeights, LocalDate firstDay, List<String> otherTags) {
    if (!languages.contains(Lang.EN) || !languages.contains(Lang.RU)) {
      return null;
    }
    Dice dice = new Dice(Dice.pageSeed(seed, index - index % 2) ^ SALT);
    if (!dice.chance(RATE)) {
      return null;
    }
    Lang first = dice.chance(0.5) ? Lang.EN : Lang.RU;
    Kind kind = dice.weighted(kinds, kindWeights);
    LocalDate published = firstDay.plusDays(dice.between(0, 20 * 365));
    LocalTime time = LocalTime.of(dice.between(0, 23), dice.between(0, 59));
    LocalDate titleDate = dice.chance(0.85)
        ? published.minusDays(dice.weighted(List.of(0, 1, 2), 8, 1, 1)) : null;
    int place = titleDate != null && dice.chance(0.85)
        ? dice.between(0, Words.of(Lang.EN).places().size() - 1) : -1;
    boolean spokesperson = kind == Kind.BRIEFING || kind == Kind.COMMENT && dice.chance(0.7);
    long personSeed = Dice.pageSeed(seed ^ SALT, index - index % 2);
    List<String> versions = new ArrayList<>(List.of(first.versionTag, other(first).versionTag));
    int n = dice.between(2, 5);
    while (versions.size() < n) {
      String tag = dice.pick(otherTags);
      if (!versions.contains(tag)) {
        versions.add(dice.between(0, versions.size()), tag);
      }
    }
    return new Siblings(first, kind, published, time, titleDate, place, spokesperson,
        personSeed, List.copyOf(versions));
  }

  /** The language of page {@code index} of the pair. */
  Lang lang(int index) {
    return index % 2 == 0 ? first : other(first);
  }

  private static Lang other(Lang lang) {
    return lang == Lang.EN ? Lang.RU : Lang.EN;
  }
}
