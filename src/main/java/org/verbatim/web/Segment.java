package org.verbatim.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.verbatim.model.Insertion;

/**
 * A run of a paragraph's text: the speaker's words, or an editorial insertion
 * ({@code [environment]}) the page shows as the publisher's, not the speaker's.
 *
 * @param text      the text as printed
 * @param editorial whether it is an editorial insertion
 */
record Segment(String text, boolean editorial) {

  /**
   * Paragraph {@code index} of a turn cut at its insertions. Spans that overlap an earlier one
   * or run past the paragraph's end are shown as plain text: the words are never lost.
   */
  static List<Segment> of(String paragraph, int index, List<Insertion> editorial) {
    List<Insertion> spans = editorial.stream().filter(i -> i.paragraph() == index)
        .sorted(Comparator.comparingInt(Insertion::start)).toList();
    List<Segment> out = new ArrayList<>();
    int at = 0;
    for (Insertion span : spans) {
      if (span.start() < at || span.end() > paragraph.length()) {
        continue;
      }
      if (span.start() > at) {
        out.add(new Segment(paragraph.substring(at, span.start()), false));
      }
      out.add(new Segment(paragraph.substring(span.start(), span.end()), true));
      at = span.end();
    }
    if (at < paragraph.length() || out.isEmpty()) {
      out.add(new Segment(paragraph.substring(at), false));
    }
    return out;
  }
}
