package org.verbatim.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.verbatim.align.ParallelFormat;
import org.verbatim.archive.VersionChanges;
import org.verbatim.entity.EntityType;
import org.verbatim.internal.Hashes;
import org.verbatim.model.Kind;
import org.verbatim.model.Turn;
import org.verbatim.search.EntityReport;
import org.verbatim.search.QueryException;
import org.verbatim.search.Related;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.SearchResult;
import org.verbatim.search.Searcher;
import org.verbatim.search.Sort;
import org.verbatim.store.PackedSource;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.TranscriptStore;

/**
 * Every route of the site. Each handler reads and checks its parameters, asks the store or the
 * searcher, and renders; failures go to {@link Errors}. Only GET (and HEAD) routes exist: nothing
 * here changes the archive.
 */
final class Routes {

  /** No inline script or style anywhere; scripts and styles come from {@code /static/} only. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
      + "frame-ancestors 'none'";

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("(0?[1-9]|1[0-2])");
  private static final int SPEAKER_TURN_TEXT = 240;
  /**
   * A speaker's page reads each publication it lists from the store, whole: fewer per page than
   * the search's {@value SearchRequest#MAX_PAGE_SIZE}.
   */
  static final int SPEAKER_MAX_PAGE_SIZE = 20;

  private final TranscriptStore store;
  private final Supplier<Searcher> searcher; // waits while the index is still opening
  private final Supplier<String> base; // the site's public address, without a final '/' 
  private final Templates templates;
  private final Errors errors;
  private final Exports exports;
  private final VersionChanges versionChanges;
  private final ChangeRoutes changes;
  private final QuoteRoutes quotes;
  private final CiteRoutes cite;
  private final SpeakerRoutes speakers;
  private final CorpusRoutes corpus;
  private final String notice;
  private volatile String siteTag;

  /**
   * @param base the site's public address ({@code https://verbatim.example.org}), for absolute
   *             links, citations and feed ids; never taken from a request
   */
  Routes(TranscriptStore store, Supplier<Searcher> searcher, String notice,
      Supplier<String> base) {
    this.base = base;
    this.notice = notice;
    this.templates = new Templates(notice);
    this.errors = new Errors(templates);
    this.store = store;
    this.searcher = searcher;
    this.exports = new Exports(store, searcher);
    this.versionChanges = new VersionChanges(store);
    this.changes = new ChangeRoutes(store, versionChanges, base, templates);
    this.quotes = new QuoteRoutes(searcher, templates);
    this.cite = new CiteRoutes(store, versionChanges, base);
    this.speakers = new SpeakerRoutes(store, searcher, templates);
    this.corpus = new CorpusRoutes(searcher, templates);
  }

  /** A handler that may fail on a user's query: that failure is a 400 with the query's message. */
  @FunctionalInterface
  interface Action {
    void handle(ServerRequest req, ServerResponse res) throws QueryException, IOException;
  }

