package org.verbatim.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.archive.JobJson;
import org.verbatim.harvest.CrawlOptions;
import org.verbatim.harvest.CrawlSummary;
import org.verbatim.harvest.SiteProfile;
import org.verbatim.harvest.SiteProfiles;
import org.verbatim.store.CrawlLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim crawl SITE|URL... [--archive DIR]}: fetches pages from the web, politely. */
@Command(
    name = "crawl",
    description = {
        "Fetches the pages of sites into the archive, politely: from a site profile's listing "
            + "pages (a shipped one such as mid-en, or ARCHIVE/profiles/NAME.json), or from a "
            + "URL with the generic profile; follows pagination and document links, and "
            + "ingests each document as ingest does (identity by URL; a changed page becomes a "
            + "new version).",
        "Polite: robots.txt and its crawl-delay honoured, at least 1 s from one answer of a "
            + "host to the next request to it unless --delay says otherwise, one connection per host, Retry-After "
            + "honoured, a host given up on after 5 failures in a row. The User-Agent names "
            + "Verbatim and the archive's crawl.contact; a crawl refuses to start without one.",
        "Incremental and resumable: a second crawl asks with conditional GETs and fetches only "
            + "what is new or changed; a crawl killed at any moment goes on where it stopped. "
            + "Every exchange is written to WARC files in ARCHIVE/warc/.",
        "While serve holds the archive, the crawl is handed to it: the server fetches and "
            + "ingests (writing the WARC files into the archive folder), its progress shown here.",
        "Exit code: 0 crawled, 1 some addresses failed (each named), 2 bad usage."})
