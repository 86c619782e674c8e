package org.verbatim.search;

/** How many matching publications have {@code value}. */
public record FacetCount(String value, long count) {}
