package org.verbatim.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveConfig;

/**
 * What the loopback site measures of a crawl with the default settings: every request to the
 * host starts at least a second after the one before, one at a time, with a User-Agent that names
 * Verbatim and the archive's contact; robots.txt's crawl-delay wins over a shorter delay. Each
 * crawl stops after a few documents ({@code --max-pages}): the intervals are what is measured.
 */
class PolitenessTest {

  @TempDir Path dir;

  LoopbackSite site;

  @AfterEach
  void stop() {
    if (site != null) {
      site.close();
    }
  }

  private CrawlSummary crawl(CrawlOptions options) throws Exception {
    Path archive = dir.resolve("archive");
    ArchiveConfig.embedded().withContact(CrawlTest.CONTACT).writeTo(archive);
    site.writeProfile(archive);
    try (Archive opened = Archive.open(archive, "crawl")) {
      return opened.crawl(List.of(SiteProfiles.load(archive).byName("loopback").orElseThrow()),
          options, "test", Duration.ofSeconds(5), progress -> { });
    }
  }

  @Test
  void requests_to_a_host_are_a_second_apart_by_default_and_one_at_a_time() throws Exception {
    site = new LoopbackSite(12, 3); // the first listing page holds no faults
    site.start();

    CrawlOptions defaults = CrawlOptions.defaults(CrawlTest.CONTACT);
    crawl(new CrawlOptions(defaults.contact(), 8, null, defaults.delay(), defaults.timeout(),
        defaults.maxBytes(), defaults.revisitDays(), defaults.warc()));

    assertThat(site.requests()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(site.minimumInterval()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(site.concurrentPeak()).isEqualTo(1);
    assertThat(site.requests()).allSatisfy(r -> assertThat(r.header("User-Agent"))
        .startsWith("Verbatim/").endsWith("(+" + CrawlTest.CONTACT + ")"));
  }

  @Test
  void a_crawl_delay_in_robots_txt_longer_than_the_delay_is_honoured() throws Exception {
    site = new LoopbackSite(12, 3);
    site.robotsDelay(Duration.ofSeconds(2));
    site.start();
    CrawlOptions quick = new CrawlOptions(CrawlTest.CONTACT, 2, null, Duration.ofMillis(100),
        Duration.ofSeconds(2), CrawlOptions.DEFAULT_MAX_BYTES, 30, false);

    crawl(quick);

    assertThat(site.requests()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(site.minimumInterval()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
  }
}
