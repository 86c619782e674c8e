package org.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FieldsTest {

  /** Constants of Fields that are values or labels, not schema fields. */
  static final Set<String> NOT_FIELDS = Set.of("PUBLICATION", "TURN", "OTHER", "TURNS");

  static Set<String> schemaFields() {
    String schema = new String(Configset.resource(Configset.SCHEMA_FILE), StandardCharsets.UTF_8);
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("<field name=\"([^\"]+)\"").matcher(schema);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  static Set<String> namedInFields() throws IllegalAccessException {
    Set<String> names = new TreeSet<>();
    for (Field field : Fields.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
          && !NOT_FIELDS.contains(field.getName())) {
        names.add((String) field.get(null));
      }
    }
    names.addAll(Fields.allTextFields());
    names.addAll(Fields.allWholeTextFields());
    names.addAll(Fields.allEntityFields());
    return names;
  }

  @Test
  void the_schema_declares_exactly_the_fields_that_Fields_names() throws IllegalAccessException {
    assertThat(schemaFields()).isEqualTo(namedInFields());
  }

  @Test
  void the_schema_name_carries_the_configset_version() {
    String schema = new String(Configset.resource(Configset.SCHEMA_FILE), StandardCharsets.UTF_8);
    assertThat(Configset.versionOfSchemaName(schema)).isEqualTo(Configset.VERSION);
    assertThat(Configset.versionOfSchemaName("verbatim-7")).isEqualTo(7);
    assertThat(Configset.versionOfSchemaName("other")).isEqualTo(-1);
  }

  @Test
  void languages_without_analysis_of_their_own_use_the_icu_fields() {
    List<String> fields = new ArrayList<>();
    for (String language : new String[] {"en", "RU", "zh", "pl", "ja", null}) {
      fields.add(Fields.text(language) + " " + Fields.all(language));
    }
    assertThat(fields).containsExactly("text_en all_en", "text_ru all_ru", "text_zh all_zh",
        "text_und all_und", "text_und all_und", "text_und all_und");
  }
}
