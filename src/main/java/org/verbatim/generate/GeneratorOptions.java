package org.verbatim.generate;

import java.util.List;

/**
 * What the {@link Generator} writes and how often each form appears. Rates are probabilities from
 * 0 to 1; {@link #defaults()} gives the rates the round-trip test and {@code verbatim generate}
 * use.
 *
 * @param languages            page languages to choose from ({@code en}, {@code ru}), equally
 * @param minBytes             smallest page size in bytes
 * @param maxBytes             largest page size in bytes
 * @param sizeSkew             page sizes are {@code min·(max/min)^(u^sizeSkew)} for uniform u: 1
 *                             is log-uniform, larger values favour small pages more
 * @param htmlRate             share of pages written as HTML rather than text
 * @param topChromeRate        share of pages with site chrome above the header
 * @param bottomChromeRate     share of pages with site chrome below the text
 * @param lostColonRate        share of damageable labels ({@code Question}, full names) printed
 *                             without their colon
 * @param gluedLabelRate       share of the remaining damageable labels glued to the end of the
 *                             previous paragraph
 * @param notesRate            share of {@code Question} labels carrying a note
 *                             ({@code retranslated from French})
 * @param editorialRate        share of paragraphs with an editorial insertion {@code [...]}
 * @param listIntroductionRate share of paragraphs preceded by a sentence ending in a colon
 * @param markerRate           share of pages with a language marker line
 * @param bannerRate           share of English text pages carrying a mirror's crawl banner
 * @param zoneRate             share of ISO and {@code Month D, YYYY HH:MM} headers with a UTC offset
 * @param foreignMonthRate     share of English glued headers with French, German or Spanish months
 * @param cp1251Rate           share of Russian text pages encoded in Windows-1251
 * @param koi8Rate             share of Russian text pages encoded in KOI8-R
 * @param bomRate              share of UTF-8 pages starting with a byte order mark
 * @param crlfRate             share of text pages with CRLF line ends
 */
public record GeneratorOptions(
    List<String> languages,
    int minBytes,
    int maxBytes,
    double sizeSkew,
    double htmlRate,
    double topChromeRate,
    double bottomChromeRate,
    double lostColonRate,
    double gluedLabelRate,
    double notesRate,
    double editorialRate,
    double listIntroductionRate,
    double markerRate,
    double bannerRate,
    double zoneRate,
    double foreignMonthRate,
    double cp1251Rate,
    double koi8Rate,
    double bomRate,
    double crlfRate) {

  /** Room left under {@link #maxBytes} for what follows the last paragraph and for HTML markup. */
  static final int SIZE_MARGIN = 8 * 1024;

  public GeneratorOptions {
    languages = List.copyOf(languages);
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("At least one language is needed (allowed: en, ru)");
    }
    languages.forEach(Lang::ofCode);
    if (minBytes < 1024 || maxBytes - SIZE_MARGIN <= minBytes) {
      throw new IllegalArgumentException("Page sizes must satisfy 1024 <= min < max - "
          + SIZE_MARGIN + ": " + minBytes + ".." + maxBytes);
    }
    if (sizeSkew <= 0) {
      throw new IllegalArgumentException("sizeSkew must be positive: " + sizeSkew);
    }
  }

  /**
   * English and Russian pages of 2 KB to 200 KB (size skew 3: median about 4 KB, mean about
   * 18 KB, one page in twenty over 100 KB), with the rates documented above.
   */
  public static GeneratorOptions defaults() {
    return new GeneratorOptions(List.of("en", "ru"), 2 * 1024, 200 * 1024, 3.0,
        0.10, 0.30, 0.60, 0.02, 0.02, 0.05, 0.03, 0.02, 0.85, 0.05, 0.10, 0.10, 0.15, 0.05,
        0.10, 0.10);
  }

  /** The same options writing only {@code codes} ({@code en}, {@code ru}). */
  public GeneratorOptions withLanguages(List<String> codes) {
    return new GeneratorOptions(codes, minBytes, maxBytes, sizeSkew, htmlRate, topChromeRate,
        bottomChromeRate, lostColonRate, gluedLabelRate, notesRate, editorialRate,
        listIntroductionRate, markerRate, bannerRate, zoneRate, foreignMonthRate, cp1251Rate,
        koi8Rate, bomRate, crlfRate);
  }

  /** The same options with other label damage rates. */
  public GeneratorOptions withDamage(double lostColon, double glued) {
    return new GeneratorOptions(languages, minBytes, maxBytes, sizeSkew, htmlRate, topChromeRate,
        bottomChromeRate, lostColon, glued, notesRate, editorialRate, listIntroductionRate,
        markerRate, bannerRate, zoneRate, foreignMonthRate, cp1251Rate, koi8Rate, bomRate,
        crlfRate);
  }
}
