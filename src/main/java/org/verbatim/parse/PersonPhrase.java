package org.verbatim.parse;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.Participant;

/**
 * Finds the principal speaker in a title and splits post from name.
 *
 * <p>English: the phrase is the text before a possessive that precedes the kind word
 * ({@code Foreign Minister Ivan Petrov’s interview}; only lower-case words may stand between the
 * possessive and the kind word), else after {@code by} following the kind word ({@code Briefing by
 * Foreign Ministry Spokesperson Anna Orlova}), else after {@code of} right after it ({@code
 * Interview of …}). The phrase ends at the first comma or linking word ({@code on}, {@code at},
 * {@code to}, {@code for}, {@code with}, {@code in}, {@code and} …). Its name is the surname (last
 * word), any initials before it and one given name; the words before are the post (a leading
 * {@code the} dropped), null when none. No name when the last word is an organisation word
 * ({@code Ministry}, {@code Department} …) or the name would have fewer than two words.
 *
 * <p>Russian: the first {@code И.О.Фамилия} (spaces after the dots allowed) names the speaker,
 * normalised to {@code И.О.Фамилия} in the nominative; the post is the text between the kind word
 * (with {@code и ответы на вопросы СМИ}) and the name, as printed.
 */
final class PersonPhrase {

  private static final String[] STOPS = {
      ",", " on ", " at ", " to ", " for ", " with ", " in ", " during ", " following ",
      " after ", " about ", " regarding ", " before ", " ahead of ", " and ", "’s ", "'s ",
      "’s,", "'s,"};
  private static final Set<String> POST_WORDS = Set.of(
      "Minister", "Ministry", "Spokesperson", "Spokesman", "Spokeswoman", "Secretary",
      "President", "Ambassador", "Director", "Chairman", "Chair", "Deputy", "Head",
      "Representative", "Envoy", "Chancellor", "Governor", "Mayor", "Adviser", "Advisor",
      "Counsellor", "Consul", "General", "Commissioner", "Chief", "Officer", "Premier", "Speaker",
      "Senator", "Prime", "Official", "Coordinator", "Spokesperson’s", "Mr", "Mr.", "Ms", "Ms.",
      "Mrs", "Mrs.", "Dr", "Dr.");
  private static final Set<String> ORGANISATION_WORDS = Set.of(
      "Ministry", "Department", "Office", "Service", "Embassy", "Council", "Committee",
      "Government", "Administration", "Mission", "Agency", "Centre", "Center");
  private static final Pattern RUSSIAN_NAME = Pattern.compile(
      "([А-ЯЁ])\\.\\s?([А-ЯЁ])\\.\\s?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)");
  private static final String RUSSIAN_ANSWERS = "и ответы на вопросы СМИ";
  private static final String[] VERBS = {
      " hosted ", " hosts ", " held ", " holds ", " gave ", " gives ", " speaks ", " spoke ",
      " answered ", " answers ", " made ", " makes ", " takes ", " took ", " delivered ",
      " delivers ", " chaired ", " chairs ", " attended ", " attends "};
  private static final String[] CHINESE_POSTS = {
      "外交部发言人", "发言人", "国务委员兼外长", "外交部长", "外长", "部长", "大使", "总领事",
      "主席", "总理", "副部长", "部长助理"};
  private static final String[] CHINESE_VERBS = {
      "主持", "答", "就", "在", "出席", "接受", "会见", "表示", "的", "发表", "举行", "介绍"};

  private PersonPhrase() {}

  static Participant speaker(String title, TitleKinds.Match kind) {
    Matcher russian = RUSSIAN_NAME.matcher(title);
    if (russian.find()) {
      return russian(title, kind, russian);
    }
    Participant chinese = chinese(title);
    if (chinese != null) {
      return chinese;
    }
    if (kind == null) {
      return null;
    }
    String phrase = possessive(title, kind);
    if (phrase == null) {
      int by = title.indexOf(" by ", kind.end());
      if (by >= 0) {
        phrase = cut(title, by + 4);
      } else if (title.startsWith(" of ", kind.end())) {
        phrase = cut(title, kind.end() + 4);
      }
    }
    if (phrase == null && kind.start() > 0) {
      Participant leading = leading(title, kind);
      if (leading != null) {
        return leading;
      }
    }
    return phrase == null ? null : split(phrase);
  }

  /**
   * A post and name opening a title before a verb or a linking word that comes before the kind
   * word: {@code Foreign Ministry Spokesperson Anna Orlova hosted a regular press conference},
   * {@code Secretary Mark Dalton at a Joint Press Availability}. Only with a post, so that a
   * bare name of something else is not taken for a speaker.
   */
  private static Participant leading(String title, TitleKinds.Match kind) {
    String head = title.substring(0, kind.start());
    int end = -1;
    for (String verb : VERBS) {
      int at = head.indexOf(verb);
      if (at > 0 && (end < 0 || at < end)) {
        end = at;
      }
    }
    for (String stop : new String[] {" at ", " with ", " to ", " in ", " on ", " during "}) {
      int at = head.indexOf(stop);
      if (at > 0 && (end < 0 || at < end)) {
        end = at;
      }
    }
    if (end < 0) {
      return null;
    }
    Participant p = split(head.substring(0, end));
    return p != null && p.role() != null && hasPostWord(p.role()) ? p : null;
  }

