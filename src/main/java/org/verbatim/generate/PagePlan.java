package org.verbatim.generate;

import java.nio.charset.Charset;
import java.util.List;
import org.verbatim.input.RawPage;

/**
 * Everything decided about a page before it is printed: its facts (title, header, body) and its
 * layout (chrome, marker, blank lines, encoding).
 *
 * @param markerLine       the language marker line as printed, or null
 * @param languageVersions the tags of the marker line, in printed order
 * @param blanksAfterTitle blank lines between the title and what follows
 * @param spacedTopicList  whether the briefing topic list has blank lines between its items
 */
record PagePlan(
    Lang lang,
    RawPage.Format format,
    Charset charset,
    boolean bom,
    boolean crlf,
    List<String> topChrome,
    Header header,
    Title title,
    String markerLine,
    List<String> languageVersions,
    int blanksAfterTitle,
    boolean spacedTopicList,
    Body body,
    List<String> bottomChrome) {}
