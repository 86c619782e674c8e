package org.verbatim.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.verbatim.archive.VersionChanges;
import org.verbatim.archive.VersionChanges.TurnPlace;
import org.verbatim.cite.TurnHash;
import org.verbatim.diff.DiffJson;
import org.verbatim.diff.VersionDiff;
import org.verbatim.model.Turn;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.TranscriptStore;

/**
 * The routes of what changed between versions: the changes page, the API's diff, the permalink
 * that follows a turn cited in an earlier version ({@code /p/ID/t/12?v=1}), and the feed of
 * publications whose text changed.
 */
final class ChangeRoutes {

  /** How many publications the feed of changes lists. */
  static final int FEED_ENTRIES = 20;

  private final TranscriptStore store;
  private final VersionChanges changes;
  private final Supplier<String> base;
  private final Templates templates;

  /** A turn that the latest version no longer has: the page that says so. */
  record Gone(TurnPlace place, String title) {}

  ChangeRoutes(TranscriptStore store, VersionChanges changes, Supplier<String> base,
      Templates templates) {
    this.store = store;
    this.changes = changes;
    this.base = base;
    this.templates = templates;
  }

  void define(HeadRoutes routes) {
    routes.get("/p/{id}/changes", this::page)
        .get("/p/{id}/t/{turn}", this::turn)
        .get("/api/v1/publications/{id}/changes", this::api)
        .get(ChangedFeed.PATH, this::feed);
  }

  /** {@code /p/ID/changes?from=1&to=3}: the diff, as a page. */
  private void page(ServerRequest req, ServerResponse res) {
    String id = req.path().pathParameters().get("id");
    VersionDiff diff = diff(req, id);
    html(req, res, Status.OK_200, "changes.jte", ChangesView.of(latest(id), diff));
  }

  private void api(ServerRequest req, ServerResponse res) {
    String id = req.path().pathParameters().get("id");
    Routes.json(req, res, ApiJson.bytes(DiffJson.toTree(id, diff(req, id))));
  }

  /**
   * {@code /p/ID/t/12?v=1}: a redirect (303) to where turn 12 of version 1 is in the latest
   * version ({@code /p/ID#t13}), or a 410 page saying which version removed it. Without
   * {@code v}, the latest version's turn. A cited link carries the hash of the turn's words
   * ({@code &h=5f2a9c1e}): then a page says whether they changed since, with the diff's link.
   */
  private void turn(ServerRequest req, ServerResponse res) {
    String id = req.path().pathParameters().get("id");
    int turn = number(req.path().pathParameters().get("turn"), "turn number");
    Integer version = version(req, "v");
    StoredPublication latest = latest(id);
    TurnPlace place = found(() -> changes.follow(latest.id(),
        version == null ? latest.version() : version, turn));
    if (place.now() == null) {
      html(req, res, Status.GONE_410, "turngone.jte", new Gone(place, title(latest)));
      return;
    }
    if (req.query().contains("h")) { // a cited link: say whether the turn's words changed
      String hash = hash(req.query().get("h"));
      Turn cited = changes.version(latest.id(), place.version()).publication().turns()
          .get(turn - 1);
      Turn now = latest.publication().turns().get(place.now() - 1);
      html(req, res, Status.OK_200, "citedturn.jte",
          CitedTurn.of(place, title(latest), hash, cited, now));
      return;
    }
    res.status(Status.SEE_OTHER_303);
    res.header(HeaderNames.LOCATION, "/p/" + Link.segment(latest.id()) + "#t" + place.now());
    res.send();
  }

  private static String title(StoredPublication latest) {
    return latest.publication().title() == null ? "Untitled publication " + latest.id()
        : latest.publication().title();
  }

  /** The parameter {@code h} checked; a 400 naming it when it is no hash. */
  private static String hash(String text) {
    try {
      return TurnHash.check(text);
    } catch (IllegalArgumentException e) {
      throw WebException.badRequest(e.getMessage() + ", as parameter 'h'");
    }
  }

  private void feed(ServerRequest req, ServerResponse res) {
    res.header(HeaderNames.CONTENT_TYPE, "application/atom+xml; charset=UTF-8");
    Compression.send(req, res,
        ChangedFeed.feed(base.get(), changes.latest(FEED_ENTRIES), Instant.now()));
  }

  private VersionDiff diff(ServerRequest req, String id) {
    Integer from = version(req, "from");
    Integer to = version(req, "to");
    return found(() -> changes.between(id, from, to));
  }

  private StoredPublication latest(String id) {
    return store.publication(id).orElseThrow(
        () -> WebException.notFound("No publication with id '" + id + "' in the archive"));
  }

  /** What {@code lookup} finds; a publication, version or turn it lacks is a 404 naming it. */
  static <T> T found(Supplier<T> lookup) {
    try {
      return lookup.get();
    } catch (NoSuchElementException | IllegalArgumentException e) {
      throw WebException.notFound(e.getMessage());
    }
  }

  /** The query parameter {@code name} as a version number, or null when absent. */
  private static Integer version(ServerRequest req, String name) {
    if (!req.query().contains(name)) {
      return null;
    }
    return number(req.query().get(name), "version number, as parameter '" + name + "'");
  }

  /** {@code text} as a number of 1 or more; else a 400 naming {@code what} and the text. */
  static int number(String text, String what) {
    int n;
    try {
      n = Integer.parseInt(text);
    } catch (NumberFormatException notANumber) {
      n = 0;
    }
    if (n < 1) {
      throw WebException.badRequest("Expected a " + what + ", 1 or more: '" + text + "'");
    }
    return n;
  }

  private void html(ServerRequest req, ServerResponse res, Status status, String template,
      Object view) {
    res.status(status);
    res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
    Compression.send(req, res, templates.render(template, "view", view));
  }
}
