package org.verbatim.parse;

import java.util.BitSet;

/**
 * How a page's body prints its turns, seen as a whole in the body's first pass:
 *
 * <ul>
 *   <li>labels printed properly at the start of lines ({@link Labels#atStart}), learnt as known;
 *   <li>{@code Q }/{@code A } without a colon: when two or more lines start {@code Q } and a
 *       capital, each is a question, and the first {@code A } line after each is its answer
 *       (other lines starting {@code A } are sentences);
 *   <li>nameless dash turns ({@code — …}): when three or more paragraphs start with a dash,
 *       labels are few and one of them asks, each dash starts a turn, a question when it asks
 *       and the turn before did not, else an answer;
 *   <li>which labels ask: {@link Questioners}, from every turn's label, whether it asks and who
 *       speaks next; a weak label ({@link Labels#weak}: {@code The Lantern:}) is a label only
 *       when it asks;
 *   <li>short lines standing alone between blank lines: headings, in a briefing without a list.
 * </ul>
 * Not thread-safe: one per page.
 */
final class PageForms {

  private static final int MIN_Q_LINES = 2;
  private static final int MIN_DASH_LINES = 3;

  private final Lines lines;
  private final int from;
  private final Labels labels;
  private final Label[] atStart;
  private final BitSet qLines = new BitSet();
  private final BitSet aLines = new BitSet();
  private final BitSet dashLines = new BitSet();
  private final BitSet asking = new BitSet();
  private final BitSet headingShaped = new BitSet();
  private final Label[] weak;
  private final Questioners questioners;
  private int labelled;
  /** The line that started the turn the last line belongs to, or -1. */
  private int turnStart = -1;

  PageForms(Lines lines, int from, Labels labels) {
    this.lines = lines;
    this.from = from;
    this.labels = labels;
    this.atStart = new Label[lines.count() - from];
    this.weak = new Label[lines.count() - from];
    this.questioners = new Questioners(labels.speakers());
  }

  /** The labels at the starts of lines, by line from the body's start. */
  Label[] labels() {
    return atStart;
  }

  /** Whether line {@code i} stood alone between blank lines. */
  boolean isHeadingShaped(int i) {
    return headingShaped.get(i - from);
  }

  /**
   * Looks at body line {@code i} (not blank, not chrome), stripped to {@code line}; returns the
   * label it starts with, if printed properly.
   */
  Label look(int i, String line) {
    int k = i - from;
    if ((i == from || lines.isBlank(i - 1)) && (i + 1 == lines.count() || lines.isBlank(i + 1))
        && line.length() <= 160) {
      headingShaped.set(k);
    }
    boolean asks = asks(line);
    // A label's colon stands in the first characters; without one only Q and A can start a turn.
    boolean colon = hasColonWithin(line, Labels.colonLimit(line));
    char first = line.charAt(0);
    Label label = colon || first == 'Q' || first == 'A' ? labels.atStart(line) : null;
    if (label != null) {
      atStart[k] = label;
      labels.learn(label);
      labelled++;
      questioners.turn(label.printed(), asks);
      turnStart = i;
    } else if (colon && (weak[k] = labels.weak(line)) != null) {
      questioners.turn(weak[k].printed(), asks);
      turnStart = i;
    } else if (startsWithLetter(line, 'Q')) {
      qLines.set(k);
      questioners.turn("Q", asks);
      turnStart = i;
    } else if (startsWithLetter(line, 'A')) {
      aLines.set(k);
      questioners.turn("A", asks);
    } else if (dashTextStart(line) > 0) {
      dashLines.set(k);
      questioners.turn(null, asks);
      turnStart = i;
    } else if (turnStart >= 0 && asks) {
      questioners.asks();
    }
    if (asks && turnStart >= 0) {
      asking.set(turnStart - from);
    }
    return label;
  }

  /**
   * Whether the line asks: a question mark, Western or Chinese. (The JDK's search runs faster
   * than a loop of ours, and costs nothing for a Chinese mark in a Latin-1 string.)
   */
  private static boolean asks(String line) {
    return line.indexOf('?') >= 0 || line.indexOf('？') >= 0;
  }

  private static boolean hasColonWithin(String line, int limit) {
    int end = Math.min(line.length(), limit);
    for (int c = 0; c < end; c++) {
      char ch = line.charAt(c);
      if (ch == ':' || ch == '：') {
        return true;
      }
    }
    return false;
  }

