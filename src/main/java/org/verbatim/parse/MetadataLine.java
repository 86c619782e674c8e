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

  private static final Pattern NAME_POST = Pattern.compile(
      "(\\p{Lu}[\\p{L}'’.\\-]+(?:\\s\\p{Lu}\\.?[\\p{L}'’.\\-]*){1,3}),\\s+([^.?!]{3,80})");
  private static final Set<String> POST_WORDS = Set.of(
      "spokesperson", "spokesman", "spokeswoman", "secretary", "minister", "ambassador",
      "president", "director", "representative", "envoy", "adviser", "advisor", "coordinator",
      "chief", "head", "deputy", "under", "assistant", "counselor", "counsellor", "press",
      "официальный", "министр", "посол", "представитель");

  private MetadataLine() {}

  /** The speaker the stripped line names with their post, or null. */
  static Participant person(String line) {
    if (line.length() > 120) {
      return null;
    }
    Matcher m = NAME_POST.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String post = Lines.strip(m.group(2));
    for (String word : post.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
      if (POST_WORDS.contains(word)) {
        return new Participant(m.group(1), post);
      }
    }
    return null;
  }
}
