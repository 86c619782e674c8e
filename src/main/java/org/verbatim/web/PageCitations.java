package org.verbatim.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.cite.CitationFormat;
import org.verbatim.cite.Citations;
import org.verbatim.cite.CitedWork;
import org.verbatim.model.Publication;

/**
 * The citations of a publication page: the publication in every {@link CitationFormat} for its
 * "Cite" control, what reference managers read from the page's head (Highwire Press
 * {@code citation_*} meta tags, which Zotero's page reader takes, and the CSL-JSON item in a data
 * block), and the address of each turn's citations.
 *
 * @param formats the publication's citations, in the order of {@link CitationFormat}
 * @param meta    the {@code <meta name content>} pairs, in order
 * @param cslJson the CSL-JSON array of the publication's item, safe inside a {@code <script>}
 *                data block (every {@code <} escaped)
 */
record PageCitations(List<Formatted> formats, List<Meta> meta, String cslJson) {

  /**
   * One citation as shown.
   *
   * @param label the format's name ({@code Chicago (author-date)})
   * @param text  the citation
   * @param href  the same as text of its own media type ({@code /p/ID/cite?format=ris&v=2})
   */
  record Formatted(String label, String text, String href) {}

  /** A {@code <meta name content>} pair. */
  record Meta(String name, String content) {}

  /** @param site the archive's public address, without a final {@code /} */
  static PageCitations of(String id, int version, Publication p, String site,
      LocalDate accessed) {
    CitedWork work = CitedWork.publication(id, version, p, site, accessed);
    List<Formatted> formats = new ArrayList<>();
    for (CitationFormat format : CitationFormat.values()) {
      formats.add(new Formatted(format.label(), Citations.format(format, work),
          href(id, format, version, null)));
    }
    return new PageCitations(formats, meta(work), Citations.format(CitationFormat.CSL_JSON, work));
  }

  /** {@code /p/ID/cite?format=apa&v=2}, with {@code &t=12} for a turn. */
  static String href(String id, CitationFormat format, int version, Integer turn) {
    return "/p/" + Link.segment(id) + "/cite?format=" + format.code()
        + (turn == null ? "" : "&t=" + turn) + "&v=" + version;
  }

  private static List<Meta> meta(CitedWork work) {
    List<Meta> out = new ArrayList<>();
    out.add(new Meta("citation_title", work.title()));
    work.authors().forEach(name -> out.add(new Meta("citation_author", name)));
    if (work.published() != null) {
      String day = work.published().date().toString().replace('-', '/');
      out.add(new Meta("citation_publication_date", day));
      out.add(new Meta("citation_date", day));
    }
    if (work.site() != null) {
      out.add(new Meta("citation_publisher", work.site()));
    }
    out.add(new Meta("citation_public_url", work.url()));
    if (work.language() != null) {
      out.add(new Meta("citation_language", work.language()));
    }
    return out;
  }
}
