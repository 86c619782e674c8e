package org.verbatim.harvest;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request a {@link LoopbackSite} received, and how it was answered.
 *
 * @param at            when it arrived, by the wall clock
 * @param nanos         {@link System#nanoTime()} when it arrived: compare arrivals with this
 * @param method        {@code GET}, {@code HEAD}…
 * @param path          the raw path with its query ({@code /en/briefings/?page=2})
 * @param headers       the request headers; names are looked up ignoring case
 * @param status        the status sent, or 0 while none has been
 * @param bodyCompleted whether the whole body was written (true for a response that has none);
 *                      false for a held {@code /slow/}, a body the client stopped reading, or a
 *                      request still being answered
 * @param bodyBytes     body bytes written so far (compressed bytes when gzipped)
 */
public record SiteRequest(Instant at, long nanos, String method, String path,
    Map<String, List<String>> headers, int status, boolean bodyCompleted, long bodyBytes) {

  public SiteRequest {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
  }

  /** The first value of request header {@code name} (any case), or null when it was not sent. */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
