package org.verbatim.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.verbatim.input.RawPage;
import org.verbatim.internal.Hashes;
import org.verbatim.model.Kind;
import org.verbatim.model.Publication;
import org.verbatim.model.Source;

/**
 * Writes synthetic transcript pages in the formats real pages take, each with the publication
 * the parser must read from it:
 *
 * <pre>{@code
 * Generator generator = new Generator(GeneratorOptions.defaults());
 * GeneratedPage page = generator.page(42, 0);      // the same bytes for the same seed and index
 * page.truth().turns();                            // what Parser must find in page.bytes()
 * }</pre>
 *
 * <p>Each page is planned first (its title, header, participants, sections and turns, and its
 * layout), then printed, recording the line of every warning while printing. The text is made
 * from our own vocabulary; every speaker is invented. Page {@code i} depends only on the seed
 * and {@code i}. About three pairs of pages {@code 2k, 2k+1} in ten are an English and a Russian
 * version of one publication (see {@link Siblings}): the same kind, published date and time,
 * event, principal speaker and marker tags, so the archive links them. Thread-safe.
 */
public final class Generator {

  // Shares of kinds, in Kind order: interview 25, briefing 15, remarks 15, speech 9,
  // statement 8, article 7, comment 8, press release 6, other 7 (per cent).
  private static final List<Kind> KINDS = List.of(Kind.values());
  private static final double[] KIND_WEIGHTS = {25, 15, 15, 9, 8, 7, 8, 6, 7};
  private static final List<String> OTHER_TAGS =
      List.of("en-GB", "ru-RU", "fr-FR", "de-DE", "es-ES", "ar-AE", "zh-CN", "pt-PT");
  private static final Charset KOI8_R = Charset.forName("KOI8-R");
  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  private static final LocalDate FIRST_DAY = LocalDate.of(2005, 1, 1);

  private final GeneratorOptions options;
  private final List<Lang> languages;
  private final boolean favourites;

  public Generator(GeneratorOptions options) {
    this(options, false);
  }

  private Generator(GeneratorOptions options, boolean favourites) {
    this.options = options;
    this.languages = options.languages().stream().map(Lang::ofCode).distinct().toList();
    this.favourites = favourites;
  }

  /**
   * The same generator, whose principal speakers end each paragraph with a sentence naming their
   * {@link FavouriteTerms}: a speaker's distinctive words, for tests of keyness. The dice are
   * drawn as without it, so the pages differ only by those sentences.
   */
  public Generator withFavouriteTerms() {
    return new Generator(options, true);
  }

  /** Pages {@code 0..count-1} of the run seeded with {@code seed}, in order. */
  public Stream<GeneratedPage> pages(long seed, int count) {
    return IntStream.range(0, count).mapToObj(i -> page(seed, i));
  }

  /** Page {@code index} of the run seeded with {@code seed}. */
  public GeneratedPage page(long seed, int index) {
    Dice dice = new Dice(Dice.pageSeed(seed, index));
    Siblings siblings = Siblings.of(seed, index, languages, KINDS, KIND_WEIGHTS, FIRST_DAY,
        OTHER_TAGS);
    Set<Form> forms = EnumSet.noneOf(Form.class);
    PagePlan plan = plan(dice, siblings, index, forms);
    TextLayout.Printed printed = TextLayout.print(plan);
    byte[] bytes = plan.format() == RawPage.Format.HTML
        ? HtmlLayout.print(plan, printed).getBytes(StandardCharsets.UTF_8)
        : encode(printed.text(), plan);
    String name = String.format(Locale.ROOT, "%05d_%s_%s.%s", index, plan.lang().code,
        plan.title().kind().code(), plan.format() == RawPage.Format.HTML ? "html" : "txt");
    Title title = plan.title();
    String place = title.place() != null ? title.place() : plan.header().place();
    Publication truth = new Publication(title.text(), title.kind(), plan.header().published(),
        title.eventDate(), place, plan.lang().code, plan.languageVersions(),
        title.participants(), title.outlets(), plan.body().sections(), printed.turns(),
        printed.warnings(),
        new Source(plan.format().code(), name, null, Hashes.sha256Hex(bytes)));
    return new GeneratedPage(name, plan.format(), bytes, truth, plan.header().form(), forms);
  }

