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

  private record Word(String text, Kind kind, boolean stem) {}

  private static final Word[] WORDS = {
      word("interview", Kind.INTERVIEW), stem("интервью", Kind.INTERVIEW),
      word("entretien", Kind.INTERVIEW), word("entrevista", Kind.INTERVIEW),
      word("briefing", Kind.BRIEFING), word("pressebriefing", Kind.BRIEFING),
      stem("брифинг", Kind.BRIEFING), word("point de presse", Kind.BRIEFING),
      word("rueda de prensa", Kind.BRIEFING), word("sesión informativa", Kind.BRIEFING),
      word("remarks", Kind.REMARKS), word("answers to media questions", Kind.REMARKS),
      word("answers to questions", Kind.REMARKS), word("news conference", Kind.REMARKS),
      word("press conference", Kind.REMARKS), stem("выступлени", Kind.REMARKS),
      stem("ответы на вопрос", Kind.REMARKS), stem("пресс-конференци", Kind.REMARKS),
      word("intervention", Kind.REMARKS), word("conférence de presse", Kind.REMARKS),
      word("pressekonferenz", Kind.REMARKS), word("intervención", Kind.REMARKS),
      word("conferencia de prensa", Kind.REMARKS),
      word("speech", Kind.SPEECH), word("address", Kind.SPEECH), stem("речь", Kind.SPEECH),
      word("discours", Kind.SPEECH), word("rede", Kind.SPEECH), word("discurso", Kind.SPEECH),
      word("statement", Kind.STATEMENT), stem("заявлени", Kind.STATEMENT),
      word("déclaration", Kind.STATEMENT), word("erklärung", Kind.STATEMENT),
      word("declaración", Kind.STATEMENT),
      word("article", Kind.ARTICLE), stem("стать", Kind.ARTICLE), word("artikel", Kind.ARTICLE),
      word("artículo", Kind.ARTICLE),
      word("comment", Kind.COMMENT), word("commentary", Kind.COMMENT),
      stem("комментари", Kind.COMMENT), word("commentaire", Kind.COMMENT),
      word("kommentar", Kind.COMMENT), word("comentario", Kind.COMMENT),
      word("press release", Kind.PRESS_RELEASE), word("press-release", Kind.PRESS_RELEASE),
      stem("пресс-релиз", Kind.PRESS_RELEASE), word("communiqué de presse", Kind.PRESS_RELEASE),
      word("pressemitteilung", Kind.PRESS_RELEASE),
      word("comunicado de prensa", Kind.PRESS_RELEASE),
  };

  private TitleKinds() {}

  private static Word word(String text, Kind kind) {
    return new Word(text, kind, false);
  }

  private static Word stem(String text, Kind kind) {
    return new Word(text, kind, true);
  }

  /** The earliest kind word in {@code title} (the longer one when two start together), or null. */
  static Match find(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    Match best = null;
    for (Word word : WORDS) {
      int from = 0;
      while (true) {
        int at = lower.indexOf(word.text(), from);
        if (at < 0 || (best != null && at > best.start())) {
          break;
        }
        int end = wordEnd(lower, at, word);
        if (end > 0 && (best == null || at < best.start()
            || (at == best.start() && end > best.end()))) {
          best = new Match(word.kind(), at, end);
          break;
        }
        from = at + 1;
      }
    }
    return best;
  }

  /** The end of the word found at {@code at}, or -1 when it is only part of a longer word. */
  private static int wordEnd(String lower, int at, Word word) {
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
