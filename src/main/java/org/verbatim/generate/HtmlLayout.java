package org.verbatim.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints a page as HTML: a site's head, scripts, styles, navigation, header and footer around a
 * {@code <main>} element that holds the text page's blocks, one {@code <p>} per paragraph and
 * {@code <br>} between the lines of a block (the date lines, the topic list).
 */
final class HtmlLayout {

  private HtmlLayout() {}

  /** The HTML page whose main content reads as {@code printed} (a page printed without chrome). */
  static String print(PagePlan plan, TextLayout.Printed printed) {
    boolean en = plan.lang() == Lang.EN;
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(plan.lang().code).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(plan.title().text())).append("</title>\n")
        .append("<script>window.counters = window.counters || [];")
        .append(" function track(name) { counters.push(name); }</script>\n")
        .append("<style>body { font-family: Georgia, serif; } .date { color: #666; }")
        .append(" nav a { margin-right: 1em; }</style>\n</head>\n<body>\n")
        .append("<header>\n<div class=\"logo\">")
        .append(en ? "Ministry of Foreign Affairs" : "Министерство иностранных дел")
        .append("</div>\n<nav><a href=\"/\">").append(en ? "Home" : "Главная")
        .append("</a> <a href=\"/news\">").append(en ? "News" : "Новости")
        .append("</a> <a href=\"/print\">").append(en ? "Print" : "Версия для печати")
        .append("</a></nav>\n</header>\n<main>\n");
    List<List<String>> blocks = blocks(printed.lines());
    int titleBlock = blockOfLine(printed.lines(), printed.titleLine());
    java.util.Set<String> headings = new java.util.HashSet<>();
    plan.body().sections().forEach(section -> headings.add(section.heading()));
    for (int b = 0; b < blocks.size(); b++) {
      List<String> block = blocks.get(b);
      String inner = String.join("<br>\n", block.stream().map(HtmlLayout::escape).toList());
      if (b == titleBlock) {
        out.append("<h1>").append(inner).append("</h1>\n");
      } else if (b < titleBlock) {
        out.append("<div class=\"date\">").append(inner).append("</div>\n");
      } else if (block.size() == 1 && headings.contains(block.get(0))) {
        out.append("<h3>").append(inner).append("</h3>\n");
      } else {
        out.append("<p>").append(inner).append("</p>\n");
      }
    }
    out.append("</main>\n<footer>\n<p>").append(en ? "Additional materials" : "Дополнительные материалы")
        .append("</p>\n<p>").append(en ? "Share" : "Поделиться")
        .append("</p>\n</footer>\n<script>track('page');</script>\n</body>\n</html>\n");
    return out.toString();
  }

  /** Runs of non-blank lines. */
  private static List<List<String>> blocks(List<String> lines) {
    List<List<String>> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : lines) {
      if (line.isEmpty()) {
        if (!current.isEmpty()) {
          out.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  private static int blockOfLine(List<String> lines, int line) {
    int block = -1;
    boolean inBlock = false;
    for (int i = 0; i < line; i++) {
      boolean blank = lines.get(i).isEmpty();
      if (!blank && !inBlock) {
        block++;
      }
      inBlock = !blank;
    }
    return block;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
