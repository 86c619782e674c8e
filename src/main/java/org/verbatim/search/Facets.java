package org.verbatim.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.entity.EntityType;

/**
 * Counts of matching publications by kind, speaker, language, year, place and outlet, and by the
 * entities they name, type by type (by canonical name). Kinds, languages and years are complete;
 * the others give the {@value #TOP} most frequent. Values with no match are left out. Years run in
 * order, the others by count.
 */
public record Facets(List<FacetCount> kind, List<FacetCount> speaker, List<FacetCount> language,
    List<FacetCount> year, List<FacetCount> place, List<FacetCount> outlet,
    Map<EntityType, List<FacetCount>> about) {

  /** How many values the speaker, place and outlet facets give at most. */
  public static final int TOP = 20;

  public Facets {
    kind = List.copyOf(kind);
    speaker = List.copyOf(speaker);
    language = List.copyOf(language);
    year = List.copyOf(year);
    place = List.copyOf(place);
    outlet = List.copyOf(outlet);
    Map<EntityType, List<FacetCount>> copy = new EnumMap<>(EntityType.class);
    about.forEach((type, counts) -> copy.put(type, List.copyOf(counts)));
    about = Collections.unmodifiableMap(copy);
  }

  /** The entities of {@code type} the matching publications name most, with their counts. */
  public List<FacetCount> about(EntityType type) {
    return about.getOrDefault(type, List.of());
  }

  /** The facets as {@code {"kind": {"interview": 12, …}, …}}, in a stable order, for JSON. */
  public Map<String, Map<String, Long>> asMap() {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    out.put("kind", counts(kind));
    out.put("speaker", counts(speaker));
    out.put("language", counts(language));
    out.put("year", counts(year));
    out.put("place", counts(place));
    out.put("outlet", counts(outlet));
    for (EntityType type : EntityType.values()) {
      out.put("about." + type.code(), counts(about(type)));
    }
    return out;
  }

  private static Map<String, Long> counts(List<FacetCount> values) {
    Map<String, Long> out = new LinkedHashMap<>();
    values.forEach(v -> out.put(v.value(), v.count()));
    return out;
  }
}