  static Handler h(Action action) {
    return (req, res) -> {
      try {
        action.handle(req, res);
      } catch (QueryException e) {
        throw WebException.badRequest(e.getMessage());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  void define(HttpRouting.Builder routing) {
    routing.addFilter((chain, req, res) -> {
      res.header(HeaderNames.create("Content-Security-Policy"), CSP);
      res.header(HeaderNames.create("X-Content-Type-Options"), "nosniff");
      res.header(HeaderNames.create("Referrer-Policy"), "same-origin");
      chain.proceed();
    });
    HeadRoutes routes = HeadRoutes.of(routing);
    changes.define(routes);
    quotes.define(routes, routing);
    cite.define(routes);
    speakers.define(routes);
    corpus.define(routes);
    routes.get("/static/{file}", StaticFiles::handle)
        .get("/", h(this::latest))
        .get("/search", h(this::search))
        .get("/browse/{year}", h(this::year))
        .get("/browse/{year}/{month}", h(this::month))
        .get("/kind/{kind}", h(this::kind))
        .get("/speaker/{name}", h(this::speaker))
        .get("/speaker/{name}/feed", h(this::speakerFeed))
        .get("/feed", h(this::feed))
        .get("/sources", h(this::sources))
        .get("/p/{id}", h(this::publication))
        .get("/p/{id}/source", h(this::source))
        .get("/p/{id}/similar", h(this::similar))
        .get("/p/{id}/compare/{lang}", h(this::compare))
        .get("/p/{id}/version/{lang}", h(this::version))
        .get("/entity/{id}", h(this::entity))
        .get("/api/v1/publications/{id}", h(this::apiPublication))
        .get("/api/v1/publications/{id}/related", h(this::apiRelated))
        .get("/api/v1/publications/{id}/tmx", h(exports.publication(ParallelFormat.TMX)))
        .get("/api/v1/publications/{id}/tsv", h(exports.publication(ParallelFormat.TSV)))
        .get("/api/v1/publications/{id}/alignment/{lang}", h(this::apiAlignment))
        .get("/api/v1/search", h(this::apiSearch))
        .get("/api/v1/search/tmx", h(exports.search(ParallelFormat.TMX)))
        .get("/api/v1/search/tsv", h(exports.search(ParallelFormat.TSV)))
        .get("/api/v1/export", h(exports.corpus()))
        .get("/api/v1/facets", h(this::apiFacets))
        .get("/api/v1/entities/{id}", h(this::apiEntity))
        .get("/api/openapi.json", h(this::openapi));
    routing.error(Throwable.class, errors::handle);
  }

  // ---- pages

  private void latest(ServerRequest req, ServerResponse res) throws QueryException {
    list(req, res, "Latest publications", "/", Link.to("/search").set("sort", "newest"), "/feed");
  }

  private void search(ServerRequest req, ServerResponse res) throws QueryException {
    SearchParams params = SearchParams.read("/search", req.query());
    SearchResult result = searcher.get().search(params.request());
    String heading = params.narrowed() ? "Search" : "Search the archive";
    html(req, res, "results.jte", new ResultsView(heading, true, params.link(), params, result,
        params.firstPage().at("/feed"), Map.of()));
  }

  private void year(ServerRequest req, ServerResponse res) throws QueryException {
    String year = param(req, "year");
    if (!YEAR.matcher(year).matches()) {
      throw WebException.notFound("No year '" + year + "': give four digits, as /browse/2019");
    }
    list(req, res, "Publications of " + year, "/browse/" + year,
        Link.to("/search").set("from", year).set("to", year).set("sort", "newest"), null);
  }

  private void month(ServerRequest req, ServerResponse res) throws QueryException {
    String year = param(req, "year");
    String month = param(req, "month");
    if (!YEAR.matcher(year).matches() || !MONTH.matcher(month).matches()) {
      throw WebException.notFound("No month '" + year + "/" + month
          + "': give a year and a month, as /browse/2019/02");
    }
    String ym = String.format(Locale.ROOT, "%s-%02d", year, Integer.parseInt(month));
    String name = java.time.YearMonth.parse(ym).getMonth()
        .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    list(req, res, "Publications of " + name + " " + year, "/browse/" + year + "/" + month,
        Link.to("/search").set("from", ym).set("to", ym).set("sort", "newest"), null);
  }

  private void kind(ServerRequest req, ServerResponse res) throws QueryException {
    String kind = param(req, "kind");
    try {
      Kind.ofCode(kind);
    } catch (IllegalArgumentException e) {
      throw WebException.notFound(e.getMessage());
    }
    list(req, res, "Publications of kind " + kind, "/kind/" + kind,
        Link.to("/search").set("kind", kind).set("sort", "newest"), null);
  }

  private void speaker(ServerRequest req, ServerResponse res) throws QueryException {
    String name = param(req, "name");
    Link filters = Link.to("/search").set("speaker", name).set("sort", "newest");
    SearchParams params = implied(req, filters);
    if (params.request().pageSize() > SPEAKER_MAX_PAGE_SIZE) {
      throw WebException.badRequest("The parameter 'size' must be a number from 1 to "
          + SPEAKER_MAX_PAGE_SIZE + " on a speaker's page: '" + params.request().pageSize() + "'");
    }
    SearchResult result = searcher.get().search(params.request());
    Map<String, List<ResultsView.SpeakerTurn>> turns = new LinkedHashMap<>();
    for (var hit : result.hits()) {
      store.publication(hit.id()).ifPresent(p -> turns.put(hit.id(), turnsOf(p, name)));
    }
    String self = "/speaker/" + Link.segment(name);
    html(req, res, "results.jte", new ResultsView(name, false, own(req, self), params, result,
        Link.to(self + "/feed"), turns));
  }

  private void sources(ServerRequest req, ServerResponse res) {
    html(req, res, "sources.jte", SourcesView.of(store.crawlLog().sites(10)));
  }

  private void publication(ServerRequest req, ServerResponse res) {
    StoredPublication latest = stored(param(req, "id"));
    StoredPublication stored = shownVersion(req, latest);
    // The language versions, from the store: similar content weighs every word of the
    // publication, milliseconds of CPU, so it is a page of its own (/p/ID/similar) that the page's script
    // brings in. The page asks nothing of the index.
    List<Related> related = store.languageVersions(stored.id(), stored.publication()).stream()
        .map(v -> Related.languageVersion(v.id(), v.title(), v.published(), v.kind(),
            v.language()))
        .toList();
    // The versions are part of the page, and change when linked or unlinked by hand.
    String versions = related.isEmpty() ? "" : "." + Hashes.sha256Hex(String.join(",",
        related.stream().map(Related::id).toList()).getBytes(StandardCharsets.UTF_8))
        .substring(0, 8);
    // An earlier version's page says where its turns are in the latest: it changes with it.
    Validators validators = Validators.of(stored.id(), stored.version(), latest.ingestedAt(),
        site() + versions + (stored.isLatest() ? "" : ".of" + latest.version()));
    validators.apply(res);
    if (validators.fresh(req)) {
      res.header(HeaderNames.VARY, "Accept-Encoding");
      res.status(io.helidon.http.Status.NOT_MODIFIED_304).send();
      return;
    }
    VersionHistory history = latest.version() == 1 ? VersionHistory.NONE
        : VersionHistory.of(versionChanges, store.history(stored.id()), stored);
    html(req, res, "publication.jte", PublicationView.of(stored, related, base.get(), history,
        LocalDate.now(ZoneOffset.UTC)));
  }

  /** The version {@code ?v=N} asks for, else the latest. */
  private StoredPublication shownVersion(ServerRequest req, StoredPublication latest) {
    if (!req.query().contains("v")) {
      return latest;
    }
    int number = ChangeRoutes.number(req.query().get("v"), "version number, as parameter 'v'");
    return ChangeRoutes.found(() -> versionChanges.version(latest.id(), number));
  }

  /** A publication beside its version in another language, aligned turn by turn. */
  private void compare(ServerRequest req, ServerResponse res) {
    VersionPair pair = VersionPair.of(store, stored(param(req, "id")), param(req, "lang"));
    html(req, res, "compare.jte", CompareView.of(pair));
  }

  /**
   * The language switcher's link: to the version in {@code lang}, at the turn aligned with turn
   * {@code t} of this publication when given ({@code /p/OTHER#t7}).
   */
  private void version(ServerRequest req, ServerResponse res) {
    VersionPair pair = VersionPair.of(store, stored(param(req, "id")), param(req, "lang"));
    String target = "/p/" + Link.segment(pair.right().id());
    if (req.query().contains("t")) {
      int turns = pair.left().publication().turns().size();
      String t = req.query().get("t");
      int turn;
      try {
        turn = Integer.parseInt(t);
      } catch (NumberFormatException e) {
        turn = 0;
      }
      if (turn < 1 || turn > turns) {
        throw WebException.badRequest("The parameter 't' must be a turn of publication '"
            + pair.left().id() + "', 1 to " + turns + ": '" + t + "'");
      }
      int there = pair.rightTurn(turn);
      target += there > 0 ? "#t" + there : "";
    }
    res.status(io.helidon.http.Status.SEE_OTHER_303);
    res.header(HeaderNames.LOCATION, target);
    res.send();
  }

  /** Publications with content similar to one, best first. */
  private void similar(ServerRequest req, ServerResponse res) {
    StoredPublication stored = stored(param(req, "id"));
    List<Related> similar;
    boolean indexed = true;
    try {
      similar = searcher.get().similar(stored.id(), Searcher.RELATED);
    } catch (QueryException notIndexed) { // in the store, not (yet) in the index
      similar = List.of();
      indexed = false;
    }
    String title = stored.publication().title() == null ? "Untitled publication " + stored.id()
        : stored.publication().title();
    html(req, res, "similar.jte", new SimilarView(title, "/p/" + Link.segment(stored.id()),
        similar, indexed));
  }

  /** A person's, country's, organisation's… page: what is said about it, and by them. */
  private void entity(ServerRequest req, ServerResponse res) {
    html(req, res, "entity.jte", entityView(param(req, "id")));
  }

  private void apiEntity(ServerRequest req, ServerResponse res) {
    json(req, res, ApiJson.bytes(ApiJson.entity(entityView(param(req, "id")))));
  }

  /** What the index holds about an entity, and a person's posts from the store. */
  private EntityView entityView(String id) {
    EntityReport report;
    try {
      report = searcher.get().entity(id);
    } catch (QueryException e) {
      throw WebException.notFound(e.getMessage());
    }
    return new EntityView(report,
        report.type() == EntityType.PERSON ? store.posts(report.id()) : List.of());
  }

  /**
   * The page as it was read, streamed from the store (never unpacked whole in memory), labelled
   * with the charset the parser reads it in, so that a KOI8-R or Windows-1251 page shows right.
   */
  private void source(ServerRequest req, ServerResponse res) throws IOException {
    String id = stored(param(req, "id")).id();
    PackedSource source = store.packedSource(id).orElseThrow(
        () -> WebException.notFound("No source stored for publication '" + id + "'"));
    Charset charset = source.readCharset();
    res.header(HeaderNames.CONTENT_TYPE, "text/plain; charset=" + charset.name());
    res.header(HeaderNames.create("Content-Disposition"),
        "inline; filename=\"" + id + ".txt\"");
    res.headers().contentLength(source.size());
    try (InputStream in = source.open(); OutputStream out = res.outputStream()) {
      in.transferTo(out);
    }
  }

  // ---- feeds

  private void feed(ServerRequest req, ServerResponse res) throws QueryException {
    SearchParams params = SearchParams.read("/feed", req.query(), Sort.NEWEST);
    SearchResult result = searcher.get().search(params.request());
    String title = params.narrowed() ? "Verbatim: " + describe(params) : "Verbatim: latest publications";
    String page = params.narrowed() ? params.link().at("/search").toString() : "/";
    atom(req, res, title, params.link().toString(), page, result);
  }

  private void speakerFeed(ServerRequest req, ServerResponse res) throws QueryException {
    String name = param(req, "name");
    SearchParams params = implied(req, Link.to("/search").set("speaker", name).set("sort", "newest"));
    String self = "/speaker/" + Link.segment(name);
    atom(req, res, "Verbatim: " + name, self + "/feed", self, searcher.get().search(params.request()));
  }

  // ---- API

  private void apiPublication(ServerRequest req, ServerResponse res) {
    StoredPublication stored = stored(param(req, "id"));
    json(req, res, ApiJson.bytes(ApiJson.publication(stored, store.history(stored.id()),
        store.knownPeople())));
  }

  private void apiRelated(ServerRequest req, ServerResponse res) {
    String id = stored(param(req, "id")).id();
    List<Related> related;
    try {
      related = searcher.get().related(id);
    } catch (QueryException e) {
      throw WebException.notFound("Publication '" + id + "' is not in the index yet");
    }
    json(req, res, ApiJson.bytes(ApiJson.related(id, related)));
  }

  private void apiAlignment(ServerRequest req, ServerResponse res) {
    VersionPair pair = VersionPair.of(store, stored(param(req, "id")), param(req, "lang"));
    json(req, res, ApiJson.bytes(pair.json()));
  }

  private void apiSearch(ServerRequest req, ServerResponse res) throws QueryException {
    SearchParams params = SearchParams.read("/api/v1/search", req.query());
    json(req, res, ApiJson.bytes(ApiJson.search(searcher.get().search(params.request()), params.link())));
  }

  private void apiFacets(ServerRequest req, ServerResponse res) throws QueryException {
    SearchParams params = SearchParams.read("/api/v1/facets", req.query());
    SearchResult result = searcher.get().search(params.request().withPageSize(1).withCursor(null));
    var out = ApiJson.JSON.createObjectNode();
    out.put("total", result.total());
    out.set("facets", ApiJson.facets(result));
    json(req, res, ApiJson.bytes(out));
  }

  private void openapi(ServerRequest req, ServerResponse res) {
    try (var in = Routes.class.getResourceAsStream("/web/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("The OpenAPI document web/openapi.json is not on the class path");
      }
      json(req, res, in.readAllBytes());
    } catch (java.io.IOException e) {
      throw new UncheckedIOException("Could not read web/openapi.json", e);
    }
  }

  // ---- helpers

  /** A browse page: the search {@code filters} imply, paged at {@code self}. */
  private void list(ServerRequest req, ServerResponse res, String heading, String self,
      Link filters, String feed) throws QueryException {
    SearchParams params = implied(req, filters);
    SearchResult result = searcher.get().search(params.request());
    html(req, res, "results.jte", new ResultsView(heading, false, own(req, self), params, result,
        feed != null ? Link.to(feed) : params.firstPage().at("/feed"), Map.of()));
  }

  /** The request's own parameters plus the filters its path implies. */
  private static SearchParams implied(ServerRequest req, Link filters) {
    Link link = SearchParams.read(filters.path(), req.query()).link();
    for (var e : filters.params().entrySet()) {
      if (!link.params().containsKey(e.getKey())) {
        link = link.set(e.getKey(), e.getValue().get(0));
      }
    }
    return SearchParams.of(link, Sort.NEWEST);
  }

  private static Link own(ServerRequest req, String self) {
    return SearchParams.read(self, req.query()).link();
  }

  private StoredPublication stored(String id) {
    return store.publication(id).orElseThrow(
        () -> WebException.notFound("No publication with id '" + id + "' in the archive"));
  }

  private static List<ResultsView.SpeakerTurn> turnsOf(StoredPublication stored, String name) {
    List<ResultsView.SpeakerTurn> out = new ArrayList<>();
    List<Turn> turns = stored.publication().turns();
    for (int i = 0; i < turns.size(); i++) {
      Turn turn = turns.get(i);
      if (turn.speaker() != null && turn.speaker().equalsIgnoreCase(name)) {
        String text = String.join(" ", turn.paragraphs());
        if (text.length() > SPEAKER_TURN_TEXT) {
          text = text.substring(0, SPEAKER_TURN_TEXT).stripTrailing() + "…";
        }
        out.add(new ResultsView.SpeakerTurn(i + 1, turn.role().code(), text));
      }
    }
    return out;
  }

  private static String describe(SearchParams params) {
    List<String> parts = new ArrayList<>();
    params.link().params().forEach((name, values) -> {
      if (!List.of("sort", "cursor", "size").contains(name)) {
        parts.add(name + " " + String.join(" or ", values));
      }
    });
    return String.join(", ", parts);
  }

  private static String param(ServerRequest req, String name) {
    return req.path().pathParameters().get(name);
  }

  private void html(ServerRequest req, ServerResponse res, String template, Object view) {
    res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
    Compression.send(req, res, templates.render(template, "view", view));
  }

  static void json(ServerRequest req, ServerResponse res, byte[] body) {
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    Compression.send(req, res, body);
  }

  /** What shapes every page besides its data: templates, static files, notice, address. */
  private String site() {
    String tag = siteTag;
    if (tag == null) { // the address is known once the server listens
      tag = Hashes.sha256Hex((Templates.fingerprint() + "\n" + StaticFiles.fingerprint() + "\n"
          + notice + "\n" + base.get()).getBytes(StandardCharsets.UTF_8)).substring(0, 12);
      siteTag = tag;
    }
    return tag;
  }

  private void atom(ServerRequest req, ServerResponse res, String title, String self, String page,
      SearchResult result) {
    res.header(HeaderNames.CONTENT_TYPE, "application/atom+xml; charset=UTF-8");
    Compression.send(req, res, Atom.feed(title, base.get(), self, page, result, Instant.now()));
  }
}
