package org.verbatim.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.verbatim.model.ParseWarning;

/**
 * The second stage: classifies the body's lines into {@link Block}s.
 *
 * <p>Two passes. The first marks blank and chrome lines and finds the labels printed properly at
 * the start of lines, which become <em>known</em> ({@link Labels#learn}); it also refuses a
 * listing page. The second hands every other line on as a section heading, a labelled
 * paragraph (a proper label, or a repaired one with its warning) or a plain paragraph, cut again
 * wherever a known label is glued after a sentence. The second pass {@link Lines#take}s each
 * line it hands on, so that the page's lines and its paragraphs are not both held.
 */
final class Body {

  /** Where a label was read, for the line-use report. */
  record LabelUse(int line, int start, String consumed) {}

  private final Lines lines;
  private final LineUse[] uses;
  private final Labels labels;
  private final Sections sections;
  private final List<ParseWarning> warnings;
  private final List<LabelUse> labelUses = new ArrayList<>();
  /** Each consumed label text once: a long page repeats {@code Question: } on every other line. */
  private final Map<String, String> consumed = new HashMap<>();

  Body(Lines lines, LineUse[] uses, Labels labels, Sections sections,
      List<ParseWarning> warnings) {
    this.lines = lines;
    this.uses = uses;
    this.labels = labels;
    this.sections = sections;
    this.warnings = warnings;
  }

  List<LabelUse> labelUses() {
    return labelUses;
  }

  /** Reads lines {@code from} to the end into {@code out}; refuses a listing page. */
  void read(int from, String page, Consumer<Block> out) throws ParseException {
    Label[] atStart = firstPass(from, page);
    for (int i = from; i < lines.count(); i++) {
      if (uses[i] != null) {
        continue;
      }
      String line = lines.take(i);
      int section = sections.open(line);
      if (section > 0) {
        uses[i] = LineUse.SECTION_HEADING;
        out.accept(new Block(BlockKind.SECTION_HEADING, i, line, null, section));
        continue;
      }
      uses[i] = LineUse.BODY;
      Label label = atStart[i - from];
      atStart[i - from] = null;
      if (label == null) {
        label = labels.lostColon(line);
        if (label != null) {
          warnings.add(new ParseWarning(Lines.number(i), Warnings.lostColon(label.printed())));
        }
      }
      split(i, line, label, out);
    }
  }

  private Label[] firstPass(int from, String page) throws ParseException {
    Label[] atStart = new Label[lines.count() - from];
    List<Integer> dateLines = new ArrayList<>();
    boolean labelSeen = false;
    for (int i = from; i < lines.count(); i++) {
      if (lines.isBlank(i)) {
        uses[i] = LineUse.BLANK;
        continue;
      }
      String line = lines.stripped(i);
      if (Chrome.is(line)) {
        uses[i] = LineUse.CHROME;
        continue;
      }
      uses[i] = null;
      Label label = labels.atStart(line);
      if (label != null) {
        atStart[i - from] = label;
        labels.learn(label);
        labelSeen = true;
      } else if (!labelSeen && line.length() <= DateLines.MAX_LENGTH
          && DateLines.date(line) != null) {
        dateLines.add(Lines.number(i));
      }
    }
    if (dateLines.size() >= 2) {
      throw new ParseException(page, "looks like a listing of publications, not one transcript: "
          + "dates on lines " + dateLines.subList(0, Math.min(5, dateLines.size()))
          + (dateLines.size() > 5 ? " and " + (dateLines.size() - 5) + " more" : "")
          + " before any speaker label");
    }
    return atStart;
  }

  private LabelUse labelUse(int i, String line, Label label) {
    String text = line.substring(label.start(), label.textStart());
    String seen = consumed.putIfAbsent(text, text);
    return new LabelUse(i, label.start(), seen == null ? text : seen);
  }

  /** Hands on line {@code i}, cut at every glued label, as labelled or plain paragraphs. */
  private void split(int i, String line, Label first, Consumer<Block> out) {
    Label label = first;
    int textStart = first == null ? 0 : first.textStart();
    if (first != null) {
      labelUses.add(labelUse(i, line, first));
    }
    while (true) {
      Label glued = labels.glued(line, textStart);
      int textEnd = glued == null ? line.length() : glued.start();
      String text = Lines.strip(line.substring(textStart, textEnd));
      if (label != null) {
        out.accept(new Block(BlockKind.LABELLED, i, text, label, 0));
      } else if (!text.isEmpty()) {
        out.accept(new Block(BlockKind.PARAGRAPH, i, text, null, 0));
      }
      if (glued == null) {
        return;
      }
      warnings.add(new ParseWarning(Lines.number(i), Warnings.gluedLabel(glued.printed())));
      labelUses.add(labelUse(i, line, glued));
      label = glued;
      textStart = glued.textStart();
    }
  }
}
