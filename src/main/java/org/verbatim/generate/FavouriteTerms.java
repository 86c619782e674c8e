package org.verbatim.generate;

import java.util.List;
import java.util.Locale;

/**
 * The words an invented speaker favours, the truth of a generator run with
 * {@link Generator#withFavouriteTerms()}: each of the principal speaker's paragraphs then ends with
 * a sentence naming their two favourite words, which no other text of the generator uses. Which
 * two follows from the speaker's name alone ({@link String#hashCode()} is fixed by its
 * specification), so a test can ask for a speaker's favourites without the generator.
 */
public final class FavouriteTerms {

  private static final List<String> ENGLISH = List.of("desalination", "cartography",
      "glaciology", "viticulture", "bathymetry", "ornithology", "metallurgy", "apiculture",
      "seismology", "lexicography", "horticulture", "hydrography");
  private static final List<String> RUSSIAN = List.of("опреснение", "картография",
      "гляциология", "виноградарство", "батиметрия", "орнитология", "металлургия",
      "пчеловодство", "сейсмология", "лексикография", "садоводство", "гидрография");

  private FavouriteTerms() {}

  /** The two words {@code speaker} favours, in the language of the name's script. */
  public static List<String> of(String speaker) {
    List<String> words = speaker.codePoints().anyMatch(c ->
        Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) ? RUSSIAN : ENGLISH;
    int first = Math.floorMod(speaker.hashCode(), words.size());
    int second = Math.floorMod(first + 1 + Math.floorMod(speaker.hashCode() / words.size(),
        words.size() - 1), words.size());
    return List.of(words.get(first), words.get(second));
  }

  /** The sentence that ends each of {@code speaker}'s paragraphs. */
  static String sentence(String speaker) {
    List<String> terms = of(speaker);
    boolean russian = RUSSIAN.contains(terms.get(0));
    String first = terms.get(0).substring(0, 1).toUpperCase(Locale.ROOT) + terms.get(0).substring(1);
    return first + (russian ? " и " : " and ") + terms.get(1)
        + (russian ? " важны для нас." : " matter to us.");
  }
}
