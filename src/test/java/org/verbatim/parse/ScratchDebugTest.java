package org.verbatim.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchDebugTest {
  @Test
  void debug() throws Exception {
    String file = System.getProperty("page", "/work/shared/seed/000_128014d91195d743.txt");
    String text = Files.readString(Path.of(file));
    TranscriptReader.Reading r = Pages.reading(text);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < Math.min(lines.length, Integer.getInteger("n", 30)); i++) {
      System.out.println(i + " " + r.uses()[i] + " | " + lines[i].substring(0, Math.min(90, lines[i].length())));
    }
    System.out.println(r.publication().languageVersions() + " " + r.publication().title() + " " + TitleAnalysis.analyse(r.publication().title()));
  }
}
