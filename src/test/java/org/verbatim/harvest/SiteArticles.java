package org.verbatim.harvest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;

/**
 * The articles a {@link LoopbackSite} shows, written by our generator as HTML pages: the content
 * of a page's {@code <main>} (its date line, its {@code <h1>} title and the transcript) becomes
 * the site's {@code <div class="article">}, and the generator's own chrome is left out for the
 * site's. Document {@code id} in English is page {@code id} of an English-only generator, in
 * Russian page {@code id} of a Russian-only one: two unrelated publications, which the site
 * presents as language versions of one another. A page without a date line before its title
 * (some header forms print none, or print it after the title) is passed over for the next page
 * of the same number modulo {@value #STRIDE}, so every article has a date element.
 *
 * <p>Pages are generated on first use and kept, so a site of thousands of documents starts at
 * once. Thread-safe.
 */
final class SiteArticles {

  /** An article: its title as plain text and the HTML inside {@code <div class="article">}. */
  record Article(String title, String html) {}

  private static final int STRIDE = 10_000_000;
  private static final int ATTEMPTS = 100;
  private static final int DONORS = 8_000_000;
  private static final int FAULTS = 9_000_000;
  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  private static final Pattern PARAGRAPH = Pattern.compile("<p>([^<]*)</p>");

  private final long seed;
  private final Map<String, Generator> generators;
  private final ConcurrentMap<String, Article> cache = new ConcurrentHashMap<>();

  SiteArticles(long seed) {
    this.seed = seed;
    this.generators = Map.of("en", new Generator(htmlOnly("en")), "ru",
        new Generator(htmlOnly("ru")));
  }

  /** The generator's default options, writing only HTML pages in {@code lang}. */
  private static GeneratorOptions htmlOnly(String lang) {
    GeneratorOptions d = GeneratorOptions.defaults();
    return new GeneratorOptions(List.of(lang), d.minBytes(), d.maxBytes(), d.sizeSkew(), 1.0,
        d.topChromeRate(), d.bottomChromeRate(), d.lostColonRate(), d.gluedLabelRate(),
        d.notesRate(), d.editorialRate(), d.listIntroductionRate(), d.markerRate(),
        d.bannerRate(), d.zoneRate(), d.foreignMonthRate(), d.cp1251Rate(), d.koi8Rate(),
        d.bomRate(), d.crlfRate(), d.headerWeights(), d.rates());
  }

  /** Document {@code id} in {@code lang} ({@code en}, {@code ru}). */
  Article document(String lang, int id) {
    if (id <= 0 || id >= DONORS) {
      throw new IllegalArgumentException("Document ids run from 1 to " + (DONORS - 1) + ": " + id);
    }
    return article(lang, id, false);
  }

  /**
   * The article behind fault page {@code number} (busy, unavailable…); with
   * {@code windows1251}, one whose text Windows-1251 can encode.
   */
  Article fault(int number, String lang, boolean windows1251) {
    return article(lang, FAULTS + number, windows1251);
  }

  /**
   * A paragraph of another generated page, which revision {@code revision} of document
   * {@code id} adds to its text: a paragraph with no label, so it continues the last turn.
   */
  String revisionParagraph(String lang, int id, int revision) {
    int donor = DONORS + Math.floorMod(id * 31 + revision, 900_000);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Matcher m = PARAGRAPH.matcher(article(lang, donor + attempt * STRIDE, false).html());
      while (m.find()) {
        String text = m.group(1);
        boolean unlabelled = !text.startsWith("•") && !text.startsWith("—")
            && !text.startsWith("-") && !text.contains(":") && !text.contains("：");
        if (unlabelled && text.length() > 40) {
          return m.group();
        }
      }
    }
    throw new IllegalStateException("No unlabelled paragraph in " + ATTEMPTS
        + " pages after page " + donor);
  }

  private Article article(String lang, int index, boolean windows1251) {
    String key = lang + ":" + index + (windows1251 ? ":1251" : "");
    return cache.computeIfAbsent(key, k -> generate(lang, index, windows1251));
  }

  private Article generate(String lang, int index, boolean windows1251) {
    Generator generator = generators.get(lang);
    if (generator == null) {
      throw new IllegalArgumentException("Unknown language: '" + lang + "' (allowed: en, ru)");
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      GeneratedPage page = generator.page(seed, index + attempt * STRIDE);
      String html = new String(page.bytes(), StandardCharsets.UTF_8);
      int start = html.indexOf("<main>\n");
      int end = html.indexOf("</main>");
      if (start < 0 || end < start) {
        throw new IllegalStateException("The generator's HTML page " + page.fileName()
            + " has no <main> element");
      }
      String main = html.substring(start + "<main>\n".length(), end);
      int date = main.indexOf("<div class=\"date\">");
      boolean dated = date >= 0 && date < main.indexOf("<h1>");
      if (dated && (!windows1251 || WINDOWS_1251.newEncoder().canEncode(main))) {
        return new Article(page.truth().title(), main);
      }
    }
    throw new IllegalStateException("No suitable page among " + ATTEMPTS + " after page "
        + index + " in " + lang);
  }
}
