package org.verbatim.harvest;

import crawlercommons.robots.BaseRobotRules;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One host as a crawl treats it: the gate every request to it passes, its robots.txt rules, and
 * its health.
 * <ul>
 *   <li><b>One request at a time</b>, each starting at least {@code delay} after the previous
 *       answer was read in full (the larger of the crawl's delay and the robots.txt
 *       crawl-delay): measured from the end, so that the gaps the server sees between requests
 *       are never shorter, however long the answers take. The gate is held from waiting until
 *       the answer is read, so one connection serves the host.</li>
 *   <li><b>Retry-After</b> (of a 429 or 503) holds every request to the host until then.</li>
 *   <li><b>Backing off:</b> each failure in a row (no answer, a 5xx) doubles the pause before
 *       the next request, up to {@link #LONGEST_BACKOFF}; after {@link #STOP_AFTER} failures in a
 *       row the host is stopped for the rest of the crawl, its addresses left for the next.</li>
 * </ul>
 * Thread-safe: the gate is a lock.
 */
final class Host {

  static final int STOP_AFTER = 5;
  static final Duration LONGEST_BACKOFF = Duration.ofMinutes(2);
  /** A Retry-After longer than this stops the host for this crawl rather than waiting. */
  static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

  private final String name;
  private final ReentrantLock gate = new ReentrantLock(true);
  private Duration delay;
  private BaseRobotRules robots; // null until read
  private long lastEnd; // System.nanoTime() when the last answer was read; 0 before the first
  private long notBefore; // System.nanoTime() before which no request starts
  private int failuresInRow;
  private String stopped; // why, or null

  Host(String name, Duration delay) {
    this.name = name;
    this.delay = delay;
  }

  String name() {
    return name;
  }

  /** Waits for the host's turn and holds the gate: call {@link #release} when the answer is in. */
  void acquire() throws InterruptedException {
    gate.lockInterruptibly();
    try {
      long now = System.nanoTime();
      long next = Math.max(lastEnd == 0 ? now : lastEnd + delay().toNanos(), notBefore());
      while (now < next) {
        long wait = next - now;
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        now = System.nanoTime();
      }
    } catch (InterruptedException | RuntimeException e) {
      gate.unlock();
      throw e;
    }
  }

  /** The answer is in (or none came): the delay to the next request starts now. */
  void release() {
    lastEnd = System.nanoTime();
    gate.unlock();
  }

  private synchronized long notBefore() {
    return notBefore;
  }

  /** The robots.txt rules, once read; its crawl-delay raises the host's delay. */
  synchronized void robots(BaseRobotRules rules) {
    this.robots = rules;
    long crawlDelay = rules.getCrawlDelay();
    if (crawlDelay != BaseRobotRules.UNSET_CRAWL_DELAY && crawlDelay > delay.toMillis()) {
      delay = Duration.ofMillis(crawlDelay);
    }
  }

  synchronized BaseRobotRules robots() {
    return robots;
  }

  synchronized Duration delay() {
    return delay;
  }

  /** An answer came: the failures in a row are over. */
  synchronized void answered() {
    failuresInRow = 0;
  }

  /** No answer, or a server error: back off, and stop the host after too many in a row. */
  synchronized void failed(String reason) {
    failuresInRow++;
    if (failuresInRow >= STOP_AFTER) {
      stopped = failuresInRow + " failures in a row, the last: " + reason;
      return;
    }
    long pause = Math.min(delay.toNanos() << failuresInRow, LONGEST_BACKOFF.toNanos());
    notBefore = Math.max(notBefore, System.nanoTime() + Math.max(pause, 1_000_000_000L));
  }

  /** The server asked to wait {@code wait}: nothing goes to it before then. */
  synchronized void retryAfter(Duration wait) {
    if (wait.compareTo(LONGEST_WAIT) > 0) {
      stopped = "asked to wait " + wait.toSeconds() + " s (Retry-After), longer than "
          + LONGEST_WAIT.toMinutes() + " min";
      return;
    }
    notBefore = Math.max(notBefore, System.nanoTime() + wait.toNanos());
  }

  /** Gives the host up for this crawl, for {@code reason}. */
  synchronized void stop(String reason) {
    if (stopped == null) {
      stopped = reason;
    }
  }

  /** Why the host is stopped for this crawl, or null when it is not. */
  synchronized String stopped() {
    return stopped;
  }

  /**
   * The wait a {@code Retry-After} value asks for: seconds, or an HTTP date; {@code fallback}
   * when absent or unreadable.
   */
  static Duration retryAfter(String value, Instant now, Duration fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    String text = value.strip();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(text)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant until = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
            .toInstant();
        Duration wait = Duration.between(now, until);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notDate) {
        return fallback;
      }
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s (%d ms between requests)", name, delay().toMillis());
  }
}
