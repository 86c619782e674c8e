package org.verbatim.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Synthetic sentences, paragraphs, questions and briefing topics from a {@link Words} vocabulary.
 * No sentence contains a colon or a full stop followed by a letter, so no generated text can be
 * mistaken for a label; the only colon is the deliberate list introduction.
 */
final class Prose {

  private final Words words;
  private final Dice dice;
  private String lastTemplate;

  Prose(Words words, Dice dice) {
    this.words = words;
    this.dice = dice;
  }

  String sentence() {
    String template = dice.pick(words.statements());
    if (template.equals(lastTemplate)) {
      template = dice.pick(words.statements());
    }
    lastTemplate = template;
    return fill(template);
  }

  String question() {
    String question = fill(dice.pick(words.questions()));
    int lead = dice.between(0, 2);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lead; i++) {
      out.append(sentence()).append(' ');
    }
    return out.append(question).toString();
  }

  /** A paragraph of {@code low..high} sentences. */
  String paragraph(int low, int high) {
    int n = dice.between(low, high);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(i == 0 ? "" : " ").append(sentence());
    }
    return out.toString();
  }

  /** {@code count} distinct briefing topics. */
  List<String> headings(int count) {
    List<String> out = new ArrayList<>();
    int tries = 0;
    while (out.size() < count) {
      String heading = fill(dice.pick(words.headings()));
      if (!out.contains(heading) && !heading.equals(words.answersHeading())) {
        out.add(heading);
      } else if (++tries > 1000) {
        throw new IllegalStateException("Cannot find " + count + " distinct briefing topics");
      }
    }
    return out;
  }

  /** An editorial insertion, brackets included ({@code [environment]}). */
  String insertion() {
    return fill(dice.pick(words.insertions()));
  }

  String answersHeading() {
    return words.answersHeading();
  }

  String fromAnswersHeading() {
    return words.fromAnswersHeading();
  }

  String listIntroduction() {
    return words.listIntroduction();
  }

  Words.Country country() {
    return dice.pick(words.countries());
  }

  Words.Place place() {
    return dice.pick(words.places());
  }

  String object() {
    return fill(dice.pick(words.objects()));
  }

  private String fill(String template) {
    String[] parts = PARTS.computeIfAbsent(template, Prose::split);
    if (parts.length == 1) {
      return parts[0];
    }
    StringBuilder out = new StringBuilder(template.length() + 64);
    for (int i = 0; i < parts.length; i++) {
      out.append(i % 2 == 0 ? parts[i] : slot(parts[i]));
    }
    return out.toString();
  }

  /** Templates split once into literal text (even places) and slot names (odd places). */
  private static final Map<String, String[]> PARTS = new ConcurrentHashMap<>();

  private static String[] split(String template) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    int open;
    while ((open = template.indexOf('{', from)) >= 0) {
      int close = template.indexOf('}', open);
      parts.add(template.substring(from, open));
      parts.add(template.substring(open + 1, close));
      from = close + 1;
    }
    parts.add(template.substring(from));
    return parts.toArray(String[]::new);
  }

  private String slot(String name) {
    return switch (name) {
      case "s" -> fill(dice.pick(words.subjects()));
      case "S" -> capitalise(fill(dice.pick(words.subjects())));
      case "v" -> dice.pick(words.verbs());
      case "o" -> object();
      case "a" -> fill(dice.pick(words.adverbials()));
      case "A" -> capitalise(fill(dice.pick(words.adverbials())));
      case "c" -> country().name();
      case "cg" -> country().genitive();
      case "cp" -> country().prepositional();
      case "ci" -> country().instrumental();
      case "in" -> place().in();
      case "n" -> String.valueOf(dice.pick(words.smallNumbers()));
      case "N" -> String.valueOf(dice.pick(words.largeNumbers()));
      default -> throw new IllegalArgumentException("Unknown template slot: {" + name + "}");
    };
  }

  static String capitalise(String text) {
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
