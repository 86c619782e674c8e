package org.verbatim.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import crawlercommons.robots.SimpleRobotRulesParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostTest {

  static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

  @Test
  void retry_after_is_read_as_seconds_or_as_an_http_date() {
    Duration fallback = Duration.ofSeconds(4);

    assertThat(Host.retryAfter("120", NOW, fallback)).isEqualTo(Duration.ofSeconds(120));
    assertThat(Host.retryAfter("Thu, 03 Dec 2026 08:00:30 GMT", NOW, fallback))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(Host.retryAfter("Thu, 03 Dec 2026 07:00:00 GMT", NOW, fallback))
        .isEqualTo(Duration.ZERO);
    assertThat(Host.retryAfter("soon", NOW, fallback)).isEqualTo(fallback);
    assertThat(Host.retryAfter(null, NOW, fallback)).isEqualTo(fallback);
  }

  @Test
  void a_longer_crawl_delay_in_robots_txt_raises_the_hosts_delay_and_a_shorter_one_does_not() {
    Host slow = new Host("example.org", Duration.ofSeconds(1));
    Host quick = new Host("example.org", Duration.ofSeconds(1));

    slow.robots(rules("User-agent: *\nCrawl-delay: 3\n"));
    quick.robots(rules("User-agent: *\nCrawl-delay: 0.5\n"));

    assertThat(slow.delay()).isEqualTo(Duration.ofSeconds(3));
    assertThat(quick.delay()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void a_host_is_stopped_after_five_failures_in_a_row_and_not_after_four_and_an_answer() {
    Host flaky = new Host("flaky.example.org", Duration.ZERO);
    Host down = new Host("down.example.org", Duration.ZERO);

    for (int i = 0; i < 4; i++) {
      flaky.failed("HTTP 500");
      down.failed("HTTP 500");
    }
    flaky.answered();
    flaky.failed("HTTP 500");
    down.failed("HTTP 502");

    assertThat(flaky.stopped()).isNull();
    assertThat(down.stopped()).isEqualTo("5 failures in a row, the last: HTTP 502");
  }

  @Test
  void a_retry_after_beyond_ten_minutes_stops_the_host_for_the_crawl() {
    Host host = new Host("example.org", Duration.ofSeconds(1));

    host.retryAfter(Duration.ofHours(2));

    assertThat(host.stopped()).isEqualTo("asked to wait 7200 s (Retry-After), longer than 10 min");
  }

  private static crawlercommons.robots.BaseRobotRules rules(String text) {
    return new SimpleRobotRulesParser().parseContent("http://example.org/robots.txt",
        text.getBytes(StandardCharsets.UTF_8), "text/plain", List.of("verbatim"));
  }
}
