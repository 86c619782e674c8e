package org.verbatim.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.verbatim.entity.KnownPeople;
import org.verbatim.entity.Recognition;
import org.verbatim.input.RawPage;
import org.verbatim.model.Publication;
import org.verbatim.parse.Parser;
import org.verbatim.store.Connections.Vendor;

/**
 * The store of record of an archive: every page as read (compressed, with its SHA-256), every
 * version of every publication as parsed, and nothing half-written.
 *
 * <pre>{@code
 * try (TranscriptStore store = TranscriptStore.openSqlite(Path.of("archive"))) {
 *   PutResult result = store.put(page, Parser.parse(page));   // ADDED, UPDATED or UNCHANGED
 *   StoredPublication latest = store.publication(result.id()).orElseThrow();
 * }
 * }</pre>
 *
 * <p>Which publication a page belongs to, and the form of its public id, are decided by
 * {@link Identity}. A page whose source bytes or parsed content equal its publication's latest
 * version is {@code UNCHANGED} and nothing is written; otherwise it becomes version 1 of a new
 * publication or the next version of its publication, earlier versions kept. Each page is written
 * in one transaction: a crash at any moment leaves either all of it or none of it.
 *
 * <p>Every version records the version of the parser that made it ({@code Parser.VERSION}).
 * When a newer parser reads a latest version's source again ({@link #reread}, or {@link #put}
 * of the same bytes), a changed content becomes the next version, marked as a re-read of the
 * version whose source it read; an unchanged content adds no version, and the latest records
 * that the newer parser read it, so that it is not read again.
 *
 * <p>The schema is created and upgraded on open by Flyway, from migrations that run on SQLite and
 * PostgreSQL alike. Thread-safe: any number of threads may put and read at once (writes are
 * serialised, reads run in parallel). Close it once no thread uses it any more.
 *
 * <p>Several processes may share one database. On SQLite a transaction takes the database's
 * write lock when it begins; on PostgreSQL a put locks its publication's identity
 * ({@code pg_advisory_xact_lock}) before deciding, so two processes putting the same page add it
 * once, and two changes to one publication get consecutive versions. When the connection to a
 * PostgreSQL server is lost (a restart, a failover), the store reconnects and runs the
 * interrupted work again, for up to 30 s, before failing with a {@link StoreException} saying
 * the connection was lost; a put is one transaction, so nothing of it is half-written either
 * way, and putting the same pages again completes what was interrupted.
 */
public final class TranscriptStore implements AutoCloseable {

  /** The database file inside an archive folder. */
  public static final String DATABASE_FILE = "verbatim.db";

  /** How long a store tries to reconnect when the connection to its server is lost. */
  static final Duration RECONNECT_FOR = Duration.ofSeconds(30);

  private final String where;
  private final Connections db;
  private final Puts puts;
  private final Queries queries;
  private final CrawlLog crawlLog;
  private final ApiTokens tokens;
  private final VersionGroups versionGroups;
  private final Object peopleLock = new Object();
  private KnownPeople knownPeople; // read on first use; guarded by peopleLock

  private TranscriptStore(String url, String shownUrl, Properties properties, String where,
      Vendor vendor, Duration reconnectFor, Pool pool) {
    this.where = where;
    // Connect first: a server that is down, or refuses the user, is said as such, not as a
    // failed migration.
    this.db = new Connections(url, shownUrl, properties, where, vendor, reconnectFor, pool);
    try {
      Migrations.run(url, properties.getProperty("user"), properties.getProperty("password"),
          where);
    } catch (RuntimeException e) {
      try {
        db.close();
      } catch (RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
    this.puts = new Puts(db);
    this.queries = new Queries(db);
    this.versionGroups = new VersionGroups(db, queries, this::knownPeople);
    this.crawlLog = new CrawlLog(db);
    this.tokens = new ApiTokens(db);
  }

  /**
   * Opens the SQLite store of the archive in {@code archiveDir} ({@value #DATABASE_FILE}),
   * creating the folder and the database when absent. The database runs in WAL mode (readers do
   * not wait for the writer; a committed page survives a killed process), with foreign keys
   * enforced and a 30 s wait when another process is writing.
   *
   * @throws StoreException naming the folder when it is not a writable folder, or the database
   *                        when it cannot be opened or is newer than this code
   */
  public static TranscriptStore openSqlite(Path archiveDir) {
    return openSqlite(archiveDir, Pool.standard());
  }

  /** {@link #openSqlite(Path)} with at most {@code pool}'s reading connections. */
  public static TranscriptStore openSqlite(Path archiveDir, Pool pool) {
    Path dir = archiveDir.toAbsolutePath().normalize();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StoreException("Archive folder " + dir + " is not a folder");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("Could not create archive folder " + dir + ": " + e, e);
    }
    if (!Files.isWritable(dir)) {
      throw new StoreException("Archive folder " + dir + " is not writable");
    }
    Path file = dir.resolve(DATABASE_FILE);
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw new StoreException("Archive database " + file + " is not writable");
    }
    String url = "jdbc:sqlite:" + file;
    return new TranscriptStore(url, url, sqlite(new Properties()), "archive database " + file,
        Vendor.SQLITE, RECONNECT_FOR, pool);
  }

