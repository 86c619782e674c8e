package org.verbatim.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import org.verbatim.search.QueryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code verbatim}: the command line's front door. */
@Command(
    name = "verbatim",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Verbatim: an archive of official transcripts.",
    subcommands = {InitCommand.class, ParseCommand.class, GenerateCommand.class,
        IngestCommand.class, CrawlCommand.class, SearchCommand.class, KwicCommand.class, TrendsCommand.class, QuoteCommand.class, ShowCommand.class, HistoryCommand.class, DiffCommand.class,
        CiteCommand.class,
        ExportCommand.class,
        CheckCommand.class, ReindexCommand.class, ReparseCommand.class, MigrateCommand.class,
        DemoCommand.class, ServeCommand.class, TokenCommand.class, VersionsCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {

  /** Exit code when every input was handled. */
  static final int OK = 0;
  /** Exit code when some input failed; each failure was named on stderr. */
  static final int FAILED = 1;
  /** Exit code for bad usage: an unknown option, a missing argument. */
  static final int USAGE = 2;

  @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean verbose;

  public static void main(String[] args) {
    // Buffered: commands flush when a person should see a line at once (progress, the URL of a
    // server); everything else is flushed at exit.
    PrintWriter out = StandardOut.of(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = StandardOut.of(new FileOutputStream(FileDescriptor.err));
    int code;
    try {
      code = run(out, err, args);
    } finally {
      out.flush();
      err.flush();
    }
    System.exit(code);
  }

  /** Runs one command line with the given streams; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    Main main = new Main();
    CommandLine cli = new CommandLine(main);
    // Every command takes --help and --version, as the top level does.
    cli.getSubcommands().forEach((name, sub) -> {
      if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
        sub.getCommandSpec().mixinStandardHelpOptions(true);
      }
    });
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("verbatim: " + describe(e));
      if (main.verbose) {
        e.printStackTrace(err);
      }
      err.flush();
      return e instanceof QueryException ? USAGE : FAILED;
    });
    return cli.execute(args);
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  /** What {@code --version} prints. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"verbatim " + version()};
    }
  }
}
