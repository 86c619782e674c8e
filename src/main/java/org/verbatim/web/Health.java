package org.verbatim.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.verbatim.search.Filters;
import org.verbatim.search.QueryException;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.Searcher;
import org.verbatim.search.Sort;
import org.verbatim.store.TranscriptStore;

/**
 * {@code GET /health}: whether the site can serve, for a load balancer or a monitor. It counts
 * the store's publications, asks the index for one page, and measures the free space of the
 * archive folder; 200 with a small JSON when all three pass, 503 with the same JSON naming what
 * failed otherwise:
 *
 * <pre>{@code
 * {"status":"ok","store":{"ok":true,"publications":2000},
 *  "index":{"ok":true,"documents":2000},"disk":{"ok":true,"free_mb":51234,"min_free_mb":500}}
 * }</pre>
 *
 * An index still opening (Solr takes seconds) or not answering within
 * {@value #INDEX_WAIT_SECONDS} s fails the check rather than hold it.
 */
final class Health {

  static final SearchRequest EVERYTHING =
      new SearchRequest("", Filters.NONE, Sort.NEWEST, 1, null);
  static final int INDEX_WAIT_SECONDS = 5;

  private final TranscriptStore store;
  private final Supplier<Searcher> searcher;
  private final Path folder;
  private final long minFreeMb;

  /**
   * @param folder    the archive folder whose disk is checked, or null for none (a store and an
   *                  index elsewhere and nothing written locally)
   * @param minFreeMb free megabytes below which the site is unhealthy
   */
  Health(TranscriptStore store, Supplier<Searcher> searcher, Path folder, long minFreeMb) {
    this.store = store;
    this.searcher = searcher;
    this.folder = folder;
    this.minFreeMb = minFreeMb;
  }

  void route(HttpRouting.Builder routing) {
    HeadRoutes.of(routing).get("/health", this::check);
  }

  private void check(ServerRequest req, ServerResponse res) {
    ObjectNode out = ApiJson.JSON.createObjectNode();
    boolean ok = store(out.putObject("store")) & index(out.putObject("index"))
        & disk(out.putObject("disk"));
    out.put("status", ok ? "ok" : "failing");
    res.status(ok ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503);
    res.header(HeaderNames.CACHE_CONTROL, "no-store");
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    res.send(ApiJson.bytes(out));
  }

  private boolean store(ObjectNode out) {
    try {
      out.put("publications", store.count());
      return passed(out);
    } catch (RuntimeException e) {
      return failed(out, e.getMessage());
    }
  }

  private boolean index(ObjectNode out) {
    try {
      out.put("documents", documents(searcher));
      return passed(out);
    } catch (TimeoutException e) {
      return failed(out, "the index did not answer within " + INDEX_WAIT_SECONDS + " s");
    } catch (ExecutionException e) {
      return failed(out, e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(out, "interrupted while asking the index");
    }
  }

  /**
   * The publications in the index, asked on a thread of its own so that an index still opening
   * (the searcher waits for it) is given up after {@value #INDEX_WAIT_SECONDS} s.
   */
  static long documents(Supplier<Searcher> searcher)
      throws TimeoutException, ExecutionException, InterruptedException {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return searcher.get().search(EVERYTHING).total();
      } catch (QueryException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }, task -> Thread.ofVirtual().name("verbatim-index-count").start(task))
        .get(INDEX_WAIT_SECONDS, TimeUnit.SECONDS);
  }

  private boolean disk(ObjectNode out) {
    out.put("min_free_mb", minFreeMb);
    if (folder == null) {
      return passed(out);
    }
    try {
      long free = Files.getFileStore(folder).getUsableSpace() / (1024 * 1024);
      out.put("free_mb", free);
      return free >= minFreeMb ? passed(out) : failed(out, "only " + free + " MB free in "
          + folder.getFileName() + ", below health.min-free-disk-mb " + minFreeMb);
    } catch (IOException e) {
      return failed(out, "could not read the free space of the archive folder: " + e.getMessage());
    }
  }

  private static boolean passed(ObjectNode out) {
    out.put("ok", true);
    return true;
  }

  private static boolean failed(ObjectNode out, String why) {
    out.put("ok", false);
    out.put("error", why);
    return false;
  }
}
