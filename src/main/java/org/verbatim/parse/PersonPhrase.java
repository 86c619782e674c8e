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

  /** Runs of spaces between words. */
  private static final Pattern SPACES = Pattern.compile(" +");

  private static final String[] STOPS = {
      ",", " on ", " at ", " to ", " for ", " with ", " in ", " during ", " following ",
      " after ", " about ", " regarding ", " before ", " ahead of ", " and ", "’s ", "'s ",
      "’s,", "'s,", " mit ", " an ", " zu ", " für ", " über ", " a ", " al ", " con ",
      " para ", " sobre ", " à ", " au ", " avec ", " pour ", " sur ", " (", " –", " -"};
  private static final String[] OF_WORDS = {
      " of ", " von ", " des ", " der ", " del ", " de la ", " de ", " du ", " de l’"};
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
      "([А-ЯЁІЇЄҐ])\\.\\s?([А-ЯЁІЇЄҐ])\\.\\s?"
          + "([А-ЯЁІЇЄҐ][а-яёіїєґ']+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ']+)?)");
  private static final String[] RUSSIAN_ANSWERS = {
      "и ответы на вопросы СМИ", "та відповіді на запитання ЗМІ", "і відповіді на запитання ЗМІ"};
  private static final String[] VERBS = {
      " hosted ", " hosts ", " held ", " holds ", " gave ", " gives ", " speaks ", " spoke ",
      " answered ", " answers ", " made ", " makes ", " takes ", " took ", " delivered ",
      " delivers ", " chaired ", " chairs ", " attended ", " attends ", " addresses ",
      " addressed ", " meets ", " met ", " says ", " said ", " visits ", " visited "};
  private static final String[] CHINESE_POSTS = {
      "外交部发言人", "发言人", "国务委员兼外长", "外交部长", "外长", "部长", "大使", "总领事",
      "主席", "总理", "副部长", "部长助理"};
  private static final String[] CHINESE_VERBS = {
      "主持", "答", "就", "在", "出席", "接受", "会见", "表示", "的", "发表", "举行", "介绍"};

  private PersonPhrase() {}

  static Participant speaker(String title, TitleKinds.Match kind) {
    // Initials have full stops: a title without one is not searched for them.
    Matcher russian = title.indexOf('.') < 0 ? null : RUSSIAN_NAME.matcher(title);
    if (russian != null && russian.find()) {
      return russian(title, kind, russian);
    }
    Participant chinese = chinese(title);
    if (chinese != null) {
      return chinese;
    }
    int kindStart = kind == null ? title.length() : kind.start();
    int kindEnd = kind == null ? 0 : kind.end();
    String phrase = possessive(title, kindStart);
    if (phrase != null) {
      Participant p = split(phrase);
      return kind != null || p != null && hasPostWord(p.role()) ? p : null;
    }
    Participant after = kind == null ? null : after(title, kind);
    if (after != null) {
      return after;
    }
    Participant leading = leading(title, kindStart);
    if (leading != null) {
      return leading;
    }
    int colon = kind == null ? title.indexOf(": ") : -1;
    if (colon > 0) {
      Participant p = split(title.substring(0, colon));
      if (p != null && hasPostWord(p.role())) {
        return p;
      }
    }
    int with = kind == null ? title.indexOf(" with ") : -1;
    if (with > 0) {
      Participant p = split(cut(title, with + 6));
      return p != null && hasPostWord(p.role()) ? p : null;
    }
    return null;
  }

  /**
   * The speaker named after the kind word: {@code Briefing by Spokesperson Anna Orlova},
   * {@code Interview of …}, {@code Interview von …}, {@code Entrevista del Ministro …, Gleb
   * Ládoguin,}, {@code Press briefing by Erik Sande, Permanent Representative of …}.
   */
  private static Participant after(String title, TitleKinds.Match kind) {
    int from = -1;
    int by = title.indexOf(" by ", kind.end());
    if (by >= 0) {
      from = by + 4;
    } else {
      for (String of : OF_WORDS) {
        if (title.startsWith(of, kind.end())) {
          from = kind.end() + of.length();
          break;
        }
      }
    }
    if (from < 0) {
      return null;
    }
    String phrase = cut(title, from);
    Participant p = split(phrase);
    String next = nextSegment(title, from + phrase.length());
    if (p == null && next != null && isName(next)) {
      String post = Lines.strip(phrase);
      if (post.startsWith("the ") || post.startsWith("The ")) {
        post = post.substring(4);
      }
      return new Participant(next, post.isEmpty() ? null : post);
    }
    if (p != null && p.role() == null && next != null && hasPostWord(next)) {
      return new Participant(p.name(), next);
    }
    return p;
  }

  /** The comma segment right after {@code end} when {@code end} stands at a comma, else null. */
  private static String nextSegment(String title, int end) {
    if (end >= title.length() || title.charAt(end) != ',') {
      return null;
    }
    int next = title.indexOf(',', end + 1);
    String segment = Lines.strip(title.substring(end + 1, next < 0 ? title.length() : next));
    return segment.isEmpty() ? null : segment;
  }

  /** Two to four capitalised words, none a post word: {@code Gleb Ládoguin}. */
  private static boolean isName(String s) {
    String[] words = s.split(" ");
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    for (String word : words) {
      if (!isNameWord(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A post and name opening a title before a verb or a linking word that comes before the kind
   * word: {@code Foreign Ministry Spokesperson Anna Orlova hosted a regular press conference},
   * {@code Secretary Mark Dalton at a Joint Press Availability}. Only with a post, so that a
   * bare name of something else is not taken for a speaker.
   */
  private static Participant leading(String title, int kindStart) {
    String head = title.substring(0, kindStart);
    String lower = head.toLowerCase(java.util.Locale.ROOT);
    int end = -1;
    for (String verb : VERBS) {
      int at = lower.indexOf(verb);
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
      end = head.length();
    }
    Participant p = split(head.substring(0, end));
    return p != null && p.role() != null && hasPostWord(p.role()) ? p : null;
  }

  private static boolean hasPostWord(String post) {
    if (post == null) {
      return false;
    }
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
        return new Participant(title.substring(start, end),
            Lines.strip(title.substring(0, start)));
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

  private static String possessive(String title, int kindStart) {
    String before = title.substring(0, kindStart);
    int at = Math.max(before.lastIndexOf("’s "), before.lastIndexOf("'s "));
    if (at <= 0) {
      return null;
    }
    if (kindStart < title.length()) {
      for (String word : before.substring(at + 3).split(" ")) {
        if (!word.isEmpty() && !Character.isLowerCase(word.charAt(0))) {
          return null;
        }
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
    String[] words = SPACES.split(Lines.strip(phrase));
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
    if (i >= 0 && isNameWord(words[i]) && !isInitial(words[i])
        && !ORGANISATION_WORDS.contains(words[i])) {
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
      for (String answers : RUSSIAN_ANSWERS) {
        if (between.startsWith(answers)) {
          between = Lines.strip(between.substring(answers.length()));
        }
      }
      if (between.startsWith("СМИ ")) {
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
        {"ой", "а"}, {"ова", "ов"}, {"ева", "ев"}, {"ёва", "ёв"}, {"ина", "ин"}, {"ына", "ын"},
        {"іна", "ін"}, {"їна", "їн"}};
    for (String[] ending : endings) {
      if (surname.endsWith(ending[0]) && surname.length() > ending[0].length() + 1) {
        return surname.substring(0, surname.length() - ending[0].length()) + ending[1];
      }
    }
    return surname;
  }
}
