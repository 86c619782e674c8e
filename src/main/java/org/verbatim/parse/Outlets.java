package org.verbatim.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.verbatim.model.Participant;

/**
 * The media outlets an interview's or article's title names.
 *
 * <p>English: the words after the first {@code with}, {@code to} or {@code for} that follows the
 * kind word (and the speaker's name, if the title names one after it), up to a linking word
 * ({@code on}, {@code about}, {@code regarding}, {@code ahead of}, {@code following},
 * {@code during}, {@code at}, {@code in}); split at commas and {@code and}; from each a country
 * possessive ({@code China’s CCTV} → {@code CCTV}), a leading lower-case {@code the} (a capital
 * {@code The} is part of the name: {@code The Paper}), quotes, and the words
 * newspaper, magazine, news agency, TV channel, television channel, radio station, daily,
 * weekly, journal are dropped; what is left must start with a capital or a digit.
 *
 * <p>Russian: after the speaker's name, the names in «guillemets»; without guillemets, the parts
 * that start with a Latin capital ({@code телекомпаниям Vietnam Television и CCTV}).
 */
final class Outlets {

  private static final String[] ENDS = {
      " on ", " about ", " regarding ", " concerning ", " ahead of ", " following ", " during ",
      " at ", " in ", " über ", " zu ", " sobre ", " en ", " sur ", " (", " –"};
  private static final String[] LINKS = {
      " with ", " to ", " for ", " from ", " mit ", " für ", " a la ", " al ", " a ", " con ",
      " para ", " avec ", " à ", " au ", " pour "};
  private static final String[] GENERIC = {
      "television channel", "tv channel", "news agency", "radio station", "newspaper",
      "magazine", "channel", "daily", "weekly", "journal", "der zeitung", "die zeitung",
      "zeitung", "dem sender", "la agencia", "agencia", "el periódico", "periódico",
      "el diario", "diario", "la revista", "revista", "le journal", "la chaîne", "le magazine"};

  private Outlets() {}

  static List<String> of(String title, TitleKinds.Match kind, Participant speaker) {
    int from = kind.end();
    if (speaker != null) {
      int name = title.indexOf(speaker.name(), from);
      if (name >= 0) {
        from = name + speaker.name().length();
      }
    }
    if (hasCyrillic(title)) {
      return russian(title.substring(from));
    }
    int start = -1;
    int questionsFrom = title.indexOf("questions from ", kind.start());
    if (questionsFrom >= 0) {
      start = questionsFrom + "questions from ".length();
    }
    for (String link : start >= 0 ? new String[0] : LINKS) {
      int at = title.indexOf(link, from);
      if (link.equals(" from ") && (at < 0 || !title.substring(from, at).contains("question"))) {
        continue;
      }
      if (at >= 0 && (start < 0 || at < start)) {
        start = at + link.length();
      }
    }
    if (start < 0) {
      return List.of();
    }
    return names(title, start, title.length());
  }

  /** The nouns before an outlet's name in {@code на вопросы газеты «…»}. */
  private static final String[] RUSSIAN_OUTLET_NOUNS = {
      "газеты", "журнала", "агентства", "информагентства", "информационного агентства",
      "телеканала", "телеканалов", "телекомпании", "телекомпаний", "радиостанции", "издания",
      "интернет-издания", "портала", "газет", "журналов", "агентств"};

