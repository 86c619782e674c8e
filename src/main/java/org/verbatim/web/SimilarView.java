package org.verbatim.web;

import java.util.List;
import org.verbatim.search.Related;

/**
 * The page of publications with content similar to one ({@code /p/ID/similar}): asked apart from
 * the publication page, whose script brings its list into the page's "Additional materials".
 *
 * @param title   the publication's title
 * @param href    its page
 * @param similar the similar publications, best first
 * @param indexed false when the index does not hold the publication (yet): nothing is similar
 */
record SimilarView(String title, String href, List<Related> similar, boolean indexed) {}
