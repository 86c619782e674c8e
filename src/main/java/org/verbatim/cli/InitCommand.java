package org.verbatim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.archive.Operations;
import org.verbatim.store.TranscriptStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code verbatim init}: chooses what an archive runs on and writes its configuration. */
@Command(
    name = "init",
    description = {
        "Chooses what the archive runs on, checks that it works, and writes the choice to "
            + ArchiveConfig.FILE + " in the archive folder, which every other command reads. "
            + "By default both the store and the index are embedded in the folder; give "
            + "--store a PostgreSQL JDBC URL and --index a SolrCloud address to run on servers "
            + "(then several processes may use the archive at once). On a cluster, init uploads "
            + "Verbatim's configset and creates the collection when they are missing.",
        "To move an embedded archive that already holds publications, use migrate instead.",
        "Exit code: 0 done, 1 failed, 2 bad usage."})
final class InitCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ArchiveOption archive;

  @Option(names = "--store", paramLabel = "sqlite|JDBC-URL", defaultValue = "sqlite",
      description = "sqlite (in the archive folder, the default) or a PostgreSQL JDBC URL, "
          + "e.g. jdbc:postgresql://db.example.org:5432/verbatim.")
  String store;

  @Option(names = "--store-user", paramLabel = "USER", description = "The database user.")
  String storeUser;

  @Option(names = "--store-password-env", paramLabel = "NAME",
      description = "The environment variable that holds the database password; the file "
          + "records ${NAME}, never the password.")
  String storePasswordEnv;

  @Option(names = "--index", paramLabel = "embedded|zk:…|http://…", defaultValue = "embedded",
      description = "embedded (Solr in the archive folder, the default), a SolrCloud by "
          + "ZooKeeper (zk:HOST:PORT[,HOST:PORT…][/CHROOT]) or by Solr base URLs "
          + "(http://HOST:8983/solr[,…]).")
  String index;

  @Option(names = "--collection", paramLabel = "NAME", defaultValue = "verbatim",
      description = "The SolrCloud collection (default: ${DEFAULT-VALUE}).")
  String collection;

  @Option(names = "--shards", paramLabel = "N", defaultValue = "2",
      description = "Shards of the collection when init creates it (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(names = "--replicas", paramLabel = "N", defaultValue = "2",
      description = "Replicas of each shard when init creates it (default: ${DEFAULT-VALUE}).")
  int replicas;

  @Option(names = "--contact", paramLabel = "ADDRESS",
      description = "How site operators reach whoever runs this archive's crawls: an e-mail or "
          + "web address, sent in the User-Agent of every request (crawl.contact); crawl "
          + "refuses to start without one.")
  String contact;

  @Option(names = "--public-url", paramLabel = "URL",
      description = "The address readers reach the site at (https://verbatim.example.org, "
          + "behind a proxy), used for every absolute link, citation and feed id "
          + "(web.public-url); without it, the server's own address.")
  String publicUrl;

  @Option(names = "--force", description = "Replace the folder's existing configuration.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    ArchiveConfig config;
    try {
      config = new ArchiveConfig(store.equals("sqlite") ? null : store, storeUser,
          storePasswordEnv == null ? null : "${" + storePasswordEnv + "}",
          index.equals("embedded") ? null : index, collection, shards, replicas, contact,
          publicUrl, Operations.defaults());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    Path dir = archive.dir;
    if (Files.exists(dir.resolve(ArchiveConfig.FILE)) && !force) {
      throw new ParameterException(spec.commandLine(), "The archive " + dir
          + " is configured already (" + ArchiveConfig.FILE + "): give --force to replace it");
    }
    if (!config.embeddedStore() && Files.exists(dir.resolve(TranscriptStore.DATABASE_FILE))) {
      throw new ParameterException(spec.commandLine(), "The archive " + dir
          + " holds an embedded store (" + TranscriptStore.DATABASE_FILE + "): use `verbatim "
          + "migrate --archive " + dir + " --to FILE` to move it to " + store);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Archive opened = Archive.open(dir, "init", config)) {
      opened.index(); // connects, and on a cluster uploads the configset and creates the collection
    }
    config.writeTo(dir);
    out.println("Initialised " + dir + ": " + config.describe());
    out.flush();
    return Main.OK;
  }
}