  /**
   * Decides the page's forms once every line was looked at, marking no line; a page whose
   * title names no speaker takes one from its labels ({@link Speakers#adopt}).
   */
  void decide(String title) {
    labels.speakers().adopt(title, questioners.labels());
    questioners.decide();
    boolean qa = qLines.cardinality() >= MIN_Q_LINES || answeredQ();
    int dashCount = dashLines.cardinality();
    boolean dashes = (dashCount >= MIN_DASH_LINES || dashCount == 2 && labelled == 0)
        && labelled * 4 <= dashCount && anyAsks(dashLines);
    boolean lastWasQ = false;
    boolean lastDashAsked = false;
    for (int k = 0; k < atStart.length; k++) {
      if (atStart[k] != null) {
        lastWasQ = false;
        continue;
      }
      if (weak[k] != null && labels.speakers().isQuestioner(weak[k].printed())) {
        atStart[k] = weak[k];
        labels.learn(weak[k]);
        lastWasQ = false;
        continue;
      }
      String line;
      if (qa && qLines.get(k)) {
        line = lines.stripped(from + k);
        atStart[k] = Label.of("Q", textStart(line, 1));
        lastWasQ = true;
      } else if (qa && aLines.get(k) && lastWasQ) {
        line = lines.stripped(from + k);
        atStart[k] = Label.of("A", textStart(line, 1));
        lastWasQ = false;
      } else if (dashes && dashLines.get(k)) {
        line = lines.stripped(from + k);
        boolean question = asking.get(k) && !lastDashAsked;
        atStart[k] = Label.dash(line.substring(0, 1), dashTextStart(line), question);
        lastDashAsked = question;
      }
    }
  }

  /** Whether some {@code Q } line has an {@code A } line as the next line starting a turn. */
  private boolean answeredQ() {
    for (int q = qLines.nextSetBit(0); q >= 0; q = qLines.nextSetBit(q + 1)) {
      int a = aLines.nextSetBit(q + 1);
      int nextQ = qLines.nextSetBit(q + 1);
      if (a >= 0 && (nextQ < 0 || a < nextQ) && noLabelBetween(q, a)) {
        return true;
      }
    }
    return false;
  }

  private boolean noLabelBetween(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (atStart[k] != null) {
        return false;
      }
    }
    return true;
  }

  private boolean anyAsks(BitSet candidates) {
    return candidates.intersects(asking);
  }

  /** {@code Q Text} or {@code A Text}: the letter, a space, a capital or a quote. */
  private static boolean startsWithLetter(String line, char letter) {
    if (line.length() < 4 || line.charAt(0) != letter || !Lines.isSpace(line.charAt(1))) {
      return false;
    }
    char next = line.charAt(2);
    return Character.isUpperCase(next) || next == '"' || next == '“' || next == '«';
  }

  /** Where the words of a dash paragraph start ({@code — Text}), or 0 when it is none. */
  private static int dashTextStart(String line) {
    if (line.length() < 3) {
      return 0;
    }
    char first = line.charAt(0);
    if (first != '—' && first != '–' && first != '-') {
      return 0;
    }
    boolean space = Lines.isSpace(line.charAt(1));
    if (!space && first == '-') {
      return 0;
    }
    int start = textStart(line, 1);
    return start < line.length() && Character.isLetterOrDigit(line.charAt(start))
        && Character.isUpperCase(line.charAt(start)) || start < line.length()
        && (line.charAt(start) == '«' || line.charAt(start) == '"') ? start : 0;
  }

  private static int textStart(String line, int from) {
    int i = from;
    while (i < line.length() && Lines.isSpace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A line without a separator glued before its words ({@code ***Its captain…}). */
  static String withoutSeparator(String line) {
    if (!line.startsWith("***") || line.length() < 5) {
      return line;
    }
    int i = 0;
    while (i < line.length() && (line.charAt(i) == '*' || Lines.isSpace(line.charAt(i)))) {
      i++;
    }
    return i < line.length() && Character.isLetter(line.charAt(i)) ? line.substring(i) : line;
  }

  /** {@code * * *}, {@code ***}, {@code ---}: a separator, not text. */
  static boolean isSeparator(String line) {
    if (line.isEmpty() || line.length() > 12) {
      return false;
    }
    int marks = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '*' || c == '—' || c == '-' || c == '–' || c == '•' || c == '·') {
        marks++;
      } else if (!Lines.isSpace(c)) {
        return false;
      }
    }
    return marks >= 3;
  }
}