final class CrawlCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Parameters(arity = "0..*", paramLabel = "SITE|URL",
      description = "Site profiles by name, or URLs of listing pages (read with the profile "
          + "whose documents they hold, else the generic profile).")
  List<String> targets = new ArrayList<>();

  @Option(names = "--status", description = "Show each site crawled into the archive: last "
      + "crawl, documents, changes, errors; fetch nothing.")
  boolean status;

  @Option(names = "--profiles", description = "List the site profiles this archive knows.")
  boolean profiles;

  @Option(names = "--max-pages", paramLabel = "N", defaultValue = "0",
      description = "Fetch at most N documents in full, then stop (the next crawl goes on); "
          + "0, the default, for no limit.")
  int maxPages;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Stop paging through a listing once a listing page's documents were all "
          + "published before DATE (YYYY-MM-DD).")
  String since;

  @Option(names = "--delay", paramLabel = "SECONDS",
      description = "Least time from one answer of a host to the next request to it "
          + "(default: 1 s); a profile's delay and robots.txt's crawl-delay win when longer.")
  Double delay;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Longest an answer may take, from the request to its last byte (default: "
          + "${DEFAULT-VALUE} s).")
  double timeout;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "10",
      description = "Largest page taken, after decompression (default: ${DEFAULT-VALUE} MB).")
  double maxSize;

  @Option(names = "--revisit-days", paramLabel = "N", defaultValue = "30",
      description = "Ask again, with a conditional GET, for documents published within the "
          + "last N days (default: ${DEFAULT-VALUE}); older ones only when a sitemap says they "
          + "changed.")
  int revisitDays;

  @Option(names = "--no-warc", negatable = true, defaultValue = "true",
      description = "Do not write the exchanges to WARC files in ARCHIVE/warc/ (written by "
          + "default).")
  boolean warc;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (profiles) {
      for (SiteProfile profile : SiteProfiles.load(archive.dir).all()) {
        out.printf(Locale.ROOT, "%-18s %s  [%s]%n", profile.name(), profile.title(),
            profile.origin());
      }
      out.flush();
      return Main.OK;
    }
    if (status) {
      try (Archive opened = archive.open("crawl --status")) {
        out.print(status(opened.store().crawlLog().sites(5)));
      }
      out.flush();
      return Main.OK;
    }
    if (targets.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "Name a site profile or a URL to crawl (see crawl --profiles), or give --status");
    }
    ArchiveConfig config = ArchiveConfig.of(archive.dir.toAbsolutePath().normalize());
    CrawlOptions options;
    try {
      options = new CrawlOptions(config.contact(), maxPages, since(), delay == null ? null
          : Duration.ofMillis(Math.round(delay * 1000)), Duration.ofMillis(Math.round(timeout
          * 1000)), Math.round(maxSize * 1024 * 1024), revisitDays, warc);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    List<SiteProfile> sites;
    try {
      sites = SiteProfiles.load(archive.dir).resolve(targets);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    ProgressLine progress = new ProgressLine(out, Terminal.isTerminal(), "crawl");
    CrawlSummary summary = archive.run("crawl", spec.commandLine().getErr(), opened -> {
      try {
        return opened.crawl(sites, options, Main.version(), progress.every(), progress);
      } finally {
        progress.finish();
      }
    }, server -> JobJson.result(server.await(server.submit("/api/v1/crawl", "application/json",
        HttpRequest.BodyPublishers.ofString(request())), progress), CrawlSummary.class));
    out.print(summary(summary));
    out.flush();
    return summary.failures().isEmpty() ? Main.OK : Main.FAILED;
  }

  private LocalDate since() {
    if (since == null) {
      return null;
    }
    try {
      return LocalDate.parse(since);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(),
          "--since must be a date as YYYY-MM-DD, not '" + since + "'", e);
    }
  }

  /** The crawl as the write API takes it: {@code POST /api/v1/crawl}. */
  private String request() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    targets.forEach(body.putArray("sites")::add);
    body.put("maxPages", maxPages);
    body.put("since", since);
    body.put("delay", delay);
    body.put("timeout", timeout);
    body.put("maxSize", maxSize);
    body.put("revisitDays", revisitDays);
    body.put("warc", warc);
    return body.toString();
  }

  static String summary(CrawlSummary s) {
    double seconds = Math.max(s.elapsed().toMillis(), 1) / 1000.0;
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "Crawl %s%s: %,d requests in %.1f s (%.1f requests/s), %.1f MB%n", s.run(),
        s.resumed() ? " (resumed)" : "", s.requests(), seconds, s.requests() / seconds,
        s.bytes() / 1e6));
    line(out, "fetched", s.fetched());
    line(out, "new", s.added());
    line(out, "changed", s.changed());
    line(out, "unchanged", s.unchanged());
    line(out, "not modified", s.notModified());
    line(out, "robots.txt", s.robots());
    line(out, "skipped", s.skipped());
    line(out, "failed", s.failures().size());
    for (CrawlSummary.Failure failure : s.failures()) {
      out.append("    ").append(failure.url()).append(": ").append(failure.reason())
          .append(System.lineSeparator());
    }
    for (CrawlSummary.Failure host : s.stoppedHosts()) {
      out.append("  host ").append(host.url()).append(" stopped: ").append(host.reason())
          .append(System.lineSeparator());
    }
    if (s.warcBytes() > 0) {
      out.append(String.format(Locale.ROOT, "  WARC      %.1f MB written%n", s.warcBytes() / 1e6));
    }
    if (!s.complete()) {
      out.append("  stopped before the end: addresses are still queued; crawl again to go on")
          .append(System.lineSeparator());
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String name, long value) {
    out.append(String.format(Locale.ROOT, "  %-13s %,d%n", name, value));
  }

  static String status(List<CrawlLog.SiteStatus> sites) {
    if (sites.isEmpty()) {
      return "Nothing crawled into this archive yet." + System.lineSeparator();
    }
    StringBuilder out = new StringBuilder();
    for (CrawlLog.SiteStatus s : sites) {
      out.append(s.site()).append(System.lineSeparator());
      CrawlLog.Run run = s.lastRun();
      if (run != null) {
        out.append(String.format(Locale.ROOT, "  last crawl  %s, %s%s%n", run.id(), run.state(),
            run.finishedAt() == null ? "" : ", ended " + run.finishedAt()));
      }
      out.append(String.format(Locale.ROOT,
          "  documents   %,d known, %,d publications added, %,d changes, %,d not modified%n",
          s.documents(), s.publications(), s.changes(), s.notModified()));
      out.append(String.format(Locale.ROOT,
          "  addresses   %,d listing pages, %,d queued, %,d failed, %,d skipped%n",
          s.listings(), s.queued(), s.failed(), s.skipped()));
      if (s.lastFetch() != null) {
        out.append("  last fetch  ").append(s.lastFetch()).append(System.lineSeparator());
      }
      for (CrawlLog.Address error : s.recentErrors()) {
        out.append("  error       ").append(error.url()).append(": ").append(error.reason())
            .append(System.lineSeparator());
      }
    }
    return out.toString();
  }
}
