package org.verbatim.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.verbatim.internal.Csv;
import org.verbatim.model.Publication;
import org.verbatim.model.Turn;

/**
 * CSV after RFC 4180 (CRLF line ends, fields quoted when they hold a comma, a quote or a line
 * break, quotes doubled), one row per turn under a header row: {@value #HEADER}. {@code text} is
 * the turn's paragraphs joined by a line feed; {@code entity} the speaker's person id, empty when
 * recognition found none.
 */
final class CsvTurnsWriter implements CorpusWriter {

  static final String HEADER =
      "publication,version,published,lang,kind,turn,speaker,role,entity,text";

  private final Writer out;

  CsvTurnsWriter(OutputStream out) throws IOException {
    this.out = new OutputStreamWriter(out, UTF_8);
    this.out.write(HEADER + "\r\n");
  }

  @Override
  public void write(ExportedPublication p) throws IOException {
    Publication publication = p.stored().publication();
    List<Turn> turns = publication.turns();
    for (int i = 0; i < turns.size(); i++) {
      Turn turn = turns.get(i);
      String entity = turn.speaker() == null ? null
          : p.recognition().speakers().get(turn.speaker());
      row(p.stored().id(), String.valueOf(p.stored().version()),
          publication.published() == null ? null : publication.published().toString(),
          publication.language(), publication.kind().code(), String.valueOf(i + 1),
          turn.speaker(), turn.role().code(), entity, String.join("\n", turn.paragraphs()));
    }
  }

  private void row(String... fields) throws IOException {
    out.write(Csv.row(Arrays.asList(fields)));
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