  private static boolean hasPostWord(String post) {
    for (String word : post.split(" ")) {
      if (POST_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A Chinese post and the two or three characters of a name after it: {@code 外交部发言人汪明主持
   * 例行记者会} → 汪明 (外交部发言人). The name ends before a verb of the title or after three
   * characters.
   */
  private static Participant chinese(String title) {
    for (String post : CHINESE_POSTS) {
      int at = title.indexOf(post);
      if (at < 0) {
        continue;
      }
      int start = at + post.length();
      int end = start;
      while (end < title.length() && end - start < 3
          && Character.UnicodeScript.of(title.charAt(end)) == Character.UnicodeScript.HAN
          && !startsVerb(title, end)) {
        end++;
      }
      if (end - start >= 2) {
        return new Participant(title.substring(start, end), title.substring(0, start));
      }
    }
    return null;
  }

  private static boolean startsVerb(String title, int at) {
    for (String verb : CHINESE_VERBS) {
      if (title.startsWith(verb, at)) {
        return true;
      }
    }
    return false;
  }

  private static String possessive(String title, TitleKinds.Match kind) {
    String before = title.substring(0, kind.start());
    int at = Math.max(before.lastIndexOf("’s "), before.lastIndexOf("'s "));
    if (at <= 0) {
      return null;
    }
    for (String word : before.substring(at + 3).split(" ")) {
      if (!word.isEmpty() && !Character.isLowerCase(word.charAt(0))) {
        return null;
      }
    }
    String phrase = before.substring(0, at);
    int comma = phrase.lastIndexOf(',');
    return comma >= 0 ? phrase.substring(comma + 1) : phrase;
  }

  private static String cut(String title, int from) {
    int end = title.length();
    for (String stop : STOPS) {
      int at = title.indexOf(stop, from);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return title.substring(from, end);
  }

  /** Post and name of an English phrase such as {@code Foreign Minister Ivan Petrov}. */
  static Participant split(String phrase) {
    String[] words = Lines.strip(phrase).split(" +");
    int i = words.length - 1;
    if (i < 0 || !isNameWord(words[i]) || isInitial(words[i])
        || ORGANISATION_WORDS.contains(words[i])) {
      return null;
    }
    int first = i;
    i--;
    while (i >= 0 && isInitial(words[i])) {
      first = i--;
    }
    if (i >= 0 && isNameWord(words[i]) && !isInitial(words[i])) {
      first = i--;
    }
    while (i >= 0 && isInitial(words[i])) {
      first = i--;
    }
    if (first == words.length - 1) {
      return null;
    }
    String name = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    String post = String.join(" ", java.util.Arrays.copyOfRange(words, 0, first));
    if (post.startsWith("the ") || post.startsWith("The ")) {
      post = post.substring(4);
    }
    return new Participant(name, post.isEmpty() ? null : post);
  }

  private static boolean isNameWord(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || POST_WORDS.contains(word)) {
      return false;
    }
    if (isInitial(word)) {
      return true;
    }
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '’' && c != '\'') {
        return false;
      }
      if (Character.isLowerCase(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInitial(String word) {
    return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
  }

  private static Participant russian(String title, TitleKinds.Match kind, Matcher name) {
    String normalised = name.group(1) + "." + name.group(2) + "." + nominative(name.group(3));
    String post = null;
    if (kind != null && kind.end() <= name.start()) {
      String between = Lines.strip(title.substring(kind.end(), name.start()));
      if (between.startsWith(RUSSIAN_ANSWERS)) {
        between = Lines.strip(between.substring(RUSSIAN_ANSWERS.length()));
      } else if (between.startsWith("СМИ ")) {
        between = Lines.strip(between.substring(4));
      }
      post = between.isEmpty() ? null : between;
    }
    return new Participant(normalised, post);
  }

  /** A Russian surname in the genitive back in the nominative: Лаврова → Лавров, Захаровой → Захарова. */
  static String nominative(String surname) {
    String[][] endings = {
        {"ской", "ская"}, {"цкой", "цкая"}, {"ского", "ский"}, {"цкого", "цкий"}, {"ого", "ый"},
        {"ой", "а"}, {"ова", "ов"}, {"ева", "ев"}, {"ёва", "ёв"}, {"ина", "ин"}, {"ына", "ын"}};
    for (String[] ending : endings) {
      if (surname.endsWith(ending[0]) && surname.length() > ending[0].length() + 1) {
        return surname.substring(0, surname.length() - ending[0].length()) + ending[1];
      }
    }
    return surname;
  }
}
