package org.verbatim.generate;

import static org.verbatim.generate.Months.hhmm;
import static org.verbatim.generate.Months.two;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.verbatim.model.Published;

/**
 * The date lines of a page and the publication date they give.
 *
 * @param form       which form they take
 * @param banner     an embassy mirror's crawl banner printed before them (not a date to read)
 * @param lines      the lines printed above the title, banner first
 * @param afterTitle the lines printed below the title (a time line, an id line, a metadata line)
 * @param published  what the parser must report, or null for {@link HeaderForm#NONE}
 * @param place      the place a dateline names ({@code December 19, 2013, Moscow}), or null
 */
record Header(HeaderForm form, boolean banner, List<String> lines, List<String> afterTitle,
    Published published, String place) {

  private static final Set<HeaderForm> ENGLISH = EnumSet.complementOf(
      EnumSet.of(HeaderForm.RUSSIAN_LONG));
  private static final Set<HeaderForm> RUSSIAN = EnumSet.of(HeaderForm.GLUED, HeaderForm.ISO,
      HeaderForm.TIME_AND_ID, HeaderForm.TITLE_ONLY, HeaderForm.NONE, HeaderForm.DASHED,
      HeaderForm.DOTTED, HeaderForm.RUSSIAN_LONG, HeaderForm.METADATA);
  /** The forms that can print a given time with no zone: a language version's. */
  private static final Set<HeaderForm> TIMED = EnumSet.of(HeaderForm.GLUED,
      HeaderForm.MONTH_DAY_YEAR, HeaderForm.ISO, HeaderForm.TIME_AND_ID, HeaderForm.WEEKDAY,
      HeaderForm.UN_WEEKDAY, HeaderForm.DASHED);
  private static final List<String> AGENCIES = List.of("NORDPRESS", "ARKTIKA-INFO", "MERIDIAN");
  private static final List<String> RU_AGENCIES = List.of("НОРДПРЕСС", "АРКТИКА-ИНФО");

  /** Whether pages in {@code lang} print {@code form}. */
  static boolean prints(Lang lang, HeaderForm form) {
    return (lang == Lang.EN ? ENGLISH : RUSSIAN).contains(form);
  }

  /** Whether {@code form} can print a language version's time (a time and no zone). */
  static boolean printsTime(HeaderForm form) {
    return TIMED.contains(form);
  }

  /**
   * A header of {@code form} for a page published at {@code date}; with
   * {@link HeaderForm#TITLE_ONLY} the published date is {@code date} alone (the title's date).
   * When {@code fixedTime} is not null the header prints that time, and no zone
   * (the zone rate is then ignored): a language version's header, which must give the same
   * date-time as its sibling's; {@code form} must then be one that {@link #printsTime}. A
   * dateline names {@code titlePlace} when the title has one, else a place of {@code prose}.
   */
  static Header invent(Lang lang, HeaderForm form, boolean banner, GeneratorOptions options,
      Set<Form> forms, LocalDate date, LocalTime fixedTime, String titlePlace, Prose prose,
      Dice dice) {
    if (fixedTime != null && !printsTime(form)) {
      throw new IllegalArgumentException("A header of form " + form + " prints no time");
    }
    LocalTime drawn = LocalTime.of(dice.between(0, 23), dice.between(0, 59));
    LocalTime time = fixedTime != null ? fixedTime : drawn;
    double zones = fixedTime != null ? 0 : options.zoneRate();
    double abbreviations = options.rate(Form.ZONE_ABBREVIATION);
    List<String> lines = new ArrayList<>();
    List<String> after = new ArrayList<>();
    if (banner) {
      LocalDate crawled = date.plusDays(dice.between(30, 900));
      lines.add(crawled.getDayOfMonth() + " " + Months.name(Months.ENGLISH, crawled) + " "
          + crawled.getYear());
      lines.add("Moscow: " + hhmm(LocalTime.of(dice.between(0, 23), dice.between(0, 59))));
      lines.add("London: " + hhmm(LocalTime.of(dice.between(0, 23), dice.between(0, 59))));
    }
    Published published = Published.of(date, time);
    String place = null;
    switch (form) {
      case GLUED -> {
        List<String> months = lang == Lang.RU ? Months.RUSSIAN
            : dice.chance(options.foreignMonthRate())
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
        Zone zone = dice.chance(zones) ? Zone.draw(abbreviations, forms, dice) : null;
        lines.add(date + " " + hhmm(time) + (zone == null ? "" : " " + zone.printed()));
        published = new Published(date, time, zone == null ? null : zone.offset());
      }
      case TIME_AND_ID -> {
        String id = dice.between(1, 2999) + "-" + two(date.getDayOfMonth()) + "-"
            + two(date.getMonthValue()) + "-" + date.getYear();
        lines.add(hhmm(time));
        boolean below = dice.chance(options.rate(Form.ID_AFTER_TITLE));
        if (below) {
          forms.add(Form.ID_AFTER_TITLE);
        }
        (below ? after : lines).add(id);
      }
      case TITLE_ONLY -> published = Published.of(date);
      case NONE -> published = null;
      case WEEKDAY -> {
        Zone zone = dice.chance(zones) ? Zone.draw(abbreviations, forms, dice) : null;
        lines.add(Months.weekday(date) + ", " + two(date.getDayOfMonth()) + " "
            + Months.name(Months.ENGLISH, date) + " " + date.getYear() + " " + hhmm(time)
            + (zone == null ? "" : " " + zone.printed()));
        published = new Published(date, time, zone == null ? null : zone.offset());
      }
      case UN_WEEKDAY -> lines.add(Months.weekday(date) + ", " + date.getDayOfMonth() + " "
          + Months.name(Months.ENGLISH, date) + " " + date.getYear() + ", "
          + Months.twelveHour(time) + "." + two(time.getMinute()) + " " + Months.meridiem(time));
      case SHORT_MONTH -> {
        lines.add((dice.chance(0.5) ? "Published on " : "") + Months.name(Months.ENGLISH_SHORT,
            date) + " " + date.getDayOfMonth() + ", " + date.getYear());
        published = Published.of(date);
      }
      case DASHED -> lines.add(dice.chance(0.5)
          ? two(date.getDayOfMonth()) + "-" + two(date.getMonthValue()) + "-" + date.getYear()
              + " " + hhmm(time)
          : date.getDayOfMonth() + "-" + date.getMonthValue() + "-" + date.getYear() + ", "
              + hhmm(time));
      case DOTTED -> {
        lines.add(lang == Lang.EN && dice.chance(0.3)
            ? two(date.getDayOfMonth()) + ". " + Months.name(Months.GERMAN, date) + " "
                + date.getYear()
            : dotted(date));
        published = Published.of(date);
      }
      case US_CLOCK -> {
        Zone zone = Zone.american(date);
        lines.add(two(date.getMonthValue()) + "/" + two(date.getDayOfMonth()) + "/"
            + date.getYear() + " " + two(Months.twelveHour(time)) + ":" + two(time.getMinute())
            + (time.getHour() < 12 ? " AM " : " PM ") + zone.printed());
        published = new Published(date, time, zone.offset());
      }
      case US_TIME_LINE -> {
        Zone zone = Zone.american(date);
        if (titlePlace == null && dice.chance(0.5)) {
          place = dice.chance(0.5) ? "Washington, D.C." : prose.place().name();
          after.add(place);
        }
        after.add(Months.englishLong(date));
        after.add(Months.twelveHour(time) + ":" + two(time.getMinute()) + " "
            + Months.meridiem(time) + " " + zone.printed());
        published = new Published(date, time, zone.offset());
      }
      case DATELINE -> {
        place = titlePlace != null ? titlePlace : prose.place().name();
        (dice.chance(0.5) ? lines : after).add(Months.englishLong(date) + ", " + place);
        published = Published.of(date);
      }
      case RUSSIAN_LONG -> {
        lines.add(date.getDayOfMonth() + " " + Months.name(Months.RUSSIAN, date) + " "
            + date.getYear() + (dice.chance(0.6) ? " г." : " года"));
        published = Published.of(date);
      }
      case METADATA -> {
        if (lang == Lang.EN && dice.chance(0.6)) {
          after.add("Submitted on " + Months.weekday(date).substring(0, 3) + ", "
              + two(date.getMonthValue()) + "/" + two(date.getDayOfMonth()) + "/"
              + date.getYear() + " - " + hhmm(time));
        } else {
          after.add(dice.pick(lang == Lang.EN ? AGENCIES : RU_AGENCIES) + " " + dotted(date));
          published = Published.of(date);
        }
      }
      case CHINESE -> {
        lines.add(date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth()
            + "日");
        published = Published.of(date);
      }
    }
    return new Header(form, banner, List.copyOf(lines), List.copyOf(after), published, place);
  }

  private static String dotted(LocalDate date) {
    return two(date.getDayOfMonth()) + "." + two(date.getMonthValue()) + "." + date.getYear();
  }

  /** A zone as printed and the offset it stands for. */
  private record Zone(String printed, ZoneOffset offset) {

    /**
     * An offset ({@code +03:00}), or at the rate {@code abbreviations} an abbreviation
     * ({@code MSK}, {@code GMT}, {@code UTC}), recorded in {@code forms}.
     */
    static Zone draw(double abbreviations, Set<Form> forms, Dice dice) {
      if (!dice.chance(abbreviations)) {
        ZoneOffset offset = ZoneOffset.ofHours(dice.between(1, 5));
        return new Zone(offset.getId(), offset);
      }
      forms.add(Form.ZONE_ABBREVIATION);
      return dice.pick(List.of(new Zone("MSK", ZoneOffset.ofHours(3)),
          new Zone("GMT", ZoneOffset.UTC), new Zone("UTC", ZoneOffset.UTC)));
    }

    /** {@code EDT} from April to October, else {@code EST}: what a Washington page prints. */
    static Zone american(LocalDate date) {
      int month = date.getMonthValue();
      return month >= 4 && month <= 10 ? new Zone("EDT", ZoneOffset.ofHours(-4))
          : new Zone("EST", ZoneOffset.ofHours(-5));
    }
  }
}
