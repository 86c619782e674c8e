package org.verbatim.archive;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.verbatim.input.RawPage;
import org.verbatim.input.WarcPages;
import org.verbatim.model.Kind;
import org.verbatim.model.Publication;
import org.verbatim.store.Identity;
import org.verbatim.store.StoredVersion;
import org.verbatim.store.TranscriptStore;

/**
 * The pages found in WARC files made ready for an ingest, so that the versions of a publication
 * follow the order its URL was fetched in:
 * <ol>
 *   <li>a page whose URL's publication holds a version fetched at that same time is held
 *       already and set aside (counted unchanged); one fetched before the publication's latest
 *       fetch is set aside too, with its reason, as storing it would make an older fetch the
 *       newest version. Without this, ingesting a WARC file again would store its first fetch
 *       of a URL as a version after the last;</li>
 *   <li>the rest go in rounds, one ingest each: the page files and each URL's first page, then
 *       each URL's second page, and so on. An ingest handles its pages on several threads at
 *       once, so two pages of one URL in one ingest could be stored in either order.</li>
 * </ol>
 */
public final class WarcInputs {

  /** Stands for any parse: a page with a URL belongs to that URL's publication whatever it says. */
  private static final Publication ANY = new Publication(null, Kind.OTHER, null, null, null, null,
      List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);

  private WarcInputs() {}

  /**
   * What to ingest and what was set aside.
   *
   * @param rounds the inputs, one ingest a round, never empty
   * @param held   WARC pages whose fetch the archive holds already
   * @param older  WARC pages fetched before their publication's latest version, with why
   */
  record Plan(List<List<PageInput>> rounds, int held, List<WarcPages.Skipped> older) {}

  /** Plans an ingest of {@code files} and {@code entries} into {@code store} (see above). */
  static Plan plan(TranscriptStore store, List<PageInput> files, List<WarcPages.Entry> entries) {
    if (entries.isEmpty()) {
      return new Plan(rounds(files, entries), 0, List.of());
    }
    Set<String> known = new HashSet<>(store.ids());
    Map<String, List<StoredVersion>> histories = new HashMap<>();
    List<WarcPages.Entry> fresh = new ArrayList<>();
    List<WarcPages.Skipped> older = new ArrayList<>();
    int held = 0;
    for (WarcPages.Entry entry : entries) {
      String id = idOf(entry.url());
      if (!known.contains(id)) {
        fresh.add(entry);
        continue;
      }
      List<StoredVersion> history = histories.computeIfAbsent(id, store::history);
      // The store keeps fetch times to the millisecond.
      Instant at = entry.date().truncatedTo(ChronoUnit.MILLIS);
      StoredVersion latest = history.stream().filter(v -> v.fetchedAt() != null)
          .reduce((a, b) -> b.fetchedAt().isAfter(a.fetchedAt()) ? b : a).orElse(null);
      if (history.stream().anyMatch(v -> at.equals(v.fetchedAt()))) {
        held++;
      } else if (latest != null && latest.fetchedAt().isAfter(at)) {
        older.add(new WarcPages.Skipped(entry.name(), "fetched before version "
            + latest.number() + " of " + id + " (fetched " + latest.fetchedAt()
            + "): not stored out of order"));
      } else {
        fresh.add(entry);
      }
    }
    return new Plan(rounds(files, fresh), held, older);
  }

  /** The page files and the first page of each URL, then each URL's second page, and so on. */
  public static List<List<PageInput>> rounds(List<PageInput> files, List<WarcPages.Entry> entries) {
    List<List<PageInput>> rounds = new ArrayList<>();
    rounds.add(new ArrayList<>(files));
    Map<String, Integer> seen = new HashMap<>();
    for (WarcPages.Entry entry : entries) {
      int round = seen.merge(sameUrl(entry.url()), 1, Integer::sum) - 1;
      if (round == rounds.size()) {
        rounds.add(new ArrayList<>());
      }
      rounds.get(round).add(PageInput.warc(entry));
    }
    return rounds;
  }

  /** The id of the publication a page fetched from {@code url} is a version of. */
  public static String idOf(String url) {
    RawPage page = new RawPage(new byte[0], null, Objects.requireNonNull(url), RawPage.Format.TEXT);
    return Identity.id(Identity.key(page, ANY));
  }

  /**
   * A key that two URLs share whenever the store takes them for one publication: lower case,
   * no fragment, no default port, {@code /} for an empty path. It also joins URLs the store
   * keeps apart (paths differing in case); that only puts a page in a later round.
   */
  static String sameUrl(String url) {
    String text = url.strip().toLowerCase(Locale.ROOT);
    try {
      URI uri = new URI(text);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return text;
      }
      int port = uri.getPort();
      boolean defaultPort = port == 80 && uri.getScheme().equals("http")
          || port == 443 && uri.getScheme().equals("https");
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/"
          : uri.getRawPath();
      return uri.getScheme() + "://" + uri.getHost() + (port < 0 || defaultPort ? "" : ":" + port)
          + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (URISyntaxException e) {
      return text; // the store keys such a URL by its text too
    }
  }
}
