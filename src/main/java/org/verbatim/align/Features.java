package org.verbatim.align;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.verbatim.model.Role;
import org.verbatim.model.Turn;

/**
 * What the turn aligner compares of a turn, or of two consecutive turns taken together: role,
 * speaker, length, numbers, capitalised names and the marks {@code ?} and {@code !}.
 *
 * @param role      the role, or null for two turns of different roles taken together
 * @param speaker   the skeleton of the speaker's surname ({@link Skeleton}); null when unknown
 *                  or for a question (a questioner's label is the role's word in each language);
 *                  {@link #MIXED} for two turns of different speakers taken together
 * @param length    characters of text
 * @param numbers   the numbers written in digits, thousands separators removed
 * @param names     skeletons of the capitalised words that do not open a sentence
 * @param questions how many question marks
 * @param shouts    how many exclamation marks
 */
record Features(Role role, String speaker, int length, Set<String> numbers, Set<String> names,
    int questions, int shouts) {

  static final String MIXED = "\u0000mixed";

  private static final Pattern NAME_BREAKS = Pattern.compile("[\\s.]+");

  /** Russian polite pronouns are capitalised mid-sentence but are no names. */
  private static final Set<String> NOT_NAMES =
      Set.of("вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши", "вашего", "вашей",
          "вашу", "вашим", "ваших", "вашими", "вашему", "вашем");

  static Features of(Turn turn) {
    int length = 0;
    int questions = 0;
    int shouts = 0;
    Set<String> numbers = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (String paragraph : turn.paragraphs()) {
      length += paragraph.length();
      for (int i = 0; i < paragraph.length(); i++) {
        char c = paragraph.charAt(i);
        questions += c == '?' ? 1 : 0;
        shouts += c == '!' ? 1 : 0;
      }
      numbers(paragraph, numbers);
      names(paragraph, names);
    }
    String speaker = turn.role() == Role.QUESTION || turn.speaker() == null ? null
        : surname(turn.speaker());
    return new Features(turn.role(), speaker, length, numbers, names, questions, shouts);
  }

  /** Two consecutive turns as one: what a version that did not split them would have. */
  Features plus(Features next) {
    Set<String> allNumbers = new HashSet<>(numbers);
    allNumbers.addAll(next.numbers);
    Set<String> allNames = new HashSet<>(names);
    allNames.addAll(next.names);
    Role together = role == next.role ? role : null;
    String who = speaker == null ? next.speaker
        : next.speaker == null || speaker.equals(next.speaker) ? speaker : MIXED;
    return new Features(together, who, length + next.length, allNumbers, allNames,
        questions + next.questions, shouts + next.shouts);
  }

  /** The skeleton of a speaker's surname: the last word, after initials and spaces. */
  static String surname(String speaker) {
    String[] words = NAME_BREAKS.split(speaker);
    String skeleton = words.length == 0 ? "" : Skeleton.of(words[words.length - 1]);
    return skeleton.isEmpty() ? null : skeleton;
  }

  /**
   * Adds the numbers written in digits in {@code text} to {@code out}, without separators: a run
   * of digits, or one of up to three digits followed by groups of a separator and three digits
   * ({@code 1,250,000}, {@code 12 500}), as many as end where no digit follows. Scanned by hand,
   * not by a regular expression: this runs on every paragraph of every page stored, and the
   * expression took most of the time of working out a page's outline.
   */
  static void numbers(String text, Set<String> out) {
    int n = text.length();
    int i = 0;
    StringBuilder digits = new StringBuilder();
    while (i < n) {
      int run = digitsEnd(text, i);
      if (run == i) {
        i++;
        continue;
      }
      int end = run;
      if (run - i <= 3) {
        for (int g = run; g + 3 < n && isSeparator(text.charAt(g)) && isDigit(text.charAt(g + 1))
            && isDigit(text.charAt(g + 2)) && isDigit(text.charAt(g + 3)); g += 4) {
          if (g + 4 >= n || !isDigit(text.charAt(g + 4))) {
            end = g + 4;
          }
        }
      }
      digits.setLength(0);
      for (int k = i; k < end; k++) {
        char c = text.charAt(k);
        if (isDigit(c)) {
          digits.append(c);
        }
      }
      out.add(digits.toString());
      i = end;
    }
  }

  /** Where the run of digits that starts at {@code from} ends ({@code from} when none does). */
  private static int digitsEnd(String text, int from) {
    int end = from;
    while (end < text.length() && isDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == '\u00a0' || c == '\u202f' || c == ' ';
  }

  /**
   * Adds the skeletons of the capitalised words of {@code text} that do not open a sentence to
   * {@code out}. Runs on every paragraph of every page stored: the letters of Latin and Russian
   * are told apart without {@link Character}'s tables, which took most of its time.
   */
  static void names(String text, Set<String> out) {
    boolean opening = true;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c;
      while (i < n && !letterOrDigit(c = text.charAt(i))) {
        if (c == '.' || c == '?' || c == '!') {
          opening |= i + 1 >= n || Character.isWhitespace(text.charAt(i + 1));
        } else {
          opening |= c == ':' || c == '«' || c == '"';
        }
        i++;
      }
      int start = i;
      while (i < n && (letterOrDigit(c = text.charAt(i)) || c == '-')) {
        i++;
      }
      if (start < i) {
        if (!opening && i - start >= 3 && Character.isUpperCase(text.charAt(start))) {
          String word = text.substring(start, i);
          if (text.charAt(start) != 'В' || !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
            String skeleton = Skeleton.of(word);
            if (skeleton.length() >= 2) {
              out.add(skeleton);
            }
          }
        }
        opening = false;
      }
    }
  }

  /** {@link Character#isLetterOrDigit(char)}, answered at once for ASCII and Cyrillic. */
  private static boolean letterOrDigit(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return c >= 'А' && c <= 'я' || Character.isLetterOrDigit(c);
  }

  /** Words matched on both sides over words on either (0 when neither has any). */
  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String x : a) {
      common += b.contains(x) ? 1 : 0;
    }
    return common / (double) (a.size() + b.size() - common);
  }

  static List<Features> of(List<Turn> turns) {
    return turns.stream().map(Features::of).toList();
  }
}
