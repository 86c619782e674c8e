package org.verbatim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.update.DocumentBuilder;
import org.verbatim.archive.Archive;
import org.verbatim.archive.ArchiveConfig;
import org.verbatim.archive.IngestSummary;
import org.verbatim.archive.Operations;
import org.verbatim.archive.PageInput;
import org.verbatim.index.EmbeddedIndex;
import org.verbatim.index.Fields;
import org.verbatim.index.IndexDocuments;
import org.verbatim.index.IndexEntry;
import org.verbatim.index.Indexer;
import org.verbatim.input.PageFiles;
import org.verbatim.input.RawPage;
import org.verbatim.model.Publication;
import org.verbatim.parse.ParseException;
import org.verbatim.parse.Parser;

/**
 * One measured ingest, in a JVM of its own so that its peak heap is its own:
 * {@code IngestChild RESULT_FILE ENGINE CORPUS_DIR TARGET_DIR}, ENGINE one of {@link Engine}.
 *
 * <p>Verbatim is timed end to end ({@link Archive#open} to closed: read, parse, store, index,
 * commit per batch of {@value Indexer#BATCH}). The bare engines get the same pages parsed outside
 * the timing, as many at a time, and are timed from opening the index to closing it: embedded
 * Solr adds the same documents through Verbatim's {@link Indexer} into a fresh core with our
 * configset and commits once at the end; plain Lucene turns them into the same fields with the
 * schema's field types ({@link DocumentBuilder}: copy fields, doc values and stored values as
 * Solr would), writes each publication's block (turns, then the publication) with the schema's
 * analyzers and Solr's default 100 MB buffer, and commits once.
 */
public final class IngestChild {

  /**
   * What is ingested: Verbatim as it comes, Verbatim with entity recognition off (the archive's
   * {@code entities.recognize = false}: what recognition costs, in the same run), and the bare
   * engines.
   */
  enum Engine { VERBATIM, VERBATIM_NO_ENTITIES, SOLR, LUCENE }

  /**
   * One ingest's figures.
   *
   * @param seconds   the timed part
   * @param peakHeap  bytes, see {@link Heap}
   * @param diskBytes the size of the target folder afterwards
   */
  record Result(String engine, int pages, long bytes, int failed, double seconds, long peakHeap,
      long diskBytes) {}

  private IngestChild() {}

  public static void main(String[] args) throws Exception {
    ChildJvm.routeJavaLogging();
    Path resultFile = Path.of(args[0]);
    Engine engine = Engine.valueOf(args[1]);
    Path corpus = Path.of(args[2]);
    Path target = Path.of(args[3]);
    List<Path> files = PageFiles.find(List.of(corpus));
    Result result = switch (engine) {
      case VERBATIM -> verbatim(engine, files, target);
      case VERBATIM_NO_ENTITIES -> verbatim(engine, files, target);
      case SOLR -> solr(files, target);
      case LUCENE -> lucene(files, target);
    };
    ChildJvm.write(resultFile, result);
    System.exit(0); // Solr may leave non-daemon threads behind
  }

  private static Result verbatim(Engine engine, List<Path> files, Path target)
      throws Exception {
    List<PageInput> pages = files.stream().map(PageInput::file).toList();
    if (engine == Engine.VERBATIM_NO_ENTITIES) {
      ArchiveConfig.embedded().withOperations(Operations.defaults().withEntities(false))
          .writeTo(target);
    }
    Heap.resetPeaks();
    long start = System.nanoTime();
    IngestSummary summary;
    try (Archive archive = Archive.open(target, "bench")) {
      summary = archive.ingest(pages, Duration.ofDays(1), progress -> { });
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(engine.name(), summary.total(), summary.bytes(),
        summary.failures().size(), seconds, Heap.peakBytes(), folderSize(target));
  }

  private static Result solr(List<Path> files, Path target) throws IOException {
    Parsed parsed = new Parsed(files);
    Heap.resetPeaks();
    long start = System.nanoTime();
    EmbeddedIndex index = EmbeddedIndex.open(target);
    long timed = System.nanoTime() - start;
    try {
      Indexer indexer = new Indexer(index.client());
      for (List<IndexEntry> batch = parsed.next(); !batch.isEmpty(); batch = parsed.next()) {
        long t = System.nanoTime();
        indexer.put(batch);
        timed += System.nanoTime() - t;
      }
      long t = System.nanoTime();
      indexer.commit();
      index.close();
      timed += System.nanoTime() - t;
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
    return new Result(Engine.SOLR.name(), files.size(), parsed.bytes, parsed.failed, timed / 1e9,
        Heap.peakBytes(), folderSize(target));
  }

  private static Result lucene(List<Path> files, Path target) throws IOException {
    Parsed parsed = new Parsed(files);
    IndexSchema schema = SolrSchema.ofConfigset(target);
    Heap.resetPeaks();
    long start = System.nanoTime();
    IndexWriterConfig config = new IndexWriterConfig(schema.getIndexAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(100);
    try (FSDirectory directory = FSDirectory.open(target.resolve("index"))) {
      IndexWriter writer = new IndexWriter(directory, config);
      long timed = System.nanoTime() - start;
      for (List<IndexEntry> batch = parsed.next(); !batch.isEmpty(); batch = parsed.next()) {
        long t = System.nanoTime();
        for (IndexEntry entry : batch) {
          writer.addDocuments(block(entry, schema));
        }
        timed += System.nanoTime() - t;
      }
      long t = System.nanoTime();
      writer.commit();
      writer.close();
      timed += System.nanoTime() - t;
      return new Result(Engine.LUCENE.name(), files.size(), parsed.bytes, parsed.failed,
          timed / 1e9, Heap.peakBytes(), folderSize(target.resolve("index")));
    }
  }

  /** A publication's block as Solr writes it: its turns, each with its root and nest path, then itself. */
  static List<Document> block(IndexEntry entry, IndexSchema schema) {
    SolrInputDocument parent = IndexDocuments.toDocument(entry);
    Collection<Object> turns = parent.getFieldValues(Fields.TURNS);
    parent.removeField(Fields.TURNS);
    List<Document> block = new ArrayList<>();
    if (turns != null) {
      int i = 0;
      for (Object value : turns) {
        SolrInputDocument turn = (SolrInputDocument) value;
        turn.setField(Fields.ROOT, entry.id());
        turn.setField(Fields.NEST_PATH, "/" + Fields.TURNS + "#" + i++);
        block.add(DocumentBuilder.toDocument(turn, schema));
      }
    }
    parent.setField(Fields.ROOT, entry.id());
    block.add(DocumentBuilder.toDocument(parent, schema));
    return block;
  }

  /** The pages parsed a batch at a time, outside the timing; pages the parser refuses are counted. */
  private static final class Parsed {
    private final List<Path> files;
    private final Parser parser = new Parser();
    private int next;
    long bytes;
    int failed;

    Parsed(List<Path> files) {
      this.files = files;
    }

    List<IndexEntry> next() throws IOException {
      List<IndexEntry> batch = new ArrayList<>(Indexer.BATCH);
      while (batch.size() < Indexer.BATCH && next < files.size()) {
        int i = next++;
        RawPage page = PageFiles.read(files.get(i));
        bytes += page.bytes().length;
        try {
          Publication publication = parser.parse(page);
          batch.add(new IndexEntry(String.format(java.util.Locale.ROOT, "b%07d", i), 1,
              publication));
        } catch (ParseException e) {
          failed++; // Verbatim reports the same page as failed; nothing to index
        }
      }
      return batch;
    }
  }

  static long folderSize(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      long sum = 0;
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        sum += Files.size(p);
      }
      return sum;
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
