package org.verbatim.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A briefing's contents list as printed above its text, in every layout of the catalogue: the
 * usual numbered list (with a gap, a restart, or as dash bullets) ending with the answers item,
 * or one of the {@link Form} layouts that list the questions too; with or without a heading,
 * numbers as {@code 1.} or {@code 1)}, narrow or wide gaps.
 */
final class Contents {

  private static final List<Form> LAYOUTS = List.of(Form.CONTENTS_NONE,
      Form.CONTENTS_ANSWERS_ITEM, Form.CONTENTS_ANSWERS_LINE, Form.CONTENTS_FROM_ANSWERS,
      Form.CONTENTS_DASH_THEN_NUMBERED);
  private static final List<String> HEADINGS = List.of("Table of contents", "Table of contents:",
      "Table of Contents", "Table of Contents:");

  private final Set<Form> forms;
  private final Dice dice;
  private final boolean paren;
  private final int wideGap;

  /**
   * Numbers for a list of a page in {@code html} or text: {@code 1)} and wide gaps (text pages
   * only, whose spaces survive) at their rates.
   */
  private Contents(boolean html, GeneratorOptions options, Set<Form> forms, Dice dice) {
    this.forms = forms;
    this.dice = dice;
    this.paren = dice.chance(options.rate(Form.CONTENTS_PAREN));
    this.wideGap = !html && dice.chance(options.rate(Form.CONTENTS_WIDE_GAP))
        ? dice.between(1, 3) : 0;
  }

  /**
   * The layout of a briefing's list: one of the layout forms at its rate (those listing the
   * questions only when the briefing answers questions), or null for the usual list.
   */
  static Form layout(boolean answers, GeneratorOptions options, Dice dice) {
    double u = dice.unit();
    for (Form layout : LAYOUTS) {
      if (answers || layout == Form.CONTENTS_NONE) {
        u -= options.rate(layout);
        if (u < 0) {
          return layout;
        }
      }
    }
    return null;
  }

  /** Whether {@code layout} lists the questions as items of their own. */
  static boolean listsQuestions(Form layout) {
    return layout != null && layout != Form.CONTENTS_NONE;
  }

  /**
   * The lines of the list: {@code topics}, then {@code lead} ({@code Answers to media questions},
   * or null) and {@code questions} as {@code layout} prints them. An empty list for
   * {@link Form#CONTENTS_NONE}. The forms printed are added to {@code forms}.
   */
  static List<String> print(Form layout, List<String> topics, String lead, List<String> questions,
      Lang lang, boolean html, GeneratorOptions options, Set<Form> forms, Dice dice) {
    if (layout == Form.CONTENTS_NONE) {
      forms.add(layout);
      return List.of();
    }
    Contents contents = new Contents(html, options, forms, dice);
    List<String> lines = new ArrayList<>();
    if (lang == Lang.EN && dice.chance(options.rate(Form.CONTENTS_HEADING))) {
      forms.add(Form.CONTENTS_HEADING);
      lines.add(dice.pick(HEADINGS));
    }
    if (layout == null) {
      lines.addAll(contents.usual(lead == null ? topics : concat(topics, List.of(lead))));
      return lines;
    }
    forms.add(layout);
    int number = 1;
    if (layout == Form.CONTENTS_DASH_THEN_NUMBERED) {
      topics.forEach(topic -> lines.add("- " + topic));
    } else {
      for (String topic : topics) {
        lines.add(contents.numbered(number++, topic));
      }
    }
    switch (layout) {
      case CONTENTS_ANSWERS_ITEM -> {
        lines.add(contents.numbered(number++, lead + ":"));
        number = dice.chance(0.4) ? 1 : number;
        for (String question : questions) {
          lines.add(contents.numbered(number++, question));
        }
      }
      case CONTENTS_ANSWERS_LINE -> {
        lines.add(lead + ":");
        number = 1;
        for (String question : questions) {
          lines.add(contents.numbered(number++, question));
        }
      }
      case CONTENTS_FROM_ANSWERS -> {
        lines.add(lead + ":");
        lines.addAll(questions);
      }
      default -> {
        number = 2;
        for (String question : questions) {
          lines.add(contents.numbered(number, question));
          number += dice.chance(0.3) ? 2 : 1;
        }
      }
    }
    return lines;
  }

  /** The usual list: numbered (60 in 100), with a gap (15), a restart (10), or dash bullets. */
  private List<String> usual(List<String> headings) {
    List<String> lines = new ArrayList<>();
    String scheme = dice.weighted(List.of("plain", "gap", "restart", "dash", "en-dash"),
        60, 15, 10, 10, 5);
    int gapAt = dice.between(1, headings.size() - 1);
    int restartAt = dice.between(1, headings.size() - 1);
    int number = 1;
    for (int i = 0; i < headings.size(); i++) {
      switch (scheme) {
        case "dash" -> lines.add("- " + headings.get(i));
        case "en-dash" -> lines.add("– " + headings.get(i));
        default -> {
          if (scheme.equals("gap") && i == gapAt) {
            number++;
          }
          if (scheme.equals("restart") && i == restartAt) {
            number = 1;
          }
          lines.add(numbered(number++, headings.get(i)));
        }
      }
    }
    return lines;
  }

  /** {@code 3. Heading}, or {@code 3) Heading}, {@code 3.  Heading}, {@code 3.      Heading}… */
  private String numbered(int number, String heading) {
    if (paren) {
      forms.add(Form.CONTENTS_PAREN);
    }
    if (wideGap > 0) {
      forms.add(Form.CONTENTS_WIDE_GAP);
    }
    String mark = number + (paren ? ")" : ".");
    return switch (wideGap) {
      case 1 -> mark + "  " + heading;
      case 2 -> mark + " ".repeat(Math.max(2, 8 - mark.length())) + heading;
      case 3 -> " ".repeat(11) + mark + " " + heading;
      default -> mark + " " + heading;
    };
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> out = new ArrayList<>(first);
    out.addAll(second);
    return out;
  }
}
