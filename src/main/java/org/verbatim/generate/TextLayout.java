package org.verbatim.generate;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.Insertion;
import org.verbatim.model.ParseWarning;
import org.verbatim.model.Turn;
import org.verbatim.parse.Warnings;

/**
 * Prints a {@link PagePlan} as the lines of a text page, recording the 1-based line of every
 * warning the parser must give, and the turns as the parser must read them.
 */
final class TextLayout {

  /** The printed page: its lines, and the warnings and turns a parser must find in them. */
  record Printed(List<String> lines, int titleLine, List<ParseWarning> warnings,
      List<Turn> turns) {

    String text() {
      return String.join("\n", lines) + "\n";
    }
  }

  private TextLayout() {}

  static Printed print(PagePlan plan) {
    List<String> lines = new ArrayList<>();
    List<ParseWarning> warnings = new ArrayList<>();
    if (!plan.topChrome().isEmpty()) {
      lines.addAll(plan.topChrome());
      lines.add("");
    }
    if (!plan.header().lines().isEmpty()) {
      lines.addAll(plan.header().lines());
      lines.add("");
    }
    List<TurnPlan> planned = plan.body().turns();
    TurnPlan glued = planned.get(0).damage() == TurnPlan.Damage.TITLE ? planned.get(0) : null;
    lines.add(glued == null ? plan.title().text()
        : plan.title().text() + glued.printedLabel() + glued.separator()
            + glued.paragraphs().get(0));
    int titleLine = lines.size();
    switch (plan.header().form()) {
      case TITLE_ONLY -> warnings.add(new ParseWarning(titleLine, Warnings.dateFromTitle()));
      case NONE -> warnings.add(new ParseWarning(0, Warnings.noDate()));
      default -> { }
    }
    if (glued != null) {
      warnings.add(new ParseWarning(titleLine, Warnings.gluedToTitle(glued.label())));
    }
    for (int i = 0; i < plan.blanksAfterTitle(); i++) {
      lines.add("");
    }
    if (!plan.header().afterTitle().isEmpty()) {
      lines.addAll(plan.header().afterTitle());
      lines.add("");
    }
    if (plan.markerLine() != null) {
      lines.add(plan.markerLine());
      lines.add("");
    }
    if (!plan.body().topicList().isEmpty()) {
      for (String item : plan.body().topicList()) {
        lines.add(item);
        if (plan.spacedTopicList()) {
          lines.add("");
        }
      }
      if (!plan.spacedTopicList()) {
        lines.add("");
      }
    }
    List<Turn> turns = new ArrayList<>();
    int lastParagraph = titleLine - 1;
    for (TurnPlan turn : planned) {
      for (String heading : turn.headings()) {
        lines.add(heading);
        lines.add("");
      }
      for (int i = 0; i < turn.paragraphs().size(); i++) {
        String paragraph = turn.paragraphs().get(i);
        if (i == 0 && turn.printedLabel() != null) {
          switch (turn.damage()) {
            case NONE -> lines.addAll(List.of(
                (turn.printedLabel() + turn.separator() + paragraph).split("\n")));
            case LOST_COLON -> {
              lines.add(turn.printedLabel() + paragraph);
              warnings.add(new ParseWarning(lines.size(), Warnings.lostColon(turn.label())));
            }
            case GLUED -> {
              lines.set(lastParagraph, lines.get(lastParagraph) + turn.printedLabel()
                  + turn.separator() + paragraph);
              warnings.add(new ParseWarning(lastParagraph + 1, Warnings.gluedLabel(turn.label())));
              continue;
            }
            case TITLE -> {
              continue;
            }
          }
        } else {
          lines.add(paragraph);
        }
        lastParagraph = lines.size() - 1;
        lines.add("");
      }
      turns.add(new Turn(turn.section(), turn.label(), turn.speaker(), turn.role(),
          turn.paragraphs(), turn.notes(), editorial(turn.paragraphs())));
    }
    if (!plan.bottomChrome().isEmpty()) {
      lines.add("");
      lines.addAll(plan.bottomChrome());
    }
    while (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    warnings.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return new Printed(List.copyOf(lines), titleLine, List.copyOf(warnings), List.copyOf(turns));
  }

  /** The bracketed insertions of {@code paragraphs}, as {@link Turn#editorial()} marks them. */
  static List<Insertion> editorial(List<String> paragraphs) {
    List<Insertion> out = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      String text = paragraphs.get(p);
      int open = text.indexOf('[');
      while (open >= 0) {
        int close = text.indexOf(']', open);
        out.add(new Insertion(p, open, close + 1, text.substring(open, close + 1)));
        open = text.indexOf('[', close);
      }
    }
    return out;
  }
}
