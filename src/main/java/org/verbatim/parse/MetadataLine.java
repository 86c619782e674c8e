package org.verbatim.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.Participant;

/**
 * A line under a headline that names who speaks: {@code Mark Dalton, Department Spokesperson}
 * (a name of two to four capitalised words, a comma, a post with a post word in it). Stateless;
 * thread-safe.
 */
final class MetadataLine {

  /** Spaces and commas between words. */
  private static final Pattern WORD_GAP = Pattern.compile("[\\s,]+");

  private static final Pattern NAME_POST = Pattern.compile(
      "(\\p{Lu}[\\p{L}'’.\\-]+(?:\\s\\p{Lu}\\.?[\\p{L}'’.\\-]*){1,3}),\\s+([^.?!]{3,80})");
  private static final Set<String> POST_WORDS = Set.of(
      "spokesperson", "spokesman", "spokeswoman", "secretary", "minister", "ambassador",
      "president", "director", "representative", "envoy", "adviser", "advisor", "coordinator",
      "chief", "head", "deputy", "under", "assistant", "counselor", "counsellor", "press",
      "официальный", "министр", "посол", "представитель");

  private MetadataLine() {}

  /** Whether the stripped line is a person's name alone: two to four capitalised name words. */
  static boolean isName(String line) {
    if (line.length() > 40) {
      return false;
    }
    String[] words = line.split(" ");
    if (words.length < 2 || words.length > 4 || TitleKinds.find(line) != null) {
      return false;
    }
    for (String word : words) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))
          || POST_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
      for (int i = 1; i < word.length(); i++) {
        char c = word.charAt(i);
        if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’') {
          return false;
        }
      }
    }
    String last = words[words.length - 1];
    return last.length() > 2 && Character.isLowerCase(last.charAt(last.length() - 1));
  }

  /** Whether {@code line} holds a post word ({@code Secretary of State}). */
  static boolean hasPostWord(String line) {
    for (String word : WORD_GAP.split(line.toLowerCase(Locale.ROOT))) {
      if (POST_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The speaker the stripped line names with their post, or null. */
  static Participant person(String line) {
    if (line.length() > 120 || line.indexOf(", ") < 0) {
      return null;
    }
    Matcher m = NAME_POST.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String post = Lines.strip(m.group(2));
    for (String word : WORD_GAP.split(post.toLowerCase(Locale.ROOT))) {
      if (POST_WORDS.contains(word)) {
        return new Participant(m.group(1), post);
      }
    }
    return null;
  }
}
