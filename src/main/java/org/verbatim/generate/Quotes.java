package org.verbatim.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.generate.ParallelPair.Correspondence;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;

/**
 * Quotes taken from synthetic publications, with the turn each comes from, for measuring the
 * quote finder: a passage of one paragraph of a turn, quoted as printed, shortened (words from
 * its middle left out for {@code …}), with one to three words changed, or as the English
 * version of a {@link ParallelPair} prints a turn whose original is the Russian one.
 *
 * <pre>{@code
 * Optional<Quotes.Quote> q = new Quotes().quote(Quotes.Kind.SHORTENED, 7, publication, alone);
 * q.get().text(); // "the delegation will raise … in the coming weeks"
 * }</pre>
 *
 * <p>A quote's truth is only a truth when no other turn of the corpus says the quote as well as
 * its source does: the caller's {@code alone} says whether one turn only says a {@link Wording}.
 * It is asked first of the passage, then of the quote's wording: a shortened quote's fragments,
 * in order, with no more words between them than the source left out; a changed quote's unchanged
 * stretches, in order, with no more words between them than it changed. Many turns of a corpus
 * may say a quote's set phrases with other words between: a quote that another turn says word
 * for word but for the words it changed has two sources, and is not made.
 * Thread-safe.
 */
public final class Quotes {

