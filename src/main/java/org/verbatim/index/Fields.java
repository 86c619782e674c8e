package org.verbatim.index;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.verbatim.entity.EntityType;

/**
 * Every field of the index, named once. The schema ({@code managed-schema.xml} in the configset)
 * declares the same names; {@code FieldsTest} checks that the two agree.
 *
 * <p>A publication is a parent document ({@link #DOC_TYPE} {@value #PUBLICATION}) whose turns are
 * child documents ({@value #TURN}) in the same block. Text is indexed in the field of the page's
 * language: {@code text_en} on a turn, {@code all_en} (title, headings and all turns) on the
 * publication; languages without their own analysis use {@code _und} (ICU segmentation and
 * folding).
 */
public final class Fields {

  private Fields() {}

  // Both levels
  public static final String ID = "id";
  public static final String ROOT = "_root_";
  public static final String NEST_PATH = "_nest_path_";
  public static final String VERSION_ = "_version_";
  public static final String DOC_TYPE = "doc_type";
  public static final String LANGUAGE = "language";

  /** {@link #DOC_TYPE} of a publication. */
  public static final String PUBLICATION = "publication";
  /** {@link #DOC_TYPE} of a turn. */
  public static final String TURN = "turn";

  // The publication
  public static final String VERSION = "version";
  public static final String TITLE = "title";
  public static final String KIND = "kind";
  public static final String PUBLISHED = "published";
  public static final String PUBLISHED_AT = "published_at";
  public static final String YEAR = "year";
  public static final String EVENT_DATE = "event_date";
  public static final String PLACE = "place";
  public static final String PLACE_TEXT = "place_text";
  public static final String OUTLETS = "outlets";
  public static final String OUTLETS_TEXT = "outlets_text";
  public static final String PARTICIPANTS = "participants";
  public static final String SPEAKERS = "speakers";
  public static final String LANGUAGE_VERSIONS = "language_versions";
  public static final String GROUP_KEY = "group_key";
  public static final String SOURCE_URL = "source_url";
  public static final String TURN_COUNT = "turn_count";
  /**
   * The label under which a publication's turns are nested (their {@code _nest_path_}). To read
   * turns with the {@code [child]} transformer, the top-level {@code fl} must name this label and
   * the child fields wanted, or Solr returns no children.
   */
  public static final String TURNS = "turns";

  // The turn
  /** On a turn: the id of its publication. */
  public static final String PUBLICATION_ID = "publication";
  public static final String NUMBER = "number";
  public static final String LABEL = "label";
  public static final String SPEAKER = "speaker";
  public static final String SPEAKER_TEXT = "speaker_text";
  public static final String ROLE = "role";
  public static final String SECTION = "section";
  public static final String SECTION_HEADING = "section_heading";
  /** On a turn: how many words its text has ({@link WordCount}); also carries {@link #MONTH}. */
  public static final String WORDS = "words";

  // What is talked about, on both levels (org.verbatim.entity).
  /** The ids of the entities named ({@code country:VN}). */
  public static final String ENTITIES = "entities";
  /** Their canonical names, as names are searched ({@code speaker_text}'s analysis). */
  public static final String ENTITY_NAMES = "entity_names";
  /** A publication's entities as {@code id|name}, to name an entity from its id. */
  public static final String ENTITY_KEYS = "entity_keys";
  /** On a turn: its speaker's person entity. */
  public static final String SPEAKER_ENTITY = "speaker_entity";
  /** On a publication and its turns: the month it was published, {@code YYYY-MM}. */
  public static final String MONTH = "month";

  /** Languages with analysis of their own; every other language is indexed as {@value #OTHER}. */
  public static final List<String> ANALYSED_LANGUAGES = List.of("en", "ru", "fr", "de", "es", "zh");
  /** The suffix of the fields for all other languages (ICU segmentation and folding). */
  public static final String OTHER = "und";
  /** Every suffix of the language fields: {@link #ANALYSED_LANGUAGES} and {@link #OTHER}. */
  public static final List<String> LANGUAGE_SUFFIXES =
      List.of("en", "ru", "fr", "de", "es", "zh", OTHER);

  /** The suffix for an ISO 639-1 code: itself when analysed, else {@value #OTHER}. */
  public static String suffix(String language) {
    if (language == null) {
      return OTHER;
    }
    String code = language.toLowerCase(Locale.ROOT);
    return ANALYSED_LANGUAGES.contains(code) ? code : OTHER;
  }

  /** The id of a turn's document: its publication's id, a slash and its number ({@code ID/7}). */
  public static String turnId(String publication, int number) {
    return publication + "/" + number;
  }

  /** A turn's text field for a language: {@code text_en}, {@code text_und}. */
  public static String text(String language) {
    return "text_" + suffix(language);
  }

  /** A publication's whole-text field for a language: {@code all_en}, {@code all_und}. */
  public static String all(String language) {
    return "all_" + suffix(language);
  }

  /** Every turn text field, in {@link #LANGUAGE_SUFFIXES} order. */
  public static List<String> allTextFields() {
    return LANGUAGE_SUFFIXES.stream().map(s -> "text_" + s).toList();
  }

  /** A publication's entities of one type by canonical name, a facet: {@code entity_country}. */
  public static String entities(EntityType type) {
    return "entity_" + type.code();
  }

  /** Every entity facet field, in {@link EntityType} order. */
  public static List<String> allEntityFields() {
    return Arrays.stream(EntityType.values()).map(Fields::entities).toList();
  }

  /** Every publication whole-text field, in {@link #LANGUAGE_SUFFIXES} order. */
  public static List<String> allWholeTextFields() {
    return LANGUAGE_SUFFIXES.stream().map(s -> "all_" + s).toList();
  }
}
