package org.verbatim.generate;

import java.util.ArrayList;
import java.util.List;

/** Site chrome a scraped page carries above and below its text: lines that are not the text. */
final class Chrome {

  private Chrome() {}

  private static final List<List<String>> EN_TOP = List.of(
      List.of("Print"), List.of("Font size"), List.of("Share"), List.of("Print", "Share"),
      List.of("Font size", "Print", "Share"));
  private static final List<List<String>> RU_TOP = List.of(
      List.of("Версия для печати"), List.of("Размер шрифта"), List.of("Поделиться"),
      List.of("Размер шрифта", "Версия для печати", "Поделиться"));

  /** Lines above the header, in the page's language. */
  static List<String> top(Lang lang, Dice dice) {
    return dice.pick(lang == Lang.EN ? EN_TOP : RU_TOP);
  }

  /** Lines below the text, in the page's language: material links, result counters, archives. */
  static List<String> bottom(Lang lang, Dice dice) {
    List<String> out = new ArrayList<>();
    if (lang == Lang.EN) {
      out.add("Additional materials");
      out.add("");
      int n = dice.weighted(List.of(1, 2, 12), 6, 2, 2);
      out.add(n == 1 ? "Showing 1 result." : "Showing " + n + " results.");
      out.add("Advanced settings");
      if (dice.chance(0.3)) {
        out.add("");
        int year = dice.between(2010, 2023);
        int first = dice.between(0, 6);
        for (int m = first; m < first + dice.between(3, 6); m++) {
          out.add(Months.ENGLISH.get(m) + " " + year);
        }
      }
    } else {
      out.add("Дополнительные материалы");
      out.add("");
      out.add("Расширенные настройки");
    }
    return out;
  }
}
