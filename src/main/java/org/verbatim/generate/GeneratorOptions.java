package org.verbatim.generate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@link Generator} writes and how often each form appears. Rates are probabilities from
 * 0 to 1; {@link #defaults()} gives the rates the round-trip test and {@code verbatim generate}
 * use.
 *
 * <p>Header forms are drawn by weight among the forms a page's language prints (English: all but
 * {@code RUSSIAN_LONG}; Russian: {@code GLUED}, {@code ISO}, {@code TIME_AND_ID},
 * {@code TITLE_ONLY}, {@code NONE}, {@code DASHED}, {@code DOTTED}, {@code RUSSIAN_LONG},
 * {@code METADATA}); language versions draw among those that print a time and no zone. Default
 * weights: {@code GLUED} 30, {@code MONTH_DAY_YEAR} 10, {@code ISO} 8, {@code TIME_AND_ID} 9,
 * {@code TITLE_ONLY} 12, {@code NONE} 3, every other form 6, {@code RUSSIAN_LONG} 8: most pages
 * still print today's mid.ru forms, and 10,000 pages hold a hundred or more of each new one.
 *
 * <p>Default rates of the {@link Form}s, each a share of the pages (or parts) its javadoc names:
 * chrome above the text 0.03 each ({@code GOV_BANNER} and {@code SUBSCRIPTION} 0.05 of English
 * text pages, {@code TYPE_LINE} 0.3 of English text speeches and press releases); the header
 * variants {@code ID_AFTER_TITLE} 0.4 and {@code ZONE_ABBREVIATION} 0.5; chrome below
 * 0.03 each ({@code TAG_LINES} 0.1 of the footers with {@code Additional materials}); title dates
 * 0.04 each ({@code TITLE_DATE_SHORT_YEAR} 0.08 of Russian dated titles); label forms 0.07 each
 * ({@code DASH_TURNS} 0.15, {@code GLUED_TO_TITLE} 0.3, {@code SALUTATION} 0.15); contents
 * layouts {@code CONTENTS_NONE} 0.1 of briefings, the four that list the questions 0.12 each of
 * briefings with answers; {@code CONTENTS_HEADING} and {@code CONTENTS_WIDE_GAP} 0.2 and
 * {@code CONTENTS_PAREN} 0.1 of briefings with a list. Each new form is then on one to four
 * pages in a hundred: 10,000 pages hold between about 150 and 500 of each.
 *
 * @param languages            page languages to choose from ({@code en}, {@code ru}), equally
 * @param minBytes             smallest page size in bytes
 * @param maxBytes             largest page size in bytes
 * @param sizeSkew             page sizes are {@code min·(max/min)^(u^sizeSkew)} for uniform u: 1
 *                             is log-uniform, larger values favour small pages more
 * @param htmlRate             share of pages written as HTML rather than text
 * @param topChromeRate        share of text pages with {@code Print}, {@code Share} or
 *                             {@code Font size} lines above the header
 * @param bottomChromeRate     share of text pages with an {@code Additional materials} footer
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
 * @param zoneRate             share of ISO, weekday and {@code Month D, YYYY HH:MM} headers with a
 *                             zone
 * @param foreignMonthRate     share of English glued headers with French, German or Spanish months
 * @param cp1251Rate           share of Russian text pages encoded in Windows-1251
 * @param koi8Rate             share of Russian text pages encoded in KOI8-R
 * @param bomRate              share of UTF-8 pages starting with a byte order mark
 * @param crlfRate             share of text pages with CRLF line ends
 * @param headerWeights        the weight of each header form (see above); a missing form is 0
 * @param rates                the rate of each {@link Form}; a missing form is 0
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
    double crlfRate,
    Map<HeaderForm, Double> headerWeights,
    Map<Form, Double> rates) {

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
    headerWeights = Map.copyOf(headerWeights);
    headerWeights.forEach((form, weight) -> {
      if (!(weight >= 0)) {
        throw new IllegalArgumentException("Header form weights must not be negative: " + form
            + " " + weight);
      }
    });
    if (headerWeights.getOrDefault(HeaderForm.GLUED, 0.0) <= 0) {
      throw new IllegalArgumentException("The GLUED header form needs a positive weight: every "
          + "language prints it, and language versions fall back to it");
    }
    rates = Map.copyOf(rates);
    rates.forEach((form, rate) -> {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("Rates must be from 0 to 1: " + form + " " + rate);
      }
    });
  }

  /**
   * English and Russian pages of 2 KB to 200 KB (size skew 3: median about 4 KB, mean about
   * 18 KB, one page in twenty over 100 KB), with the rates documented above.
   */
  public static GeneratorOptions defaults() {
    Map<HeaderForm, Double> weights = new EnumMap<>(HeaderForm.class);
    for (HeaderForm form : HeaderForm.values()) {
      weights.put(form, 6.0);
    }
    weights.putAll(Map.of(HeaderForm.GLUED, 30.0, HeaderForm.MONTH_DAY_YEAR, 10.0,
        HeaderForm.ISO, 8.0, HeaderForm.TIME_AND_ID, 9.0, HeaderForm.TITLE_ONLY, 12.0,
        HeaderForm.NONE, 3.0, HeaderForm.RUSSIAN_LONG, 8.0));
    Map<Form, Double> rates = new EnumMap<>(Form.class);
    put(rates, 0.03, Form.MASTHEAD, Form.LANGUAGE_SWITCHER, Form.ACCESSIBILITY, Form.BREADCRUMB,
        Form.CONTACT_LINES, Form.COUNTER, Form.SOCIAL_HANDLE, Form.JUMP_TO_CONTENT,
        Form.ARCHIVE_MONTHS, Form.READ_MORE, Form.COUNTRY_BULLETS, Form.PDF_CODES);
    put(rates, 0.05, Form.GOV_BANNER, Form.SUBSCRIPTION);
    put(rates, 0.4, Form.ID_AFTER_TITLE);
    put(rates, 0.5, Form.ZONE_ABBREVIATION);
    put(rates, 0.04, Form.TITLE_DATE_FULL_STOP, Form.TITLE_DATE_IN_BRACKETS,
        Form.TITLE_DATE_BEFORE_PLACE);
    put(rates, 0.07, Form.Q_A_WITHOUT_COLON, Form.POST_BEFORE_NAME, Form.NOTE_IN_LABEL,
        Form.TIMESTAMP_LABEL, Form.SPACED_INITIALS, Form.SINGLE_INITIAL, Form.OUTLET_QUESTIONER,
        Form.FULL_WIDTH_COLON);
    put(rates, 0.08, Form.TITLE_DATE_SHORT_YEAR);
    put(rates, 0.15, Form.DASH_TURNS, Form.SALUTATION);
    put(rates, 0.3, Form.GLUED_TO_TITLE, Form.TYPE_LINE);
    put(rates, 0.1, Form.CONTENTS_NONE, Form.CONTENTS_PAREN, Form.TAG_LINES);
    put(rates, 0.12, Form.CONTENTS_ANSWERS_ITEM, Form.CONTENTS_ANSWERS_LINE,
        Form.CONTENTS_FROM_ANSWERS, Form.CONTENTS_DASH_THEN_NUMBERED);
    put(rates, 0.2, Form.CONTENTS_HEADING, Form.CONTENTS_WIDE_GAP);
    return new GeneratorOptions(List.of("en", "ru"), 2 * 1024, 200 * 1024, 3.0,
        0.10, 0.30, 0.60, 0.02, 0.02, 0.05, 0.03, 0.02, 0.85, 0.05, 0.10, 0.10, 0.15, 0.05,
        0.10, 0.10, weights, rates);
  }

  private static void put(Map<Form, Double> rates, double rate, Form... forms) {
    for (Form form : forms) {
      rates.put(form, rate);
    }
  }

  /** The rate of {@code form}: a share of the pages or parts its javadoc names. */
  public double rate(Form form) {
    return rates.getOrDefault(form, 0.0);
  }

  /** The weight of {@code form} among the header forms a page can print. */
  public double headerWeight(HeaderForm form) {
    return headerWeights.getOrDefault(form, 0.0);
  }

  /** The same options writing only {@code codes} ({@code en}, {@code ru}). */
  public GeneratorOptions withLanguages(List<String> codes) {
    return new GeneratorOptions(codes, minBytes, maxBytes, sizeSkew, htmlRate, topChromeRate,
        bottomChromeRate, lostColonRate, gluedLabelRate, notesRate, editorialRate,
        listIntroductionRate, markerRate, bannerRate, zoneRate, foreignMonthRate, cp1251Rate,
        koi8Rate, bomRate, crlfRate, headerWeights, rates);
  }

  /** The same options with other label damage rates. */
  public GeneratorOptions withDamage(double lostColon, double glued) {
    return new GeneratorOptions(languages, minBytes, maxBytes, sizeSkew, htmlRate, topChromeRate,
        bottomChromeRate, lostColon, glued, notesRate, editorialRate, listIntroductionRate,
        markerRate, bannerRate, zoneRate, foreignMonthRate, cp1251Rate, koi8Rate, bomRate,
        crlfRate, headerWeights, rates);
  }

  /** The same options with {@code form} at {@code rate}. */
  public GeneratorOptions withRate(Form form, double rate) {
    Map<Form, Double> changed = new EnumMap<>(Form.class);
    changed.putAll(rates);
    changed.put(form, rate);
    return new GeneratorOptions(languages, minBytes, maxBytes, sizeSkew, htmlRate, topChromeRate,
        bottomChromeRate, lostColonRate, gluedLabelRate, notesRate, editorialRate,
        listIntroductionRate, markerRate, bannerRate, zoneRate, foreignMonthRate, cp1251Rate,
        koi8Rate, bomRate, crlfRate, headerWeights, changed);
  }
}
