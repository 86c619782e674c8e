package org.verbatim.generate;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.verbatim.model.Kind;

/**
 * Site chrome a scraped text page carries above and below its text: lines that are not the text.
 * Each form of {@link Form}'s chrome appears at its own rate; only lines the page's charset can
 * encode are printed. Site and organisation names are invented; the fixed strings are the forms
 * real sites print.
 */
final class Chrome {

  private Chrome() {}

  private static final List<List<String>> EN_TOP = List.of(
      List.of("Print"), List.of("Font size"), List.of("Share"), List.of("Print", "Share"),
      List.of("Font size", "Print", "Share"));
  private static final List<List<String>> RU_TOP = List.of(
      List.of("Версия для печати"), List.of("Размер шрифта"), List.of("Поделиться"),
      List.of("Размер шрифта", "Версия для печати", "Поделиться"));
  private static final List<String> SWITCHERS = List.of("عربي Español Русский Français 简体中文",
      "中文 العربي Contact Us Links", "English Русский Français Deutsch Español",
      "English Русский", "Русский English");
  private static final List<String> GOV_BANNER = List.of(
      "An official website of the United States government", "Here’s how you know",
      "Official websites use .gov",
      "A .gov website belongs to an official government organization in the United States.",
      "Secure .gov websites use HTTPS");
  private static final List<String> EN_ORGANISATIONS = List.of("Council of the Northern Seas",
      "Organisation for Arctic Cooperation", "Forum of River Basin States",
      "Commission on Water Security");
  private static final List<String> RU_ORGANISATIONS = List.of("Совет северных морей",
      "Организация арктического сотрудничества", "Форум государств речных бассейнов");

  /** Lines above the header: the page's site furniture, top to bottom. */
  static List<String> top(Lang lang, Kind kind, Charset charset, GeneratorOptions options,
      Set<Form> forms, Prose prose, Dice dice) {
    boolean en = lang == Lang.EN;
    Lines out = new Lines(charset, dice);
    Words.Country country = prose.country();
    // Addresses and handles are Latin whatever the page's language.
    String latin = dice.pick(Words.ENGLISH.countries()).name();
    if (out.wants(Form.JUMP_TO_CONTENT, options, forms)) {
      out.group(en ? "Jump to content" : "Перейти к содержанию");
    }
    if (en && out.wants(Form.GOV_BANNER, options, forms)) {
      out.group(GOV_BANNER.subList(0, dice.chance(0.5) ? 2 : GOV_BANNER.size()));
    }
    if (out.wants(Form.MASTHEAD, options, forms)) {
      out.group(masthead(en, country, prose.place(), dice));
    }
    if (out.wants(Form.LANGUAGE_SWITCHER, options, forms)) {
      out.group(dice.pick(SWITCHERS.stream().filter(out::encodable).toList()));
    }
    if (out.wants(Form.ACCESSIBILITY, options, forms)) {
      out.group(en ? List.of("View settings", "Font size:", "Site colours:")
          : List.of("Версия для слабовидящих", "Размер шрифта:", "Цвета сайта:"));
    }
    if (out.wants(Form.CONTACT_LINES, options, forms)) {
      String phone = "+44 20 7946 0" + dice.between(100, 999);
      String mail = "consular@" + latin.toLowerCase(Locale.ROOT) + "-embassy.example";
      out.group(en ? List.of("Consular queries:", phone, "E-mail: " + mail)
          : List.of("Консульские вопросы:", phone, "Эл. почта: " + mail));
    }
    if (out.wants(Form.COUNTER, options, forms)) {
      out.group(counter(en, dice));
    }
    if (out.wants(Form.SOCIAL_HANDLE, options, forms)) {
      out.group("@" + latin + dice.pick(List.of("MFA", "Embassy", "Mission")));
    }
    if (en && out.wants(Form.SUBSCRIPTION, options, forms)) {
      out.group(dice.pick(List.of(
          "Subscribe to Transcript Digest to receive new transcripts by e-mail",
          "Get the latest statements from Harbour Wire delivered to your inbox")));
    }
    if (dice.chance(options.topChromeRate())) {
      out.group(dice.pick(en ? EN_TOP : RU_TOP));
    }
    if (out.wants(Form.BREADCRUMB, options, forms)) {
      out.group(dice.pick(en
          ? List.of("Home \\ Statements and speeches \\", "Home > Press service > Transcripts")
          : List.of("Главная \\ Выступления и статьи \\", "Главная > Пресс-служба > Стенограммы")));
    }
    boolean typed = en && (kind == Kind.SPEECH || kind == Kind.PRESS_RELEASE);
    if (typed && out.wants(Form.TYPE_LINE, options, forms)) {
      out.group(kind == Kind.SPEECH ? "Speech" : "Press release");
    }
    return out.lines();
  }

