package org.verbatim.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Russian word forms and their dictionary forms, from the morfologik dictionary of LanguageTool's
 * Russian module (LGPL): {@code лаврову} is {@code лавров} tagged {@code NN:Fam:…}, a surname.
 *
 * <p>Thread-safe: the dictionary is shared, each thread has its own lookup (morfologik's is not
 * thread-safe), and analyses are cached up to a bound.
 */
final class Morphology {

  /** One reading of a word: its dictionary form (normalised) and morfologik's tag. */
  record Reading(String lemma, String tag) {
    boolean surname() {
      return tag.startsWith("NN:Fam");
    }

    boolean givenName() {
      return tag.startsWith("NN:Name");
    }

    boolean patronymic() {
      return tag.startsWith("NN:Patr");
    }

    boolean adjective() {
      return tag.startsWith("ADJ") || tag.startsWith("PT");
    }

    boolean verb() {
      return tag.startsWith("VB");
    }

    boolean nominative() {
      return tag.contains(":Nom");
    }

    boolean feminine() {
      return tag.contains(":Fem");
    }

    boolean plural() {
      return tag.contains(":PL");
    }

    /**
     * Whether this word and a surname's {@code other} may stand together in a name: of one
     * gender and in one case, or the surname one that does not change ({@code Лукашенко}).
     */
    boolean agrees(Reading other) {
      if (!other.tag.contains(":Masc") && !other.tag.contains(":Fem")) {
        return !other.plural();
      }
      int ownCase = tag.lastIndexOf(':'); // a noun's tag ends in its case: Nom, R, D, V...
      int otherCase = other.tag.lastIndexOf(':');
      return feminine() == other.feminine() && !plural() && !other.plural()
          && tag.length() - ownCase == other.tag.length() - otherCase
          && tag.regionMatches(ownCase, other.tag, otherCase, tag.length() - ownCase);
    }
  }

  private static final String RESOURCE = "/org/languagetool/resource/ru/russian.dict";
  private static final int CACHE_LIMIT = 200_000;

  private final Dictionary dictionary;
  private final ThreadLocal<DictionaryLookup> lookups;
  private final Map<String, Word> cache = new ConcurrentHashMap<>();

  /**
   * What the dictionary says of one word, worked out once: its readings, its forms, and its
   * forms as a name.
   */
  private record Word(List<Reading> readings, List<String> forms, List<String> nameForms) {}

  private Morphology(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
  }

  static Morphology russian() {
    URL url = Morphology.class.getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException("The Russian dictionary " + RESOURCE
          + " (org.languagetool:language-ru) is missing from the class path");
    }
    try {
      return new Morphology(Dictionary.read(url));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Russian dictionary " + url, e);
    }
  }

  /** The readings of a lower-case word; empty when the dictionary does not know it. */
  List<Reading> readings(String norm) {
    return word(norm).readings();
  }

  /** The distinct dictionary forms of a word, the word itself first. */
  List<String> forms(String norm) {
    return word(norm).forms();
  }

  /**
   * The distinct dictionary forms of a word, the word itself first. A capitalised name the
   * dictionary does not know ({@code Хургаду}, {@code Йоханнесбурге}) may also stand for the name
   * without its case ending: a last one or two letters dropped, or a last {@code у}/{@code ы}/{@code е}
   * read as {@code а}; these forms only ever match names of the catalogue.
   */
  List<String> forms(String norm, boolean name) {
    Word word = word(norm);
    return name ? word.nameForms() : word.forms();
  }

  /** A word from the cache, or looked up (and cached while the cache is under its bound). */
  private Word word(String norm) {
    Word cached = cache.get(norm);
    if (cached != null) {
      return cached;
    }
    Word word = lookUp(norm);
    if (cache.size() < CACHE_LIMIT) {
      cache.put(norm, word);
    }
    return word;
  }

  private Word lookUp(String norm) {
    List<Reading> readings = readingsAsSpelled(norm);
    // the dictionary spells some words with ё (лихачёвым), which pages and Token.normalise
    // write е: an unknown word is looked up again with each е read as ё
    for (int e = norm.indexOf('е'); readings.isEmpty() && e >= 0; e = norm.indexOf('е', e + 1)) {
      readings = readingsAsSpelled(norm.substring(0, e) + 'ё' + norm.substring(e + 1));
    }
    if (readings.isEmpty()) {
      List<String> forms = List.of(norm);
      if (norm.length() < 5) {
        return new Word(List.of(), forms, forms);
      }
      String stem = norm.substring(0, norm.length() - 1);
      return new Word(List.of(), forms,
          List.of(norm, stem, norm.substring(0, norm.length() - 2), stem + "а", stem + "ь"));
    }
    List<String> forms = new ArrayList<>(3);
    forms.add(norm);
    for (Reading reading : readings) {
      if (!forms.contains(reading.lemma())) {
        forms.add(reading.lemma());
      }
    }
    List<String> known = List.copyOf(forms);
    return new Word(List.copyOf(readings), known, known);
  }

  /** The readings the dictionary gives {@code spelled} as it is, lemmas normalised. */
  private List<Reading> readingsAsSpelled(String spelled) {
    List<Reading> readings = new ArrayList<>(4);
    for (WordData data : lookups.get().lookup(spelled)) {
      CharSequence tag = data.getTag();
      readings.add(new Reading(Token.normalise(data.getStem().toString()),
          tag == null ? "" : tag.toString()));
    }
    return readings;
  }

  /** The first dictionary form of a word, or the word itself. */
  String lemma(String norm) {
    List<Reading> readings = readings(norm);
    return readings.isEmpty() ? norm : readings.get(0).lemma();
  }
}