  /**
   * The outlets whose questions a title says were answered: {@code answers to questions from the
   * Morning Courier and Harbour TV}, {@code answers to Harbour TV’s questions}, {@code ответы на
   * вопросы газеты «Северный вестник»}. Questions from the media, journalists or students name no
   * outlet (those words are not capitalised), nor does a Russian title without an outlet's noun.
   */
  static List<String> asking(String title) {
    if (hasCyrillic(title)) {
      String lower = title.toLowerCase(Locale.ROOT);
      int at = lower.indexOf("на вопросы ");
      if (at < 0) {
        return List.of();
      }
      String after = lower.substring(at + "на вопросы ".length());
      for (String noun : RUSSIAN_OUTLET_NOUNS) {
        if (after.startsWith(noun + " ")) {
          return russian(title.substring(at + "на вопросы ".length() + noun.length()));
        }
      }
      return List.of();
    }
    int start;
    int end = title.length();
    int from = title.indexOf("questions from ");
    if (from >= 0) {
      start = from + "questions from ".length();
    } else {
      int to = title.indexOf("answers to ");
      int questions = to < 0 ? -1 : title.indexOf(" questions", to);
      if (questions < 0) {
        return List.of();
      }
      start = to + "answers to ".length();
      end = questions;
    }
    return names(title, start, end);
  }

  /**
   * The outlets named in {@code title[start..end)}, cut short at a linking word: split at commas
   * and {@code and}, cleaned, each starting with a capital or a digit.
   */
  private static List<String> names(String title, int start, int end) {
    for (String stop : ENDS) {
      int at = title.indexOf(stop, start);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    List<String> outlets = new ArrayList<>();
    for (String part : TitleAnalysis.split(title.substring(start, end), ",", " and ")) {
      String outlet = clean(part);
      if (!outlet.isEmpty() && (Character.isUpperCase(outlet.charAt(0))
          || Character.isDigit(outlet.charAt(0)))) {
        outlets.add(outlet);
      }
    }
    return outlets;
  }

  private static String clean(String part) {
    String s = Lines.strip(part);
    if (s.endsWith("’s") || s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2); // Harbour TV’s questions
    }
    int note = s.indexOf(" (");
    if (note > 0 && s.endsWith(")")) {
      s = s.substring(0, note);
    }
    int possessive = Math.max(s.indexOf("’s "), s.indexOf("'s "));
    if (possessive > 0) {
      s = s.substring(possessive + 3);
    }
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    s = unquote(Lines.strip(s));
    String lower = s.toLowerCase(Locale.ROOT);
    for (String generic : GENERIC) {
      if (lower.startsWith(generic + " ")) {
        s = s.substring(generic.length() + 1);
        break;
      }
      if (lower.endsWith(" " + generic)) {
        s = s.substring(0, s.length() - generic.length() - 1);
        break;
      }
    }
    return unquote(Lines.strip(s));
  }

  private static String unquote(String s) {
    if (s.length() >= 2) {
      char a = s.charAt(0);
      char b = s.charAt(s.length() - 1);
      if ((a == '«' && b == '»') || (a == '“' && b == '”') || (a == '"' && b == '"')
          || (a == '„' && (b == '“' || b == '”'))) {
        return Lines.strip(s.substring(1, s.length() - 1));
      }
    }
    return s;
  }

  private static List<String> russian(String tail) {
    List<String> outlets = new ArrayList<>();
    int open = tail.indexOf('«');
    while (open >= 0) {
      int close = tail.indexOf('»', open + 1);
      if (close < 0) {
        break;
      }
      String name = Lines.strip(tail.substring(open + 1, close));
      if (!name.isEmpty()) {
        outlets.add(name);
      }
      open = tail.indexOf('«', close + 1);
    }
    if (!outlets.isEmpty()) {
      return outlets;
    }
    for (String part : TitleAnalysis.split(tail, ",", " и ")) {
      int latin = 0;
      while (latin < part.length() && !(part.charAt(latin) >= 'A' && part.charAt(latin) <= 'Z')) {
        latin++;
      }
      if (latin < part.length() && (latin == 0 || part.charAt(latin - 1) == ' ')) {
        String candidate = part.substring(latin);
        if (!hasCyrillic(candidate)) {
          outlets.add(candidate);
        }
      }
    }
    return outlets;
  }

  private static boolean hasCyrillic(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
        return true;
      }
    }
    return false;
  }
}
