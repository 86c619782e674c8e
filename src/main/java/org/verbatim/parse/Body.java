package org.verbatim.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.verbatim.model.Kind;
import org.verbatim.model.ParseWarning;

/**
 * The second stage: classifies the body's lines into {@link Block}s.
 *
 * <p>Two passes over the lines no earlier stage took ({@link ChromeScan} marked blank lines and
 * chrome). The first finds the labels printed properly at the start of lines, which become
 * <em>known</em> ({@link Labels#learn}), and looks at the page as a whole: whether it prints
 * {@code Q }/{@code A } turns without colons, or nameless dash turns ({@link PageForms}), which
 * labels ask questions ({@link Questioners}), and whether it is a listing after all. The second
 * hands every other line on as a section heading, a separator, a labelled paragraph (a proper
 * label, a repaired one with its warning, a {@code Q }/{@code A } or a dash) or a plain
 * paragraph, cut again wherever a known label is glued after a sentence. It {@link Lines#take}s
 * each line it hands on, so that the page's lines and its paragraphs are not both held.
 */
final class Body {

  /** Where a label was read, for the line-use report. */
  record LabelUse(int line, int start, String consumed) {}

  private final Lines lines;
  private final LineUse[] uses;
  private final Labels labels;
  private final Sections sections;
  private final List<ParseWarning> warnings;
  private final boolean inlineHeadings;
  private final String title;
  private final List<LabelUse> labelUses = new ArrayList<>();
  /** Each consumed label text once: a long page repeats {@code Question: } on every other line. */
  private final Map<String, String> consumed = new HashMap<>();

  Body(Lines lines, LineUse[] uses, Labels labels, Sections sections,
      List<ParseWarning> warnings, Kind kind, String title) {
    this.title = title;
    this.lines = lines;
    this.uses = uses;
    this.labels = labels;
    this.sections = sections;
    this.warnings = warnings;
    this.inlineHeadings = sections.isEmpty() && kind == Kind.BRIEFING;
  }

  List<LabelUse> labelUses() {
    return labelUses;
  }

  /** Reads lines {@code from} to the end into {@code out}; refuses a listing page. */
  void read(int from, String page, Consumer<Block> out) throws ParseException {
    PageForms forms = firstPass(from, page);
    Label[] atStart = forms.labels();
    for (int i = from; i < lines.count(); i++) {
      if (uses[i] != null) {
        continue;
      }
      boolean headingShape = forms.isHeadingShaped(i);
      String line = PageForms.withoutSeparator(lines.take(i));
      int glued = gluedToHeading(line);
      if (glued > 0) {
        String heading = line.substring(0, glued);
        int opened = sections.open(heading);
        out.accept(new Block(BlockKind.SECTION_HEADING, i, heading, null,
            opened > 0 ? opened : sections.add(heading)));
        line = line.substring(glued);
        atStart[i - from] = labels.atStart(line);
        warnings.add(new ParseWarning(Lines.number(i),
            Warnings.gluedLabel(atStart[i - from].printed())));
      }
      int section = glued > 0 ? 0 : sections.open(line);
      if (section == 0 && inlineHeadings && headingShape && isInlineHeading(line)) {
        section = sections.add(Sections.isAnswersLead(line) ? withoutColon(line)
            : line.startsWith("**") ? Lines.strip(line.substring(2)) : line);
      }
      if (section > 0) {
        uses[i] = LineUse.SECTION_HEADING;
        out.accept(new Block(BlockKind.SECTION_HEADING, i, line, null, section));
        continue;
      }
      if (PageForms.isSeparator(line)) {
        uses[i] = LineUse.SEPARATOR;
        out.accept(new Block(BlockKind.SEPARATOR, i, line, null, 0));
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

  /**
   * Where a label glued to a heading starts ({@code Answers to media questionsQuestion: …}), or
   * 0: the line starts with a section's heading or a questions lead, and a label printed
   * properly follows it with no space.
   */
  private int gluedToHeading(String line) {
    int ahead = sections.gluedHeading(line);
    if (ahead > 0 && labels.atStart(line.substring(ahead)) != null) {
      return ahead;
    }
    char first = line.charAt(0);
    if (first != 'A' && first != 'F' && first != 'О' && first != 'И') {
      return 0;
    }
    for (String lead : Sections.ANSWER_LEADS_PRINTED) {
      if (line.length() > lead.length() + 2 && line.startsWith(lead)
          && Character.isUpperCase(line.charAt(lead.length()))
          && labels.atStart(line.substring(lead.length())) != null) {
        return lead.length();
      }
    }
    return 0;
  }

  /** A heading in a briefing without a contents list: a few words with no final full stop. */
  private static boolean isInlineHeading(String line) {
    if (Sections.isAnswersLead(line) || line.startsWith("**") && line.length() > 3) {
      return true;
    }
    int words = Prose.words(line);
    if (words < 2 || words > 20 || line.length() > 160) {
      return false;
    }
    char first = line.charAt(0);
    char last = line.charAt(line.length() - 1);
    return (Character.isUpperCase(first) || Character.isDigit(first) || first == '«'
        || first == '"' || first == '“') && (Character.isLetterOrDigit(last) || last == '»'
        || last == '"' || last == '”' || last == ')') && !TitleScore.isSalutation(line + ",");
  }

  private static String withoutColon(String line) {
    return line.endsWith(":") ? Lines.strip(line.substring(0, line.length() - 1)) : line;
  }

  private PageForms firstPass(int from, String page) throws ParseException {
    PageForms forms = new PageForms(lines, from, labels);
    List<Integer> dateLines = new ArrayList<>();
    boolean labelSeen = false;
    for (int i = from; i < lines.count(); i++) {
      if (uses[i] != null) {
        continue;
      }
      String line = lines.stripped(i);
      if (Sections.isContentsLead(line)) {
        uses[i] = LineUse.TOC;
        continue;
      }
      Label label = forms.look(i, line);
      if (label != null) {
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
    forms.decide(title);
    return forms;
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
