package org.verbatim.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.verbatim.archive.Archive;
import org.verbatim.archive.Operations;
import org.verbatim.archive.ServeFile;
import org.verbatim.web.Server;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim serve [--archive DIR] [--port N] [--host H] [--access-log FILE|-]}: the web
 * site and API.
 */
@Command(
    name = "serve",
    description = {
        "Serves the archive's web site (read a transcript, search, browse, feeds) and its JSON "
            + "API (/api/v1, described at /api/openapi.json) until stopped with Ctrl-C.",
        "Takes writes too: the write API (POST /api/v1/ingest, /crawl, /reparse, /check, "
            + "/reindex, each a job at /api/v1/jobs/ID) for bearer tokens made with `token "
            + "create`. New publications are meant to be searchable within 2 s of being stored.",
        "On an embedded archive the archive stays locked meanwhile, and serve writes "
            + "ARCHIVE/verbatim.serve (its loopback address and a secret, readable by the "
            + "owner only; deleted at stop): ingest, crawl, reparse, check and reindex run from "
            + "another shell find it and hand their work to the server.",
        "/health and /metrics (Prometheus) are for monitoring; limits and trusted proxies are "
            + "set in verbatim.properties (see the README).",
        "Exit code: 0 stopped, 1 the archive or the port cannot be opened, 2 bad usage."})
final class ServeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
      description = "The port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "H",
      description = "The address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String host;

  @Option(names = "--access-log", paramLabel = "FILE|-",
      description = "Append a line per request in the Combined Log Format to FILE, or print it "
          + "(-); overrides web.access-log in verbatim.properties (default: no access log).")
  String accessLog;

  @Override
  public Integer call() throws Exception {
    checkPort(spec, port);
    try (Archive opened = archive.open("serve")) {
      return serve(opened, host, port, accessLog, spec.commandLine().getOut());
    }
  }

  static void checkPort(CommandSpec spec, int port) {
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--port must be from 0 to 65535: " + port);
    }
  }

  /**
   * Serves {@code opened} until Ctrl-C, printing its URL first; closes the archive (index
   * committed, lock released) before the JVM may exit.
   */
  static int serve(Archive opened, String host, int port, PrintWriter out) throws Exception {
    return serve(opened, host, port, null, out);
  }

  /** {@link #serve(Archive, String, int, PrintWriter)} with {@code accessLog} (null: as set). */
  static int serve(Archive opened, String host, int port, String accessLog, PrintWriter out)
      throws Exception {
    Operations operations = opened.config().operations();
    if (accessLog != null) {
      operations = operations.withAccessLog(accessLog);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    // Ctrl-C: let the server stop and the archive close (index committed, lock released) before
    // the JVM exits; the JVM waits for this hook, not for the main thread.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stopped.countDown();
      try {
        closed.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "verbatim-serve-stop"));
    // Solr takes seconds to open its core: open it meanwhile the web server starts, and let the
    // server listen at once; a request that searches waits for the index.
    opened.openIndexInBackground();
    // Commands run beside serve on a locked archive hand their work over with this secret.
    String secret = opened.config().shared() ? null : ServeFile.newSecret();
    try (opened;
         Server server = Server.start(opened, host, port, secret, Main.version(), operations)) {
      opened.searcher(); // an index that cannot open stops serve here, with its message
      ServeFile.Entry handoff = secret == null ? null : ServeFile.write(opened.dir(),
          URI.create("http://" + loopback(host) + ":" + server.port()), secret);
      try {
        String publicUrl = opened.config().publicUrl();
        out.println("Serving " + opened.dir() + " at http://" + host + ":" + server.port()
            + "/ " + (publicUrl == null ? "" : "(public address " + publicUrl + "/) ")
            + "(Ctrl-C stops)");
        out.flush();
        stopped.await();
      } finally {
        if (handoff != null) { // before the lock is released: no one finds a file of no server
          ServeFile.delete(opened.dir(), handoff);
        }
      }
    } finally {
      closed.countDown();
    }
    return Main.OK;
  }

  /** The address a command on this machine reaches a server listening on {@code host} at. */
  static String loopback(String host) {
    return switch (host) {
      case "0.0.0.0" -> "127.0.0.1";
      case "::", "[::]" -> "[::1]";
      default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    };
  }
}
