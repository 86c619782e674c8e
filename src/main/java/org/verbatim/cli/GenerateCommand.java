package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.verbatim.generate.GeneratedPage;
import org.verbatim.generate.Generator;
import org.verbatim.generate.GeneratorOptions;
import org.verbatim.json.PublicationJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim generate --count N --seed S --out DIR [--lang en,ru]}: writes synthetic pages. */
@Command(
    name = "generate",
    description = {
        "Writes synthetic transcript pages (invented text and speakers) in the formats real pages "
            + "take, each NAME.txt or NAME.html with NAME.truth.json beside it: the JSON "
            + "'parse --json' must print for that page.",
        "The same seed always writes the same bytes."})
final class GenerateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--count", required = true, paramLabel = "N", description = "How many pages.")
  int count;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "Seed of the run (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder to write into; created when missing.")
  Path out;

  @Option(names = "--lang", defaultValue = "en,ru", split = ",", paramLabel = "LANG",
      description = "Page languages, comma-separated (default: ${DEFAULT-VALUE}).")
  List<String> languages;

  @Override
  public Integer call() throws IOException {
    if (count < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--count must not be negative: " + count);
    }
    GeneratorOptions options;
    try {
      options = GeneratorOptions.defaults().withLanguages(languages);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    Files.createDirectories(out);
    Generator generator = new Generator(options);
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      GeneratedPage page = generator.page(seed, i);
      Files.write(out.resolve(page.fileName()), page.bytes());
      Files.writeString(out.resolve(page.truthFileName()),
          PublicationJson.toPrettyJson(page.truth()) + "\n", StandardCharsets.UTF_8);
      bytes += page.bytes().length;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("Wrote " + count + " pages (" + bytes + " bytes) and their truth files to "
        + out + " (seed " + seed + ", languages " + String.join(",", languages) + ")");
    stdout.flush();
    return Main.OK;
  }
}
