package org.verbatim.generate;

import java.util.List;
import org.verbatim.model.Section;

/**
 * A page's body as planned: its turns, its sections and, for a briefing, the topic list printed
 * above the body.
 */
record Body(List<TurnPlan> turns, List<Section> sections, List<String> topicList) {

  Body {
    turns = List.copyOf(turns);
    sections = List.copyOf(sections);
    topicList = List.copyOf(topicList);
  }
}
