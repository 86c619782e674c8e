package org.verbatim.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A path with query parameters, built by changing one parameter at a time: the links of facets,
 * paging and feeds keep every other parameter of the page they are on. Immutable.
 *
 * <pre>{@code
 * Link.to("/search").with("q", "Arctic shelf").with("kind", "interview").toString()
 * // "/search?q=Arctic+shelf&kind=interview"
 * }</pre>
 */
record Link(String path, Map<String, List<String>> params) {

  Link {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    params.forEach((name, values) -> {
      if (!values.isEmpty()) {
        copy.put(name, List.copyOf(values));
      }
    });
    params = java.util.Collections.unmodifiableMap(copy);
  }

  static Link to(String path) {
    return new Link(path, Map.of());
  }

  /** This link with {@code value} added to the values of {@code name}. */
  Link with(String name, String value) {
    Map<String, List<String>> next = new LinkedHashMap<>(params);
    List<String> values = new ArrayList<>(next.getOrDefault(name, List.of()));
    if (!values.contains(value)) {
      values.add(value);
    }
    next.put(name, values);
    return new Link(path, next);
  }

  /** This link with {@code name} set to {@code value} only (or removed when null or blank). */
  Link set(String name, String value) {
    Map<String, List<String>> next = new LinkedHashMap<>(params);
    next.remove(name);
    if (value != null && !value.isBlank()) {
      next.put(name, List.of(value));
    }
    return new Link(path, next);
  }

  /** This link without {@code value} among the values of {@code name}. */
  Link without(String name, String value) {
    Map<String, List<String>> next = new LinkedHashMap<>(params);
    List<String> values = new ArrayList<>(next.getOrDefault(name, List.of()));
    values.remove(value);
    next.put(name, values);
    return new Link(path, next);
  }

  /** The same parameters on another path. */
  Link at(String otherPath) {
    return new Link(otherPath, params);
  }

  boolean has(String name, String value) {
    return params.getOrDefault(name, List.of()).contains(value);
  }

  String first(String name) {
    List<String> values = params.getOrDefault(name, List.of());
    return values.isEmpty() ? "" : values.get(0);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(path);
    char separator = '?';
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      for (String value : e.getValue()) {
        out.append(separator).append(encode(e.getKey())).append('=').append(encode(value));
        separator = '&';
      }
    }
    return out.toString();
  }

  /** A path segment or parameter value, percent-encoded (spaces as {@code %20} in paths). */
  static String segment(String value) {
    return encode(value).replace("+", "%20");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
