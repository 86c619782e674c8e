/**
 * Fetching pages from the web: site profiles, which say for one site where its listings of
 * transcripts start, how a listing leads to the next and which links on it are documents
 * ({@link org.verbatim.harvest.SiteProfile}, read from JSON by
 * {@link org.verbatim.harvest.SiteProfiles}: those shipped with Verbatim and an archive's own),
 * and the reading of a listing page's links that a polite crawler follows.
 */
package org.verbatim.harvest;
