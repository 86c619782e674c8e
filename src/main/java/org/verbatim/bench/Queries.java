package org.verbatim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;
import org.verbatim.model.Turn;

/**
 * Draws the bench's queries from real publications of the corpus, five kinds in turn: one word, two
 * words of one paragraph, a phrase of two or three consecutive words, a speaker with a word of one
 * of their turns, and a word with a range of years around its publication's. Every other query
 * asks for facets and highlighting. The same publications and seed give the same queries.
 */
final class Queries {

  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
  private static final int MIN_WORD = 5;

  private Queries() {}

  static List<BenchQuery> draw(List<Publication> sample, int count, long seed) {
    List<Publication> usable = sample.stream()
        .filter(p -> p.published() != null && p.turns().stream().anyMatch(Queries::spoken))
        .toList();
    if (usable.isEmpty()) {
      throw new IllegalArgumentException("No publication of the corpus has a dated, spoken turn "
          + "to draw queries from (" + sample.size() + " publications read)");
    }
    Random random = new Random(seed);
    List<BenchQuery> queries = new ArrayList<>(count);
    while (queries.size() < count) {
      Publication p = usable.get(random.nextInt(usable.size()));
      List<Turn> spoken = p.turns().stream().filter(Queries::spoken).toList();
      Turn turn = spoken.get(random.nextInt(spoken.size()));
      String paragraph = turn.paragraphs().get(random.nextInt(turn.paragraphs().size()));
      List<String> tokens = List.of(paragraph.strip().split("\\s+"));
      List<String> words = tokens.stream().filter(t -> LETTERS.matcher(t).matches())
          .filter(t -> t.length() >= MIN_WORD).map(t -> t.toLowerCase(Locale.ROOT)).toList();
      if (words.size() < 2) {
        continue;
      }
      boolean faceted = queries.size() % 2 == 0;
      String language = p.language() == null ? "en" : p.language();
      String word = words.get(random.nextInt(words.size()));
      int year = p.published().date().getYear();
      BenchQuery query = switch (queries.size() % 5) {
        case 0 -> new BenchQuery(List.of(word), null, null, null, null, language, faceted);
        case 1 -> {
          String other = words.get(random.nextInt(words.size()));
          yield new BenchQuery(other.equals(word) ? List.of(word) : List.of(word, other), null,
              null, null, null, language, faceted);
        }
        case 2 -> {
          String phrase = phrase(tokens, random);
          yield phrase == null ? null
              : new BenchQuery(List.of(), phrase, null, null, null, language, faceted);
        }
        case 3 -> new BenchQuery(List.of(word), null, turn.speaker(), null, null, language, faceted);
        default -> {
          int before = random.nextInt(3);
          yield new BenchQuery(List.of(word), null, null, year - before,
              year + random.nextInt(3), language, faceted);
        }
      };
      if (query != null) {
        queries.add(query);
      }
    }
    return queries;
  }

  /** Two or three consecutive words of letters only, lower case; null when the paragraph has none. */
  private static String phrase(List<String> tokens, Random random) {
    int length = 2 + random.nextInt(2);
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i + length <= tokens.size(); i++) {
      boolean letters = true;
      for (int j = i; j < i + length; j++) {
        letters &= LETTERS.matcher(tokens.get(j)).matches() && tokens.get(j).length() >= 3;
      }
      if (letters) {
        starts.add(i);
      }
    }
    if (starts.isEmpty()) {
      return null;
    }
    int start = starts.get(random.nextInt(starts.size()));
    return String.join(" ", tokens.subList(start, start + length)).toLowerCase(Locale.ROOT);
  }

  private static boolean spoken(Turn turn) {
    return turn.role() != Role.QUESTION && turn.speaker() != null && !turn.speaker().isBlank()
        && !turn.paragraphs().isEmpty();
  }
}