  /** Passages tried in a publication before giving up on it. */
  private static final int TRIES = 20;
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{Nd}]+");

  /** How a quote was made from its source. */
  public enum Kind {
    /** Word for word. */
    EXACT,
    /** With words from its middle left out for {@code …}. */
    SHORTENED,
    /** With one to three words changed for other words of the publication. */
    CHANGED,
    /** The English version's words for a turn of the Russian version. */
    TRANSLATED;

    /** The lower-case name: {@code exact}, {@code translated}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A quote and its truth.
   *
   * @param kind     how it was made
   * @param text     the quote
   * @param passage  the source's exact words it was made from
   * @param turn     the number of the turn it comes from; for {@link Kind#TRANSLATED}, of the
   *                 English version's turn
   * @param original for {@link Kind#TRANSLATED}, the number of the Russian version's turn it
   *                 translates; 0 otherwise
   */
  public record Quote(Kind kind, String text, String passage, int turn, int original) {}

  /**
   * What a quote says of its source: stretches of the source's text, in order, with at most
   * {@code between} other words among them in all.
   *
   * @param stretches the source's text, each as printed, each with a word at least
   * @param between   how many words of a turn may stand between the stretches, in all
   */
  public record Wording(List<String> stretches, int between) {
    public Wording {
      stretches = List.copyOf(stretches);
    }

    /** A passage said word for word. */
    public static Wording of(String passage) {
      return new Wording(List.of(passage), 0);
    }
  }

  /**
   * A quote of {@code kind} (not {@link Kind#TRANSLATED}) from {@code publication}; empty when no
   * passage of it is long enough, with a quote only one turn says as well ({@code alone}).
   */
  public Optional<Quote> quote(Kind kind, long seed, Publication publication,
      Predicate<Wording> alone) {
    if (kind == Kind.TRANSLATED) {
      throw new IllegalArgumentException("A translated quote comes from a parallel pair: use "
          + "translated(seed, pair, alone)");
    }
    Dice dice = new Dice(seed);
    List<Turn> turns = publication.turns();
    for (int attempt = 0; attempt < TRIES && !turns.isEmpty(); attempt++) {
      int number = dice.between(1, turns.size());
      Optional<String> passage = passage(dice, turns.get(number - 1),
          kind == Kind.SHORTENED ? 22 : 12, kind == Kind.SHORTENED ? 32 : 24);
      if (passage.isEmpty() || !alone.test(Wording.of(passage.get()))) {
        continue;
      }
      Optional<Made> made = switch (kind) {
        case EXACT -> Optional.of(new Made(passage.get(), Wording.of(passage.get())));
        case SHORTENED -> Optional.of(shortened(dice, passage.get()));
        case CHANGED -> changed(dice, passage.get(), publication);
        case TRANSLATED -> throw new IllegalStateException("refused above");
      };
      if (made.isPresent() && (kind == Kind.EXACT || alone.test(made.get().wording()))) {
        return Optional.of(new Quote(kind, made.get().text(), passage.get(), number, 0));
      }
    }
    return Optional.empty();
  }

  /**
   * A passage of the English version of {@code pair} that translates one Russian turn (a turn the
   * pair prints as one turn in both versions); empty when none is long enough and said by one
   * turn only ({@code alone}).
   */
  public Optional<Quote> translated(long seed, ParallelPair pair, Predicate<Wording> alone) {
    Dice dice = new Dice(seed);
    List<Correspondence> oneToOne = pair.turns().stream()
        .filter(c -> c.english().size() == 1 && c.russian().size() == 1).toList();
    for (int attempt = 0; attempt < TRIES && !oneToOne.isEmpty(); attempt++) {
      Correspondence c = dice.pick(oneToOne);
      int english = c.english().get(0);
      Optional<String> passage = passage(dice, pair.english().turns().get(english - 1), 12, 24);
      if (passage.isPresent() && alone.test(Wording.of(passage.get()))) {
        return Optional.of(new Quote(Kind.TRANSLATED, passage.get(), passage.get(), english,
            c.russian().get(0)));
      }
    }
    return Optional.empty();
  }

  /** {@code low..high} words running on in one paragraph of {@code turn}, if it has as many. */
  private static Optional<String> passage(Dice dice, Turn turn, int low, int high) {
    String paragraph = dice.pick(turn.paragraphs());
    List<int[]> tokens = tokens(paragraph);
    if (tokens.size() < low) {
      return Optional.empty();
    }
    int length = dice.between(low, Math.min(high, tokens.size()));
    int first = dice.between(0, tokens.size() - length);
    return Optional.of(paragraph.substring(tokens.get(first)[0],
        tokens.get(first + length - 1)[1]));
  }

  /** A quote's text and what it says of its source. */
  private record Made(String text, Wording wording) {}

  /** {@code passage} with 4 to 10 words of its middle, 8 kept on each side at least, as … . */
  private static Made shortened(Dice dice, String passage) {
    List<int[]> tokens = tokens(passage);
    int cut = dice.between(4, Math.min(10, tokens.size() - 16));
    int from = dice.between(8, tokens.size() - 8 - cut);
    String before = passage.substring(0, tokens.get(from - 1)[1]);
    String after = passage.substring(tokens.get(from + cut)[0]);
    return new Made(before + " … " + after, new Wording(List.of(before, after), cut));
  }

  /**
   * {@code passage} with one to three of its words changed for other words of the publication;
   * empty when no other word was drawn.
   */
  private static Optional<Made> changed(Dice dice, String passage, Publication publication) {
    List<String> others = new ArrayList<>();
    for (Turn turn : publication.turns()) {
      for (String paragraph : turn.paragraphs()) {
        Matcher m = LETTERS.matcher(paragraph);
        while (m.find()) {
          if (m.group().length() >= 4) {
            others.add(m.group());
          }
        }
      }
    }
    List<int[]> words = new ArrayList<>();
    Matcher m = LETTERS.matcher(passage);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    int changes = dice.between(1, 3);
    List<Integer> chosen = new ArrayList<>();
    while (chosen.size() < changes) {
      int k = dice.between(0, words.size() - 1);
      if (!chosen.contains(k)) {
        chosen.add(k);
      }
    }
    chosen.sort(null);
    StringBuilder out = new StringBuilder();
    List<String> kept = new ArrayList<>();
    int at = 0;
    for (int k : chosen) {
      int[] word = words.get(k);
      String old = passage.substring(word[0], word[1]);
      String replacement = null;
      for (int tries = 0; tries < 10 && replacement == null; tries++) {
        String other = dice.pick(others);
        if (!other.toLowerCase(Locale.ROOT).equals(old.toLowerCase(Locale.ROOT))) {
          replacement = other;
        }
      }
      if (replacement == null) {
        return Optional.empty();
      }
      out.append(passage, at, word[0]).append(replacement);
      kept.add(passage.substring(at, word[0]));
      at = word[1];
    }
    kept.add(passage.substring(at));
    // The changed words between the first stretch with a word and the last are the words
    // another turn may say there.
    List<String> stretches = new ArrayList<>();
    int between = 0;
    int pending = 0;
    for (String stretch : kept) {
      if (LETTERS.matcher(stretch).find()) {
        between += stretches.isEmpty() ? 0 : pending;
        pending = 0;
        stretches.add(stretch);
      }
      pending++;
    }
    return Optional.of(new Made(out.append(passage.substring(at)).toString(),
        new Wording(stretches, between)));
  }

  /** Start and end of each run of non-space characters. */
  private static List<int[]> tokens(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }
}
