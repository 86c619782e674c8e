package org.verbatim.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DataFileTest {

  @Test
  void reads_rows_and_skips_comments_and_blank_lines() throws Exception {
    var rows = DataFile.parse("entity/test.tsv",
        new StringReader("# header\n\nun\tUnited Nations\tUN|ООН\n"), 2, 3);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).line()).isEqualTo(3);
    assertThat(rows.get(0).columns()).containsExactly("un", "United Nations", "UN|ООН");
  }

  @Test
  void names_the_file_and_line_of_a_malformed_line() {
    assertThatThrownBy(() -> DataFile.parse("entity/organizations.tsv",
        new StringReader("# header\nun\tUnited Nations\nasean ASEAN\n"), 2, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("entity/organizations.tsv line 3: expected 2 to 3 tab-separated columns, "
            + "found 1: 'asean ASEAN'");
    assertThatThrownBy(() -> DataFile.parse("entity/groups.tsv",
        new StringReader("\tBRICS\n"), 2, 3))
        .hasMessage("entity/groups.tsv line 1: column 1 is empty: '\tBRICS'");
  }

  @Test
  void every_data_file_of_the_catalogue_loads() {
    assertThat(Recognizer.standard().recognize(org.verbatim.index.Publications
        .publication("NATO and the OSCE").build())).extracting(Entity::id)
        .containsExactly("organization:nato", "organization:osce");
  }
}
