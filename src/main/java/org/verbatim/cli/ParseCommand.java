package org.verbatim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.verbatim.entity.Recognition;
import org.verbatim.entity.Recognizer;
import org.verbatim.input.PageFiles;
import org.verbatim.json.PublicationJson;
import org.verbatim.model.ParseWarning;
import org.verbatim.model.Publication;
import org.verbatim.model.Role;
import org.verbatim.parse.ParseException;
import org.verbatim.parse.Parser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim parse FILE|DIR... [--json]}: reads pages and prints what they say. */
@Command(
    name = "parse",
    description = {
        "Reads transcript pages and prints each publication: a short summary, or with --json one "
            + "JSON object per line, per page, in file order.",
        "A folder is read recursively for .txt, .html and .htm pages. Warnings go to stderr.",
        "Exit code: 0 every page parsed, 1 some failed (each named with its reason), 2 bad usage."})
final class ParseCommand implements Callable<Integer> {

  private static final byte[] NEWLINE = System.lineSeparator().getBytes(StandardCharsets.UTF_8);

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Pages, or folders of pages.")
  List<Path> paths;

  @Option(names = "--json", description = "Print one JSON object per page (the export format).")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Parser parser = new Parser();
    Recognizer recognizer = json ? Recognizer.standard() : null;
    int failed = 0;
    for (Path warc : PageFiles.findWarcs(paths)) {
      failed++;
      err.println("verbatim: " + warc + ": a WARC file: ingest reads the pages in it");
    }
    for (Path file : PageFiles.find(paths)) {
      try {
        Publication publication = parser.parse(PageFiles.read(file));
        for (ParseWarning warning : publication.warnings()) {
          err.println(file + ":" + warning.line() + ": warning: " + warning.message());
        }
        if (json && out instanceof StandardOut standard) {
          printJson(publication, recognizer.analyse(publication), standard.bytes());
        } else if (json) {
          PublicationJson.write(publication, recognizer.analyse(publication), out);
          out.println();
        } else {
          out.println(summary(file, publication));
        }
      } catch (ParseException e) {
        failed++;
        err.println("verbatim: " + e.getMessage());
      } catch (IOException e) {
        failed++;
        err.println("verbatim: " + file + ": cannot read: " + e.getMessage());
      }
    }
    out.flush();
    err.flush();
    return failed == 0 ? Main.OK : Main.FAILED;
  }

  /**
   * One line of JSON, written as bytes. A failure to write (a closed pipe: {@code | head}) ends
   * the command, named as such: it is not a page's failure to read.
   */
  private static void printJson(Publication publication, Recognition recognition,
      OutputStream out) {
    try {
      PublicationJson.write(publication, recognition, out);
      out.write(NEWLINE);
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      throw new UncheckedIOException("cannot write to standard output: " + cause.getMessage(),
          cause instanceof IOException io ? io : new IOException(cause));
    }
  }

  static String summary(Path file, Publication p) {
    StringBuilder out = new StringBuilder();
    out.append(file).append('\n');
    out.append("  ").append(p.kind().code())
        .append(" · ").append(p.published() == null ? "no date" : p.published())
        .append(p.place() == null ? "" : " · " + p.place())
        .append(" · ").append(p.language());
    if (!p.languageVersions().isEmpty()) {
      out.append(" (versions: ").append(String.join(", ", p.languageVersions())).append(')');
    }
    out.append('\n');
    if (p.title() != null) {
      out.append("  ").append(p.title()).append('\n');
    }
    if (!p.participants().isEmpty()) {
      out.append("  participants: ");
      out.append(String.join("; ", p.participants().stream()
          .map(x -> x.role() == null ? x.name() : x.name() + " (" + x.role() + ")").toList()));
      out.append('\n');
    }
    if (!p.outlets().isEmpty()) {
      out.append("  outlets: ").append(String.join("; ", p.outlets())).append('\n');
    }
    out.append("  ").append(p.turns().size()).append(" turns (")
        .append(count(p, Role.QUESTION)).append(" questions, ")
        .append(count(p, Role.ANSWER)).append(" answers, ")
        .append(count(p, Role.REMARKS)).append(" remarks), ")
        .append(p.sections().size()).append(" sections, ")
        .append(p.warnings().size()).append(" warnings");
    return out.toString();
  }

  private static long count(Publication p, Role role) {
    return p.turns().stream().filter(t -> t.role() == role).count();
  }
}