  /**
   * Opens the store in the database at {@code jdbcUrl}: {@code jdbc:sqlite:FILE} or
   * {@code jdbc:postgresql://HOST/DB}. {@code user} and {@code password} may be null (SQLite
   * needs neither).
   *
   * @throws StoreException naming the database (never the password) when it cannot be opened, is
   *                        of another kind, or is newer than this code
   */
  public static TranscriptStore open(String jdbcUrl, String user, String password) {
    return open(jdbcUrl, user, password, RECONNECT_FOR, Pool.standard());
  }

  /** {@link #open(String, String, String)} with at most {@code pool}'s reading connections. */
  public static TranscriptStore open(String jdbcUrl, String user, String password, Pool pool) {
    return open(jdbcUrl, user, password, RECONNECT_FOR, pool);
  }

  /** {@link #open(String, String, String)}, reconnecting for {@code reconnectFor} at most. */
  static TranscriptStore open(String jdbcUrl, String user, String password,
      Duration reconnectFor) {
    return open(jdbcUrl, user, password, reconnectFor, Pool.standard());
  }

  private static TranscriptStore open(String jdbcUrl, String user, String password,
      Duration reconnectFor, Pool pool) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    String shown = shown(jdbcUrl);
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    String lower = jdbcUrl.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:sqlite:")) {
      return new TranscriptStore(jdbcUrl, shown, sqlite(properties), "database " + shown,
          Vendor.SQLITE, reconnectFor, pool);
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return new TranscriptStore(jdbcUrl, shown, postgresql(properties), "database " + shown,
          Vendor.POSTGRESQL, reconnectFor, pool);
    }
    throw new StoreException("Unsupported database '" + shown
        + "': Verbatim stores in SQLite (jdbc:sqlite:FILE)"
        + " or PostgreSQL (jdbc:postgresql://HOST/DB)");
  }

  /** {@code jdbcUrl} without its parameters, which may hold a password: for messages. */
  static String shown(String jdbcUrl) {
    int query = jdbcUrl.indexOf('?');
    return query >= 0 ? jdbcUrl.substring(0, query) : jdbcUrl;
  }

  /** The PostgreSQL driver's settings for every connection. */
  static Properties postgresql(Properties properties) {
    // Give up on a server that does not answer rather than wait forever: a connection attempt
    // after 10 s, and a socket whose peer vanished (no reset, no answer) after 60 s.
    properties.putIfAbsent("connectTimeout", "10");
    properties.putIfAbsent("socketTimeout", "60");
    properties.putIfAbsent("ApplicationName", "Verbatim");
    return properties;
  }

  /** The SQLite driver's settings for every connection (names are the driver's pragma names). */
  static Properties sqlite(Properties properties) {
    properties.setProperty("journal_mode", "WAL");
    // In WAL mode NORMAL loses no committed transaction when the process dies, only possibly the
    // last ones if the machine itself loses power, and never leaves the database damaged.
    properties.setProperty("synchronous", "NORMAL");
    properties.setProperty("foreign_keys", "true");
    properties.setProperty("busy_timeout", "30000");
    // Take the write lock when a transaction begins, so that the re-check inside it is not made
    // stale by another process writing before this one upgrades its lock.
    properties.setProperty("transaction_mode", "IMMEDIATE");
    return properties;
  }

  /**
   * Stores {@code page} as parsed into {@code parsed} by this build's parser
   * ({@link Parser#VERSION}), in one transaction: {@link #put(RawPage, Publication, int)}.
   */
  public PutResult put(RawPage page, Publication parsed) {
    return put(page, parsed, Parser.VERSION);
  }

  /**
   * Stores {@code page} as parsed into {@code parsed} by parser version {@code parserVersion}, in
   * one transaction. When the page's bytes are its publication's latest source and the parser
   * that last read them is older, this is a re-read, as {@link #reread} says.
   *
   * @return {@code ADDED}, {@code UPDATED}, {@code REREAD}, {@code REREAD_SAME} or
   *         {@code UNCHANGED}, with the publication's id and the version the page is
   *         ({@code UNCHANGED} too when the connection was lost just as the page's transaction
   *         committed, and the put, run again, found it stored)
   * @throws StoreException naming the page when it could not be stored; then nothing of it is
   */
  public PutResult put(RawPage page, Publication parsed, int parserVersion) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(parsed, "parsed");
    return puts.put(page, parsed, requireVersion(parserVersion), null, null).write();
  }

  /**
   * {@link #put(RawPage, Publication, int)}, writing in the same transaction the people that
   * {@code recognition} found in {@code parsed} and the posts it gives them (unless nothing is
   * stored), and then teaching them to {@link #knownPeople()}.
   */
  public PutResult put(RawPage page, Publication parsed, int parserVersion,
      Recognition recognition) {
    return put(page, parsed, parserVersion, recognition, null);
  }

  /**
   * {@link #put(RawPage, Publication, int, Recognition)}, recording that the page is document
   * {@code documentId} of its site (null: no site profile knows its URL), which ties it to the
   * pages of the same document in other languages ({@link #languageVersions}).
   */
  public PutResult put(RawPage page, Publication parsed, int parserVersion,
      Recognition recognition, DocumentId documentId) {
    return prepare(page, parsed, parserVersion, recognition, documentId).write();
  }

  /**
   * {@link #put(RawPage, Publication, int, Recognition, DocumentId)} in two steps: what needs no
   * transaction (the look-up that may find the page unchanged, the publication's JSON, hashes and
   * keys, the packed bytes) now, and the transaction when the result is written. A writer that
   * orders its writes under a lock of its own ({@code Pipeline}) prepares outside it.
   */
  public PreparedPut prepare(RawPage page, Publication parsed, int parserVersion,
      Recognition recognition, DocumentId documentId) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(parsed, "parsed");
    Objects.requireNonNull(recognition, "recognition");
    PreparedPut put = puts.put(page, parsed, requireVersion(parserVersion), recognition,
        documentId);
    return () -> learned(put.write(), recognition);
  }

  /**
   * Stores {@code parsed}, what parser version {@code parserVersion} made of the source of
   * version {@code version} of publication {@code id}, in one transaction, when that version is
   * still the latest:
   * <ul>
   *   <li>{@code REREAD} with the next version's number when the content changed: that version
   *       has the same source, and names {@code version} as the one it re-reads;</li>
   *   <li>{@code REREAD_SAME} when the content is the same and this parser is newer than the one
   *       that last read it: no version is added, and {@code version} records this parser;</li>
   *   <li>{@code UNCHANGED} with the latest version when the content is the same and a parser as
   *       new had read it, or when another writer stored a newer version meanwhile: nothing is
   *       written.</li>
   * </ul>
   * The publication keeps its identity and id whatever the new parse says.
   *
   * @throws StoreException when there is no such publication or the database fails; then
   *                        nothing is written
   */
  public PutResult reread(String id, int version, Publication parsed, int parserVersion) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(parsed, "parsed");
    return puts.reread(id, version, parsed, requireVersion(parserVersion), null, null).write();
  }

  /**
   * {@link #reread(String, int, Publication, int)}, writing in the same transaction the people
   * that {@code recognition} found in {@code parsed} (also when only the parser's version is
   * recorded, {@code REREAD_SAME}: recognition may have changed), and then teaching them to
   * {@link #knownPeople()}.
   */
  public PutResult reread(String id, int version, Publication parsed, int parserVersion,
      Recognition recognition) {
    return reread(id, version, parsed, parserVersion, recognition, null);
  }

  /**
   * {@link #reread(String, int, Publication, int, Recognition)}, recording that the source is
   * document {@code documentId} of its site (null: no site profile knows its URL). The keys that
   * group the publication with its language versions are written again even when nothing else
   * is: a changed site profile takes effect on a {@code reparse --all}.
   */
  public PutResult reread(String id, int version, Publication parsed, int parserVersion,
      Recognition recognition, DocumentId documentId) {
    return prepareReread(id, version, parsed, parserVersion, recognition, documentId).write();
  }

  /**
   * {@link #reread(String, int, Publication, int, Recognition, DocumentId)} in two steps, as
   * {@link #prepare} puts a page: the publication's JSON, hashes and keys now, the transaction
   * when the result is written.
   */
  public PreparedPut prepareReread(String id, int version, Publication parsed, int parserVersion,
      Recognition recognition, DocumentId documentId) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(parsed, "parsed");
    Objects.requireNonNull(recognition, "recognition");
    PreparedPut reread = puts.reread(id, version, parsed, requireVersion(parserVersion),
        recognition, documentId);
    return () -> learned(reread.write(), recognition);
  }

  private PutResult learned(PutResult result, Recognition recognition) {
    if (result.outcome() != PutResult.Outcome.UNCHANGED) {
      synchronized (peopleLock) {
        if (knownPeople != null) {
          for (Recognition.Person person : recognition.people()) {
            if (person.namedInFull()) {
              knownPeople.learn(person.id(), person.name());
            }
          }
        }
      }
    }
    return result;
  }

  /**
   * The people the stored pages name in full, read from the store on first use and then kept up
   * to date by the puts that carry recognition; what recognition of a new page needs to know a
   * surname alone by.
   */
  public KnownPeople knownPeople() {
    synchronized (peopleLock) {
      if (knownPeople == null) {
        KnownPeople known = new KnownPeople();
        db.read("read the people named in full", c -> {
          People.learnAll(c, known);
          return null;
        });
        knownPeople = known;
      }
      return knownPeople;
    }
  }

  /**
   * The posts the stored pages give person {@code personId} ({@code person:sergey-ryabkov}), the
   * earliest first; empty for an id no page gives a post.
   */
  public List<PostTerm> posts(String personId) {
    Objects.requireNonNull(personId, "personId");
    return db.read("read the posts of " + personId, c -> People.posts(c, personId));
  }

  private static int requireVersion(int parserVersion) {
    if (parserVersion < 1) {
      throw new IllegalArgumentException("Parser versions start at 1: " + parserVersion);
    }
    return parserVersion;
  }

  /**
   * The latest version of a publication whose source is {@code page}'s bytes (and whose URL or
   * path agree with the page's), told without parsing the page, else empty. An ingest skips
   * parsing a page held so when the parser that read it is as new as its own, and reads it again
   * otherwise.
   */
  public Optional<HeldSource> held(RawPage page) {
    Objects.requireNonNull(page, "page");
    return puts.held(page);
  }

  /**
   * The latest version of publication {@code id} with the page it was read from (bytes, path or
   * URL, format), to read it again; empty when there is no such publication.
   */
  public Optional<StoredSource> latestSource(String id) {
    return queries.latestSource(id);
  }

  /**
   * The ids of the publications whose latest version was last read by a parser older than
   * {@code parserVersion}, in order: what {@code verbatim reparse} reads again.
   */
  public List<String> readBefore(int parserVersion) {
    return queries.readBefore(parserVersion);
  }

  /** The latest version of publication {@code id}, or empty when there is no such publication. */
  public Optional<StoredPublication> publication(String id) {
    return queries.latest(id);
  }

  /**
   * The other language versions of {@code p}, the latest version of publication {@code id}, by
   * language (at most 20). When its group was set by hand ({@link #linkVersions},
   * {@link #unlinkVersion}), the other members of that group. Otherwise, among the latest versions
   * of publications not grouped by hand, in another language, one a language, the first tie
   * found of: the same site document id ({@link DocumentId}); the same kind printed at the same
   * date and time, with the same principal speaker where both titles name one the archive knows;
   * the same kind printed within a day, with contents that match (numbers, entities, turns) and
   * no disagreeing principal speaker. Reads recorded keys, not the candidates' publications.
   */
  public List<LanguageVersion> languageVersions(String id, Publication p) {
    return versionGroups.of(id, p);
  }

  /**
   * Groups publications {@code id} and {@code other}, each with the versions it has now, as
   * language versions of one publication, by hand: the group holds until changed by hand again,
   * through ingests and reparses. Gives the versions of {@code id} after.
   *
   * @throws IllegalArgumentException when either id is unknown, when they are the same, or when
   *                                  the group would hold two publications in one language
   */
  public List<LanguageVersion> linkVersions(String id, String other) {
    return versionGroups.link(id, other);
  }

  /**
   * Takes publication {@code id} out of its group of language versions, by hand: it has none
   * until linked again. Gives the versions it had.
   *
   * @throws IllegalArgumentException when there is no publication {@code id}
   */
  public List<LanguageVersion> unlinkVersion(String id) {
    return versionGroups.unlink(id);
  }

  /** Whether publication {@code id}'s language versions were set by hand. */
  public boolean versionsSetByHand(String id) {
    return versionGroups.setByHand(id);
  }

  /** Version {@code number} of publication {@code id}, or empty when there is no such version. */
  public Optional<StoredPublication> version(String id, int number) {
    return queries.version(id, number);
  }

  /** Every version of publication {@code id}, oldest first; empty when there is no such id. */
  public List<StoredVersion> history(String id) {
    return queries.history(id);
  }

  /**
   * The versions after the first that were stored from a page as ingested (a page whose text or
   * bytes changed, not a re-read of the same bytes by a newer parser), newest first, at most
   * {@code limit}: where to look for publications whose text changed.
   */
  public List<LaterVersion> laterVersions(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("A limit is at least 1: " + limit);
    }
    return queries.laterVersions(limit);
  }

  /**
   * The source bytes, as read, of a publication's latest version (given its 16-digit id) or of
   * the source with this 64-digit SHA-256; empty when there is none.
   */
  public Optional<byte[]> source(String idOrSha256) {
    return queries.source(idOrSha256);
  }

  /**
   * The source of a publication's latest version, still packed, to be streamed; empty when there
   * is no such publication.
   */
  public Optional<PackedSource> packedSource(String id) {
    return queries.packedSource(id);
  }

  /** How many publications the store holds (not versions). */
  public long count() {
    return queries.count();
  }

  /** The ids of all publications, in order. */
  public List<String> ids() {
    return queries.ids();
  }

  /**
   * Every publication's id with the number of its latest version, in id order: what an index
   * must hold to agree with the store (about 40 bytes a publication in memory).
   */
  public NavigableMap<String, Integer> latestVersions() {
    return queries.latestVersions();
  }

  /** How many turns the latest versions of all publications have together. */
  public long latestTurns() {
    return queries.latestTurns();
  }

  /**
   * Hands the latest version of every publication to {@code action}, in id order, a page of them
   * at a time: memory stays flat however many there are, and no database connection is held
   * while {@code action} runs. Exceptions from {@code action} stop the walk and propagate.
   */
  public void forEachLatest(Consumer<StoredPublication> action) {
    Objects.requireNonNull(action, "action");
    queries.forEachLatest(action);
  }

  /**
   * Copies every publication of this store into {@code target} exactly as stored here: ids,
   * version numbers, ingest and creation times, hashes, parsed JSON and the source bytes as read
   * (still compressed), so that {@link #history}, {@link #source} and {@link #publication} read
   * the same from both. Moves an archive from SQLite to PostgreSQL: {@code verbatim migrate}.
   *
   * <p>Resumable: versions the target already holds (by publication id and version number) are
   * skipped, so a copy run again after an interruption completes it, and one run after more
   * ingests into this store adds only what is new. Each batch of publications is one target
   * transaction: an interruption leaves whole publications only. Nothing else should write to
   * the target meanwhile. {@code progress} hears after each batch; an exception it throws stops
   * the copy (what was committed stays).
   *
   * @return the counts at the end
   * @throws StoreException when the target holds a publication or version that differs from this
   *                        store's under the same id and number (it is not a copy of this one),
   *                        or either database fails
   */
  public CopyProgress copyInto(TranscriptStore target, Consumer<CopyProgress> progress) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(progress, "progress");
    if (target == this) {
      throw new IllegalArgumentException("A store cannot be copied into itself: " + where);
    }
    return new Copy(db, where, target.db, target.where).run(count(), progress);
  }

  /** What crawls know: the frontier, the runs and the fetch log. */
  public CrawlLog crawlLog() {
    return crawlLog;
  }

  /** The write API's bearer tokens. */
  public ApiTokens tokens() {
    return tokens;
  }

  /** What this store is, for messages: {@code archive database /data/archive/verbatim.db}. */
  @Override
  public String toString() {
    return where;
  }

  @Override
  public void close() {
    db.close();
  }
}