  /**
   * Plans a page from its dice; a page with {@code siblings} takes the facts it shares with its
   * other language version from them and its own text from its dice.
   */
  private PagePlan plan(Dice dice, Siblings siblings, int index, Set<Form> forms) {
    Lang drawnLang = dice.pick(languages);
    Lang lang = siblings != null ? siblings.lang(index) : drawnLang;
    Prose prose = new Prose(Words.of(lang), dice);
    Kind drawnKind = dice.weighted(KINDS, KIND_WEIGHTS);
    Kind kind = siblings != null ? siblings.kind() : drawnKind;
    boolean html = dice.chance(options.htmlRate());
    RawPage.Format format = html ? RawPage.Format.HTML : RawPage.Format.TEXT;
    Charset charset = StandardCharsets.UTF_8;
    if (!html && lang == Lang.RU) {
      double x = dice.unit();
      charset = x < options.koi8Rate() ? KOI8_R
          : x < options.koi8Rate() + options.cp1251Rate() ? WINDOWS_1251 : StandardCharsets.UTF_8;
      // A language version prints its marker line, which KOI8-R cannot encode (the bullet).
      if (siblings != null && charset.equals(KOI8_R)) {
        charset = WINDOWS_1251;
      }
    }
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    boolean bom = !html && utf8 && dice.chance(options.bomRate());
    boolean crlf = !html && dice.chance(options.crlfRate());

    HeaderForm form = headerForm(lang, siblings != null, utf8, dice);
    LocalDate drawnDay = FIRST_DAY.plusDays(dice.between(0, 20 * 365));
    LocalDate published = siblings != null ? siblings.published() : drawnDay;
    LocalDate drawnTitleDate = switch (form) {
      case TITLE_ONLY -> published;
      case NONE -> null;
      default -> dice.chance(0.85) ? published.minusDays(dice.weighted(List.of(0, 1, 2), 8, 1, 1))
          : null;
    };
    LocalDate titleDate = siblings != null ? siblings.titleDate() : drawnTitleDate;
    boolean banner = lang == Lang.EN && !html && form != HeaderForm.NONE
        && dice.chance(options.bannerRate());
    boolean withPlace = dice.chance(0.85);
    Title title = siblings == null
        ? Title.invent(lang, kind, titleDate, withPlace, !charset.equals(KOI8_R), prose, dice,
            options, forms)
        : Title.invent(lang, kind, titleDate, siblings.place() >= 0, !charset.equals(KOI8_R),
            prose, dice, options, forms,
            Person.sibling(lang, siblings.spokesperson(), siblings.personSeed()),
            siblings.place() >= 0 ? Words.of(lang).places().get(siblings.place()) : null);
    Header header = Header.invent(lang, form, banner, options, forms, published,
        siblings != null ? siblings.time() : null, title.place(), prose, dice);

    long target = Math.round(options.minBytes() * Math.pow(
        (double) (options.maxBytes() - GeneratorOptions.SIZE_MARGIN) / options.minBytes(),
        Math.pow(dice.unit(), options.sizeSkew())));
    Budget budget = new Budget(target, utf8);
    // A label glued to the headline needs the headline to end with its date and to be the last
    // line before the body: no date line after it, and no marker line (then left out).
    boolean mayGlue = !html && siblings == null && title.endsWithDate()
        && header.afterTitle().isEmpty() && form != HeaderForm.TITLE_ONLY;
    Body body = new BodyPlanner(lang, title, options, prose, dice, budget, charset, html, forms)
        .favouringTerms(favourites)
        .plan(mayGlue);
    boolean glued = body.turns().get(0).damage() == TurnPlan.Damage.TITLE;

    List<String> versions = new ArrayList<>();
    String marker = null;
    boolean wantsMarker = !charset.equals(KOI8_R) && dice.chance(options.markerRate());
    if (siblings != null || wantsMarker && !glued) {
      if (siblings != null) {
        versions.addAll(siblings.versions());
      } else {
        int n = dice.between(2, 5);
        versions.add(lang.versionTag);
        while (versions.size() < n) {
          String tag = dice.pick(OTHER_TAGS);
          if (!versions.contains(tag)) {
            versions.add(dice.between(0, versions.size()), tag);
          }
        }
      }
      // HTML pages: the extraction writes the marker line as "• tags" itself.
      StringBuilder line = new StringBuilder(!html && dice.chance(0.7) ? "  • " : "• ");
      for (int i = 0; i < versions.size(); i++) {
        line.append(i == 0 ? "" : " ").append(versions.get(i))
            .append(dice.chance(0.9) ? 1 : dice.between(2, 3));
      }
      marker = line.toString();
    }

    List<String> top = html ? List.of()
        : Chrome.top(lang, kind, charset, options, forms, prose, dice);
    List<String> bottom = html ? List.of()
        : Chrome.bottom(lang, charset, options, forms, prose, dice);
    // An HTML page's extracted text has one blank line after each block: print it so, and the
    // line numbers of the text layout are those of the extraction.
    int blanksAfterTitle = html ? 1 : dice.between(1, 2);
    boolean spacedTopicList = !html && dice.chance(0.2);
    return new PagePlan(lang, format, charset, bom, crlf, top, header, title, marker, versions,
        blanksAfterTitle, spacedTopicList, body, bottom);
  }

  /**
   * A header form drawn by weight among those {@code lang} prints; a language version's among
   * those printing a time and no zone ({@link HeaderForm#GLUED} when it draws another), and the
   * Chinese date only on UTF-8 pages.
   */
  private HeaderForm headerForm(Lang lang, boolean sibling, boolean utf8, Dice dice) {
    List<HeaderForm> forms = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (HeaderForm form : HeaderForm.values()) {
      if (Header.prints(lang, form)) {
        forms.add(form);
        weights.add(options.headerWeight(form));
      }
    }
    HeaderForm form = dice.weighted(forms,
        weights.stream().mapToDouble(Double::doubleValue).toArray());
    boolean fits = (!sibling || Header.printsTime(form))
        && (utf8 || form != HeaderForm.CHINESE);
    return fits ? form : HeaderForm.GLUED;
  }

  private static byte[] encode(String text, PagePlan plan) {
    if (plan.crlf()) {
      text = text.replace("\n", "\r\n");
    }
    Charset charset = plan.charset();
    // KOI8-R lacks a few characters a page may still hold (the en dash of a topic list): such a
    // page is written in UTF-8, so the legacy share is a little under the configured rate.
    if (!charset.newEncoder().canEncode(text)) {
      charset = StandardCharsets.UTF_8;
    }
    byte[] body = text.getBytes(charset);
    if (!plan.bom() || !charset.equals(StandardCharsets.UTF_8)) {
      return body;
    }
    byte[] out = new byte[body.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(body, 0, out, 3, body.length);
    return out;
  }
}
