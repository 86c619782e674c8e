package org.verbatim.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.input.PageFiles;

/**
 * One size's generated pages in the work folder ({@code corpus-SEED-SIZE/pages}), written once and
 * reused by later runs with the same seed and size: a file {@code complete} beside the pages,
 * written last, says the folder holds them all.
 *
 * @param dir   the folder of the pages
 * @param pages how many pages
 * @param bytes their size in bytes, as written
 */
record Corpus(Path dir, int pages, long bytes) {

  private static final String COMPLETE = "complete";

  /** The corpus of {@code size} pages of {@code seed} under {@code work}, generated when absent. */
  static Corpus prepare(Path work, long seed, int size) throws IOException {
    Path root = work.resolve("corpus-" + seed + "-" + size);
    Path pages = root.resolve("pages");
    Path complete = root.resolve(COMPLETE);
    if (Files.exists(complete)) {
      String[] line = Files.readString(complete, StandardCharsets.UTF_8).strip().split(" ");
      return new Corpus(pages, Integer.parseInt(line[0]), Long.parseLong(line[1]));
    }
    Files.createDirectories(pages);
    Generator generator = new Generator(GeneratorOptions.defaults());
    long bytes = 0;
    for (int i = 0; i < size; i++) {
      GeneratedPage page = generator.page(seed, i);
      Files.write(pages.resolve(page.fileName()), page.bytes());
      bytes += page.bytes().length;
    }
    Files.writeString(complete, size + " " + bytes + "\n", StandardCharsets.UTF_8);
    return new Corpus(pages, size, bytes);
  }

  /** The page files, in path order (the order {@code ingest} reads them). */
  List<Path> files() throws IOException {
    return PageFiles.find(List.of(dir));
  }

  /** Megabytes (10^6 bytes) of pages. */
  double megabytes() {
    return bytes / 1e6;
  }
}
