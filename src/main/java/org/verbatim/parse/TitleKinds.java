package org.verbatim.parse;

import java.util.Locale;
import org.verbatim.model.Kind;

/**
 * The words that give a title its {@link Kind}, in English, Russian, French, German and Spanish.
 * The kind is that of the word found earliest in the title ({@code remarks at a news conference}
 * is remarks); a word counts at the start of a word only, and English words only whole (plural
 * allowed), while Russian entries are stems ({@code выступлени} matches every case).
 */
final class TitleKinds {

  /** Where a kind word stands in a title. */
  record Match(Kind kind, int start, int end) {}

  private record Word(String text, Kind kind, boolean stem, boolean anywhere) {}

  private static final Word[] WORDS = {
      word("interview", Kind.INTERVIEW), stem("интервью", Kind.INTERVIEW),
      stem("інтерв'ю", Kind.INTERVIEW), stem("інтерв’ю", Kind.INTERVIEW),
      word("entretien", Kind.INTERVIEW), word("entrevista", Kind.INTERVIEW),
      word("in conversation with", Kind.INTERVIEW), cjk("采访", Kind.INTERVIEW),
      cjk("专访", Kind.INTERVIEW),
      word("briefing", Kind.BRIEFING), word("pressebriefing", Kind.BRIEFING),
      word("regular press conference", Kind.BRIEFING), word("daily press briefing", Kind.BRIEFING),
      word("press briefing", Kind.BRIEFING), word("noon briefing", Kind.BRIEFING),
      stem("брифинг", Kind.BRIEFING), stem("брифінг", Kind.BRIEFING),
      stem("очередная пресс-конференци", Kind.BRIEFING),
      stem("очередной пресс-конференци", Kind.BRIEFING),
      stem("регулярная пресс-конференци", Kind.BRIEFING),
      stem("регулярной пресс-конференци", Kind.BRIEFING),
      word("point de presse", Kind.BRIEFING), word("rueda de prensa", Kind.BRIEFING),
      word("sesión informativa", Kind.BRIEFING), word("regierungspressekonferenz", Kind.BRIEFING),
      cjk("例行记者会", Kind.BRIEFING), cjk("吹风会", Kind.BRIEFING),
      word("remarks", Kind.REMARKS), word("answers to media questions", Kind.REMARKS),
      word("answers to questions", Kind.REMARKS), word("news conference", Kind.REMARKS),
      word("press conference", Kind.REMARKS), word("press-conference", Kind.REMARKS),
      word("news-conference", Kind.REMARKS), word("press availability", Kind.REMARKS),
      word("media availability", Kind.REMARKS), word("takes questions", Kind.REMARKS),
      word("answered media questions", Kind.REMARKS), word("answered questions", Kind.REMARKS),
      word("press statements", Kind.REMARKS), word("doorstep", Kind.REMARKS),
      stem("выступлени", Kind.REMARKS), stem("виступ", Kind.REMARKS),
      stem("ответы на вопрос", Kind.REMARKS), stem("пресс-конференци", Kind.REMARKS),
      stem("прес-конференці", Kind.REMARKS),
      word("intervention", Kind.REMARKS), word("conférence de presse", Kind.REMARKS),
      word("pressekonferenz", Kind.REMARKS), word("intervención", Kind.REMARKS),
      word("conferencia de prensa", Kind.REMARKS), cjk("答记者问", Kind.REMARKS),
      cjk("记者会", Kind.REMARKS),
      word("speech", Kind.SPEECH), word("address", Kind.SPEECH), word("keynote", Kind.SPEECH),
      word("lecture", Kind.SPEECH), stem("речь", Kind.SPEECH), stem("промов", Kind.SPEECH),
      word("discours", Kind.SPEECH), word("rede", Kind.SPEECH), word("discurso", Kind.SPEECH),
      cjk("讲话", Kind.SPEECH), cjk("演讲", Kind.SPEECH), cjk("致辞", Kind.SPEECH),
      word("statement", Kind.STATEMENT), stem("заявлени", Kind.STATEMENT),
      stem("заява", Kind.STATEMENT),
      word("déclaration", Kind.STATEMENT), word("erklärung", Kind.STATEMENT),
      word("declaración", Kind.STATEMENT), cjk("声明", Kind.STATEMENT),
      word("article", Kind.ARTICLE), word("op-ed", Kind.ARTICLE), stem("стать", Kind.ARTICLE),
      stem("статт", Kind.ARTICLE), word("artikel", Kind.ARTICLE), word("artículo", Kind.ARTICLE),
      cjk("署名文章", Kind.ARTICLE),
      word("comment", Kind.COMMENT), word("commentary", Kind.COMMENT),
      stem("комментари", Kind.COMMENT), stem("коментар", Kind.COMMENT),
      word("commentaire", Kind.COMMENT),
      word("kommentar", Kind.COMMENT), word("comentario", Kind.COMMENT),
      word("press release", Kind.PRESS_RELEASE), word("press-release", Kind.PRESS_RELEASE),
      stem("пресс-релиз", Kind.PRESS_RELEASE), stem("прес-реліз", Kind.PRESS_RELEASE),
      word("communiqué de presse", Kind.PRESS_RELEASE),
      word("pressemitteilung", Kind.PRESS_RELEASE),
      word("comunicado de prensa", Kind.PRESS_RELEASE),
  };

  /** The words that are looked for at word starts, by their first letter. */
  private static final java.util.Map<Character, Word[]> BY_FIRST = byFirst();

