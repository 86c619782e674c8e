package org.verbatim.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Publication;
import org.verbatim.parse.ParseException;
import org.verbatim.parse.Parser;

class ScratchRoundTripTest {
  @Test
  void dump() throws Exception {
    long seed = Long.getLong("seed", 20240229L);
    int pages = Integer.getInteger("pages", 10000);
    Generator generator = new Generator(GeneratorOptions.defaults());
    Parser parser = new Parser();
    Path out = Path.of(System.getProperty("out", "/tmp/rt"));
    Files.createDirectories(out);
    List<String> mismatches = IntStream.range(0, pages).parallel().mapToObj(i -> {
      GeneratedPage page = generator.page(seed, i);
      try {
        Publication parsed = parser.parse(page.rawPage());
        if (parsed.equals(page.truth())) {
          return null;
        }
        Files.write(out.resolve(page.fileName()), page.bytes());
        return page.fileName() + " " + page.forms() + "\t" + String.join("\n\t", PublicationDiff.between(page.truth(), parsed).stream().limit(4).toList());
      } catch (ParseException e) {
        try { Files.write(out.resolve(page.fileName()), page.bytes()); } catch (Exception x) { throw new RuntimeException(x); }
        return page.fileName() + "\tnot parsed: " + e.getMessage();
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    }).filter(Objects::nonNull).sorted().toList();
    Files.writeString(out.resolve("mismatches.txt"), String.join("\n", mismatches) + "\n");
    System.out.println("MISMATCHES " + mismatches.size());
  }
}
