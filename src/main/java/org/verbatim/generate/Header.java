package org.verbatim.generate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.Published;

/**
 * The date lines at the top of a page and the publication date they give.
 *
 * @param form      which form they take
 * @param banner    an embassy mirror's crawl banner printed before them (not a date to read)
 * @param lines     the lines as printed, banner first
 * @param published what the parser must report, or null for {@link HeaderForm#NONE}
 */
record Header(HeaderForm form, boolean banner, List<String> lines, Published published) {

  /**
   * A header of {@code form} for a page published at {@code date} {@code time}; with
   * {@link HeaderForm#TITLE_ONLY} the published date is {@code date} alone (the title's date).
   */
  static Header invent(Lang lang, HeaderForm form, boolean banner, double zoneRate,
      double foreignMonthRate, LocalDate date, Dice dice) {
    return invent(lang, form, banner, zoneRate, foreignMonthRate, date, null, dice);
  }

  /**
   * A header as above; when {@code fixedTime} is not null the header prints that time, and
   * no zone ({@code zoneRate} is then ignored): a language version's header, which must give
   * the same date-time as its sibling's. {@code form} must then print a time.
   */
  static Header invent(Lang lang, HeaderForm form, boolean banner, double zoneRate,
      double foreignMonthRate, LocalDate date, LocalTime fixedTime, Dice dice) {
    if (fixedTime != null && (form == HeaderForm.TITLE_ONLY || form == HeaderForm.NONE)) {
      throw new IllegalArgumentException("A header of form " + form + " prints no time");
    }
    LocalTime drawn = LocalTime.of(dice.between(0, 23), dice.between(0, 59));
    LocalTime time = fixedTime != null ? fixedTime : drawn;
    double zones = fixedTime != null ? 0 : zoneRate;
    List<String> lines = new ArrayList<>();
    if (banner) {
      LocalDate crawled = date.plusDays(dice.between(30, 900));
      lines.add(crawled.getDayOfMonth() + " " + Months.name(Months.ENGLISH, crawled) + " "
          + crawled.getYear());
      lines.add("Moscow: " + hhmm(LocalTime.of(dice.between(0, 23), dice.between(0, 59))));
      lines.add("London: " + hhmm(LocalTime.of(dice.between(0, 23), dice.between(0, 59))));
    }
    Published published = Published.of(date, time);
    switch (form) {
      case GLUED -> {
        List<String> months = lang == Lang.RU ? Months.RUSSIAN
            : dice.chance(foreignMonthRate)
                ? dice.pick(List.of(Months.FRENCH, Months.GERMAN, Months.SPANISH))
                : Months.ENGLISH;
        lines.add(date.getDayOfMonth() + " " + Months.name(months, date) + " " + date.getYear()
            + hhmm(time));
      }
      case MONTH_DAY_YEAR -> {
        String day = Months.englishLong(date);
        int variant = dice.between(fixedTime != null ? 1 : 0, 2);
        if (variant == 0) {
          lines.add(day);
          published = Published.of(date);
        } else if (variant == 1) {
          ZoneOffset zone = dice.chance(zones) ? ZoneOffset.ofHours(dice.between(1, 5)) : null;
          lines.add(day + " " + hhmm(time)
              + (zone == null ? "" : " (GMT+" + zone.getTotalSeconds() / 3600 + ")"));
          published = new Published(date, time, zone);
        } else {
          lines.add(day);
          lines.add(hhmm(time));
        }
      }
      case ISO -> {
        ZoneOffset zone = dice.chance(zones) ? ZoneOffset.ofHours(dice.between(1, 5)) : null;
        lines.add(date + " " + hhmm(time) + (zone == null ? "" : " " + zone.getId()));
        published = new Published(date, time, zone);
      }
      case TIME_AND_ID -> {
        lines.add(hhmm(time));
        lines.add(dice.between(1, 2999) + "-" + two(date.getDayOfMonth()) + "-"
            + two(date.getMonthValue()) + "-" + date.getYear());
      }
      case TITLE_ONLY -> published = Published.of(date);
      case NONE -> published = null;
    }
    return new Header(form, banner, List.copyOf(lines), published);
  }

  private static String hhmm(LocalTime time) {
    return two(time.getHour()) + ":" + two(time.getMinute());
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}