  private static java.util.Map<Character, Word[]> byFirst() {
    java.util.Map<Character, java.util.List<Word>> lists = new java.util.HashMap<>();
    for (Word word : WORDS) {
      if (!word.anywhere()) {
        lists.computeIfAbsent(word.text().charAt(0), k -> new java.util.ArrayList<>()).add(word);
      }
    }
    java.util.Map<Character, Word[]> out = new java.util.HashMap<>();
    lists.forEach((c, words) -> out.put(c, words.toArray(Word[]::new)));
    return java.util.Map.copyOf(out);
  }

  /** Phrases of questions answered: a title with one is remarks unless an interview or briefing. */
  private static final String[][] ANSWERS = {
      {"answers to", "questions"}, {"answered", "questions"}, {"answering", "questions"},
      {"answer to", "question"}, {"answers", "questions from"},
      {"takes questions", ""}, {"q&a", ""}, {"ответ", "на вопрос"}, {"ответил", "на вопрос"},
      {"відповід", "на запитання"}, {"відповід", "на питання"}, {"respuestas a", "preguntas"},
      {"antworten auf", "fragen"}, {"réponses aux", "questions"}, {"答记者问", ""}};


  private TitleKinds() {}

  private static Word word(String text, Kind kind) {
    return new Word(text, kind, false, false);
  }

  private static Word stem(String text, Kind kind) {
    return new Word(text, kind, true, false);
  }

  /** Chinese words stand between other characters: no word boundary to look for. */
  private static Word cjk(String text, Kind kind) {
    return new Word(text, kind, false, true);
  }

  /**
   * The earliest kind word in {@code title} (the longer one when two start together), or null;
   * a title that answers questions is remarks unless its word is an interview or a briefing
   * ({@code Statement and answers to questions} is remarks).
   */
  static Match find(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    Match best = earliest(lower);
    if (best != null && (best.kind() == Kind.INTERVIEW || best.kind() == Kind.BRIEFING
        || best.kind() == Kind.REMARKS)) {
      return best;
    }
    int answers = answers(lower);
    if (answers >= 0) {
      if (best != null) {
        return new Match(Kind.REMARKS, best.start(), best.end());
      }
      int end = answers;
      while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
        end++;
      }
      return new Match(Kind.REMARKS, answers, end);
    }
    return best;
  }

  /** The kind words that only say questions were answered. */
  private static final String[] ANSWER_WORDS = {
      "answers to media questions", "answers to questions", "answered media questions",
      "answered questions", "takes questions", "ответы на вопрос"};

  /**
   * Whether answering questions is all the title says of its kind ({@code Foreign Minister Ivan
   * Petrov’s answers to questions from the Morning Courier}): no remarks, speech or conference
   * besides. Whose questions they were may then make it an interview ({@link Outlets#asking}).
   */
  static boolean answersOnly(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    if (answers(lower) < 0) {
      return false;
    }
    StringBuilder masked = new StringBuilder(lower);
    for (String words : ANSWER_WORDS) {
      for (int at = lower.indexOf(words); at >= 0; at = lower.indexOf(words, at + 1)) {
        for (int i = at; i < at + words.length(); i++) {
          masked.setCharAt(i, ' ');
        }
      }
    }
    return earliest(masked.toString()) == null;
  }

  private static int answers(String lower) {
    for (String[] phrase : ANSWERS) {
      int at = lower.indexOf(phrase[0]);
      if (at >= 0 && (phrase[1].isEmpty() || lower.indexOf(phrase[1], at) > at)) {
        return at;
      }
    }
    return -1;
  }

  /**
   * The earliest kind word: one pass over the word starts of the title, trying at each only the
   * words that begin with its letter; Chinese words, which stand between other characters, are
   * looked for only in a title that has Chinese in it.
   */
  private static Match earliest(String lower) {
    boolean han = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= '\u3400') {
        han |= Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        if (han) {
          break;
        }
      }
    }
    Match best = han ? anywhere(lower) : null;
    for (int at = 0; at < lower.length(); at++) {
      if (best != null && at >= best.start()) {
        break;
      }
      char c = lower.charAt(at);
      if (at > 0 && Character.isLetter(lower.charAt(at - 1)) || !Character.isLetter(c)) {
        continue;
      }
      Word[] words = BY_FIRST.get(c);
      if (words == null) {
        continue;
      }
      for (Word word : words) {
        if (lower.startsWith(word.text(), at)) {
          int end = wordEnd(lower, at, word);
          if (end > 0 && (best == null || at < best.start()
              || at == best.start() && end > best.end())) {
            best = new Match(word.kind(), at, end);
          }
        }
      }
    }
    return best;
  }

  /** The earliest of the Chinese words, found wherever they stand. */
  private static Match anywhere(String lower) {
    Match best = null;
    for (Word word : WORDS) {
      if (!word.anywhere()) {
        continue;
      }
      int at = lower.indexOf(word.text());
      if (at >= 0 && (best == null || at < best.start()
          || at == best.start() && at + word.text().length() > best.end())) {
        best = new Match(word.kind(), at, at + word.text().length());
      }
    }
    return best;
  }

  /** The end of the word found at {@code at}, or -1 when it is only part of a longer word. */
  private static int wordEnd(String lower, int at, Word word) {
    if (word.anywhere()) {
      return at + word.text().length();
    }
    if (at > 0 && Character.isLetter(lower.charAt(at - 1))) {
      return -1;
    }
    int end = at + word.text().length();
    if (word.stem()) {
      while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
        end++;
      }
      return end;
    }
    if (end < lower.length() && lower.charAt(end) == 's'
        && (end + 1 == lower.length() || !Character.isLetter(lower.charAt(end + 1)))) {
      return end + 1;
    }
    return end < lower.length() && Character.isLetter(lower.charAt(end)) ? -1 : end;
  }
}
