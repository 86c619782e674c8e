/**
 * The web: pages rendered on the server from jte templates ({@code src/main/jte}), a JSON API
 * under {@code /api/v1} described by {@code /api/openapi.json}, and Atom feeds, over a
 * {@link org.verbatim.store.TranscriptStore} and a {@link org.verbatim.search.Searcher}. Handlers
 * read and check parameters, call the store or the searcher and render; {@link Errors} maps every
 * failure to a response in one place (an HTML page, or RFC 9457 problem JSON under
 * {@code /api/}). What changed between versions has routes of its own ({@code ChangeRoutes}).
 * Nothing here changes the archive.
 */
package org.verbatim.web;
