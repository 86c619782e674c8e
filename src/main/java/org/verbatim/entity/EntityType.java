package org.verbatim.entity;

import java.util.Locale;

/** What an entity is; {@link #code()} is how JSON, the index and URLs name it. */
public enum EntityType {
  /** A person, with the posts the pages give them. */
  PERSON,
  /** A country or territory (CLDR's regions). */
  COUNTRY,
  /** An organisation: the UN, ASEAN, a ministry, a company. */
  ORGANIZATION,
  /** A city or another place that is not a country. */
  PLACE,
  /** A treaty, agreement, resolution, declaration or other document. */
  DOCUMENT,
  /** A summit, forum, meeting, visit or anniversary. */
  EVENT,
  /** A format or grouping of states: BRICS, the G20, the Normandy format. */
  GROUP,
  /** A newspaper, agency, broadcaster or other outlet. */
  OUTLET;

  /** {@code person}, {@code country}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The type named {@code code}.
   *
   * @throws IllegalArgumentException naming the types when there is none of that name
   */
  public static EntityType ofCode(String code) {
    for (EntityType type : values()) {
      if (type.code().equals(code)) {
        return type;
      }
    }
    throw new IllegalArgumentException("No entity type '" + code + "': use one of "
        + java.util.Arrays.stream(values()).map(EntityType::code).toList());
  }
}
