package org.verbatim.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.verbatim.ingest.RawPage;

class ScratchSpeedTest {
  @Test
  void speed() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("/tmp/gen10k"))) {
      files = s.filter(p -> !p.toString().endsWith(".json")).sorted().toList();
    }
    List<byte[]> pages = new java.util.ArrayList<>();
    long total = 0;
    for (Path f : files) { byte[] b = Files.readAllBytes(f); pages.add(b); total += b.length; }
    Parser parser = new Parser();
    for (int round = 0; round < 3; round++) {
      long t = System.nanoTime();
      int i = 0;
      for (byte[] b : pages) {
        Path f = files.get(i++);
        try { parser.parse(new RawPage(b, f.toString(), null, f.toString().endsWith(".html") ? RawPage.Format.HTML : RawPage.Format.TEXT)); } catch (ParseException e) { }
      }
      double s = (System.nanoTime() - t) / 1e9;
      System.out.printf("round %d: %.1f s, %.1f MB/s%n", round, s, total / 1e6 / s);
    }
  }
}
