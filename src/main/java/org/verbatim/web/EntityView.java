package org.verbatim.web;

import java.util.List;
import org.verbatim.search.EntityReport;
import org.verbatim.store.PostTerm;

/**
 * An entity's page: what the index holds about it, and, for a person, the posts the archive's
 * pages give them over time.
 *
 * @param report what the index holds about it
 * @param posts  the posts its person holds on the archive's pages, the earliest first; empty for
 *               other types
 */
record EntityView(EntityReport report, List<PostTerm> posts) {
  public EntityView {
    posts = List.copyOf(posts);
  }
}
