package org.verbatim.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the data files of {@code src/main/resources/entity/}: UTF-8 lines of tab-separated
 * columns; lines starting with {@code #} and blank lines are comments.
 */
final class DataFile {

  /** One line of a data file. */
  record Row(String file, int line, List<String> columns) {
    String column(int index) {
      return columns.get(index);
    }
  }

  private DataFile() {}

  /** The rows of {@code entity/NAME} on the class path, each with {@code min}–{@code max} columns. */
  static List<Row> read(String name, int min, int max) {
    String file = "entity/" + name;
    InputStream in = DataFile.class.getResourceAsStream("/" + file);
    if (in == null) {
      throw new IllegalStateException("Entity data file " + file + " is missing from the class path");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(file, reader, min, max);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read entity data file " + file, e);
    }
  }

  /**
   * The rows of {@code reader}, named {@code file} in errors.
   *
   * @throws IllegalStateException naming the file and the line when a line has too few or too
   *     many columns, or an empty one
   */
  static List<Row> parse(String file, Reader reader, int min, int max) throws IOException {
    List<Row> rows = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> columns = Arrays.asList(line.split("\t", -1));
      if (columns.size() < min || columns.size() > max) {
        throw new IllegalStateException(file + " line " + number + ": expected "
            + (min == max ? min : min + " to " + max) + " tab-separated columns, found "
            + columns.size() + ": '" + line + "'");
      }
      for (int i = 0; i < Math.min(columns.size(), 2); i++) {
        if (columns.get(i).isBlank()) {
          throw new IllegalStateException(file + " line " + number + ": column " + (i + 1)
              + " is empty: '" + line + "'");
        }
      }
      rows.add(new Row(file, number, List.copyOf(columns)));
    }
    return rows;
  }
}