  private static List<String> masthead(boolean en, Words.Country country, Words.Place place,
      Dice dice) {
    return switch (dice.between(0, 2)) {
      case 0 -> en ? List.of("Ministry of Foreign Affairs of the Republic of " + country.name(),
              "official site")
          : List.of("Министерство иностранных дел Республики " + country.genitive(),
              "официальный сайт");
      case 1 -> List.of(en ? "Embassy of the Republic of " + country.name() + " " + place.in()
          : "Посольство Республики " + country.genitive() + " " + place.in());
      default -> {
        String mission = en ? "Permanent Mission of " + country.name() + " to the United Nations"
            : "Постоянное представительство " + country.genitive() + " при ООН";
        yield List.of(mission, mission);
      }
    };
  }

  private static List<String> counter(boolean en, Dice dice) {
    String days = dice.between(100, 999) + " days have passed since the consular section "
        + "was closed";
    return switch (dice.between(0, 3)) {
      case 0 -> List.of(en ? days : String.valueOf(dice.between(1, 999)));
      case 1 -> List.of(en ? days + " " + dice.between(100, 999)
          + " days have passed since the last reply to our note" : "Просмотров: "
          + dice.between(10, 9999));
      case 2 -> List.of(String.valueOf(dice.pick(List.of(0, dice.between(1, 999)))));
      default -> List.of("Views: " + dice.between(10, 9999));
    };
  }

  /** Lines below the text: material links, tags, result counters, archives, links, PDF codes. */
  static List<String> bottom(Lang lang, Charset charset, GeneratorOptions options,
      Set<Form> forms, Prose prose, Dice dice) {
    boolean en = lang == Lang.EN;
    Lines out = new Lines(charset, dice);
    if (out.wants(Form.READ_MORE, options, forms)) {
      out.group(out.encodable("Read more »") ? en ? "Read more »" : "Читать далее »"
          : en ? "Read more" : "Читать далее");
    }
    if (dice.chance(options.bottomChromeRate())) {
      List<String> block = new ArrayList<>();
      block.add(en ? "Additional materials" : "Дополнительные материалы");
      block.add("");
      if (out.wants(Form.TAG_LINES, options, forms)) {
        int n = dice.between(1, 4);
        for (int i = 0; i < n; i++) {
          block.add(dice.chance(0.5) ? prose.country().name()
              : dice.pick(en ? EN_ORGANISATIONS : RU_ORGANISATIONS));
        }
        block.add("");
      }
      if (en) {
        int n = dice.weighted(List.of(1, 2, 12), 6, 2, 2);
        block.add(n == 1 ? "Showing 1 result." : "Showing " + n + " results.");
        block.add("Advanced settings");
        if (dice.chance(0.3)) {
          block.add("");
          int year = dice.between(2010, 2023);
          int first = dice.between(0, 6);
          for (int m = first; m < first + dice.between(3, 6); m++) {
            block.add(Months.ENGLISH.get(m) + " " + year);
          }
        }
      } else {
        block.add("Расширенные настройки");
      }
      out.group(block);
    }
    if (out.wants(Form.ARCHIVE_MONTHS, options, forms)) {
      List<String> months = new ArrayList<>();
      int year = dice.between(2010, 2023);
      for (int m = dice.between(5, 11); m >= 0 && months.size() < 4; m--) {
        months.add((en ? Months.ENGLISH : Months.RUSSIAN_NOMINATIVE).get(m) + " " + year + " ("
            + dice.between(1, 12) + ")");
      }
      out.group(months);
    }
    if (out.encodable("•") && out.wants(Form.COUNTRY_BULLETS, options, forms)) {
      out.group(en ? List.of("  • Flag", "  • Arms", "  • Anthem", "  • Bilateral relations")
          : List.of("  • Флаг", "  • Герб", "  • Гимн", "  • Двусторонние отношения"));
    }
    if (out.wants(Form.PDF_CODES, options, forms)) {
      String code = "S/PV." + dice.between(7000, 9999);
      String number = Months.two(dice.between(5, 23)) + "-" + dice.between(10000, 99999);
      out.group(dice.chance(0.5) ? List.of(code, number) : List.of(number, code));
    }
    return out.lines();
  }

  /** Chrome lines being collected: groups, with or without a blank line between them. */
  private static final class Lines {

    private final List<String> lines = new ArrayList<>();
    private final CharsetEncoder encoder;
    private final Dice dice;

    Lines(Charset charset, Dice dice) {
      this.encoder = charset.newEncoder();
      this.dice = dice;
    }

    /** Draws whether the page has {@code form}, and records it when it has. */
    boolean wants(Form form, GeneratorOptions options, Set<Form> forms) {
      if (!dice.chance(options.rate(form))) {
        return false;
      }
      forms.add(form);
      return true;
    }

    boolean encodable(String text) {
      return encoder.canEncode(text);
    }

    void group(String line) {
      group(List.of(line));
    }

    void group(List<String> group) {
      if (!lines.isEmpty() && dice.chance(0.5)) {
        lines.add("");
      }
      lines.addAll(group);
    }

    List<String> lines() {
      return List.copyOf(lines);
    }
  }
}
