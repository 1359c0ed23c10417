package org.pwckg.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;
import org.pwckg.embed.index.IndexFolder;
import org.pwckg.ontology.store.GraphState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The BM25 keyword index over papers, tasks, datasets and methods ({@code <db>/search/}), one
 * document per entity keyed by its IRI. {@link #sync} keeps it in step with the graph: a changed
 * entity's document is replaced, a vanished entity's deleted, an unchanged one left alone; the
 * whole sync is one Lucene commit, so readers see the old index or the new one, never a mix.
 */
public final class KeywordIndex implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(KeywordIndex.class);
  private static final String SCHEMA = "pwckg.schema";
  private static final String SYNCED = "pwckg.synced";
  private static final String PAPERS = "pwckg.papers";
  private static final String GRAPH = "pwckg.graph";

  /** The second lane of a rebuild, inside the index folder; gone once the rebuild ends. */
  private static final String LANES = "lanes";

  private final Path path;
  private final Directory directory;
  private final FacetsConfig facets = IndexFields.facetsConfig();
  private final DocumentBuilder builder = new DocumentBuilder(facets);
  private final SearcherManager searchers;

  /** Replaced after a rollback, which closes a writer. */
  private IndexWriter writer;

  private KeywordIndex(Path path, Directory directory, IndexWriter writer) throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers =
        new SearcherManager(
            directory,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
                  throws IOException {
                return new FacetedSearcher(reader, facets);
              }
            });
  }

  /** Opens the index at {@code path}, creating an empty one if there is none. */
  public static KeywordIndex open(Path path) {
    return IndexFolder.open(
        path,
        "keyword index",
        directory -> {
          IndexWriter writer = newWriter(directory);
          // A rebuild that was killed leaves its lane; the write lock says no rebuild is running.
          removeLanes(path.resolve(LANES));
          if (!DirectoryReader.indexExists(directory)) writer.commit();
          return new KeywordIndex(path, directory, writer);
        });
  }

  /**
   * Each writer buffers 48 MB of documents before it writes a segment (Lucene's default is 16 MB):
   * with fewer, larger first segments a rebuild merges less, 6 % faster at archive scale, and the
   * two lanes' buffers stay under a tenth of the 2 GB heap (BENCHMARKS.md, issue 13 item 1).
   */
  private static final double BUFFER_MB = 48;

  private static IndexWriter newWriter(Directory directory) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(IndexFields.analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setCodec(KeywordCodec.create())
            .setRAMBufferSizeMB(BUFFER_MB)
            .setCommitOnClose(false);
    return new IndexWriter(directory, config);
  }

  /**
   * Brings the index in step with the graph (papers, tasks, datasets, methods), in a read
   * transaction.
   */
  public SyncResult sync(DatasetGraph dsg, EntityReader reader) {
    return Txn.calculateRead(
        dsg, () -> sync(graphSource(dsg, reader), GraphState.read(dsg), false));
  }

  /** Empties the index and indexes every entity of the graph afresh. */
  public SyncResult rebuild(DatasetGraph dsg, EntityReader reader) {
    return Txn.calculateRead(dsg, () -> sync(graphSource(dsg, reader), GraphState.read(dsg), true));
  }

  /** Makes the index hold exactly the documents of {@code source}. */
  public SyncResult sync(DocSource source) {
    return sync(source, GraphState.NONE, false);
  }

  public SyncResult rebuild(DocSource source) {
    return sync(source, GraphState.NONE, true);
  }

  /**
   * Writes {@code source} as the state {@code graphState} of the graph ({@code afresh}: emptying
   * the index first). Callers read the graph state in the same read transaction as the documents.
   * An empty index (the sync after an ingest into a new database) is written as a rebuild: there is
   * nothing to compare with.
   */
  private synchronized SyncResult sync(DocSource source, String graphState, boolean afresh) {
    if (afresh || size() == 0) return rebuild(source, graphState);
    return update(source, storedHashes(), graphState);
  }

  private static DocSource graphSource(DatasetGraph dsg, EntityReader reader) {
    return sink -> {
      for (EntityKind kind : EntityKind.values()) reader.forEach(dsg, kind, sink);
    };
  }

  /**
   * Replaces, adds and deletes documents one by one, so that what did not change is not rewritten.
   * {@code existing} and the counts are touched only by the one indexing thread while it runs;
   * {@link IndexingPipeline#finish} returns after it, so this thread then sees all it did.
   */
  private SyncResult update(DocSource source, Map<String, String> existing, String graphState) {
    long start = System.nanoTime();
    Counts counts = new Counts();
    Consumer<EntityDoc> upsert =
        doc -> {
          if (!indexable(doc)) return;
          String hash = doc.hash();
          if (counts.changed(doc.kind(), hash, existing.remove(doc.iri()))) upsert(doc, hash);
        };
    return rollingBackOnFailure(
        () -> {
          index(source, List.of(upsert));
          for (String gone : existing.keySet())
            writer.deleteDocuments(new Term(IndexFields.ID, gone));
          return commit(counts, existing.size(), graphState, start);
        });
  }

  /**
   * Empties the index and writes every document of {@code source} in two lanes, so that Lucene's
   * analysis, the larger half of a rebuild, runs on both cores beside the reader: the index's own
   * writer takes one lane, a writer on {@code <index>/lanes/} the other, and that lane's segments
   * are added to the index at the end. The counts of each lane are its own thread's.
   */
  private SyncResult rebuild(DocSource source, String graphState) {
    long start = System.nanoTime();
    Path lanePath = path.resolve(LANES);
    Counts own = new Counts();
    Counts other = new Counts();
    try {
      return rollingBackOnFailure(
          () -> {
            IOUtils.rm(lanePath);
            try (Directory laneDirectory = FSDirectory.open(lanePath)) {
              try (IndexWriter lane = newWriter(laneDirectory)) {
                writer.deleteAll();
                index(source, List.of(adder(writer, own), adder(lane, other)));
                lane.commit();
              }
              writer.addIndexes(laneDirectory);
            }
            return commit(own.plus(other), 0, graphState, start);
          });
    } finally {
      removeLanes(lanePath);
    }
  }

  /** What a sync writes, up to and including its commit. */
  @FunctionalInterface
  private interface Write {
    SyncResult run() throws IOException;
  }

  /** Runs {@code write}; on any failure the index is rolled back to its last commit. */
  private SyncResult rollingBackOnFailure(Write write) {
    try {
      return write.run();
    } catch (IOException e) {
      rollback();
      throw new UncheckedIOException("Cannot write the keyword index at " + path, e);
    } catch (RuntimeException e) {
      rollback();
      throw e;
    }
  }

  private static void removeLanes(Path lanePath) {
    try {
      IOUtils.rm(lanePath);
    } catch (IOException e) {
      log.warn("Cannot remove the rebuild lane at {}: {}", lanePath, e.toString());
    }
  }

  private Consumer<EntityDoc> adder(IndexWriter target, Counts counts) {
    return doc -> {
      if (!indexable(doc)) return;
      String hash = doc.hash();
      counts.changed(doc.kind(), hash, null);
      try {
        target.addDocument(builder.build(doc, hash));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static boolean indexable(EntityDoc doc) {
    if (DocumentBuilder.indexable(doc)) return true;
    log.warn("Not indexed: an IRI of {} characters", doc.iri().length());
    return false;
  }

  private static void index(DocSource source, List<Consumer<EntityDoc>> lanes) {
    try (IndexingPipeline indexing = new IndexingPipeline(lanes)) {
      source.forEach(indexing::accept);
      indexing.finish();
    }
  }

  /** Commits what was written as the graph's state {@code graphState}, and shows it to readers. */
  private SyncResult commit(Counts counts, int deleted, String graphState, long start)
      throws IOException {
    writer.setLiveCommitData(
        Map.of(
                SCHEMA,
                Integer.toString(EntityDoc.SCHEMA_VERSION),
                SYNCED,
                Instant.now().toString(),
                PAPERS,
                Long.toHexString(counts.papers),
                GRAPH,
                graphState)
            .entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
    SyncResult result =
        new SyncResult(
            counts.added,
            counts.updated,
            counts.unchanged,
            deleted,
            counts.added + counts.updated + counts.unchanged,
            Duration.ofNanos(System.nanoTime() - start));
    log.info(result.summary());
    return result;
  }

  /** Drops the uncommitted writes of a failed sync; the index stays as of its last commit. */
  private void rollback() {
    try {
      writer.rollback();
      writer = newWriter(directory);
    } catch (IOException | RuntimeException suppressed) {
      log.warn("Rolling back the keyword index at {} failed: {}", path, suppressed.toString());
    }
  }

  private void upsert(EntityDoc doc, String hash) {
    Document lucene = builder.build(doc, hash);
    try {
      writer.updateDocument(new Term(IndexFields.ID, doc.iri()), lucene);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** IRI → content hash of every document as of the last commit. */
  private Map<String, String> storedHashes() {
    return withSearcher(
        searcher -> {
          Map<String, String> hashes = new HashMap<>();
          for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            Bits live = reader.getLiveDocs();
            StoredFields stored = reader.storedFields();
            for (int d = 0; d < reader.maxDoc(); d++) {
              if (live != null && !live.get(d)) continue;
              Document doc = stored.document(d, java.util.Set.of(IndexFields.ID, IndexFields.HASH));
              hashes.put(doc.get(IndexFields.ID), doc.get(IndexFields.HASH));
            }
          }
          return hashes;
        });
  }

  /**
   * A fingerprint of the paper documents as of the last sync: it changes whenever a paper is added,
   * changed or removed, which is when materialised related-paper links go stale.
   */
  public String papersFingerprint() {
    return withSearcher(
        searcher ->
            ((DirectoryReader) searcher.getIndexReader())
                .getIndexCommit()
                .getUserData()
                .getOrDefault(PAPERS, "0"));
  }

  /**
   * Whether the index must be synced before use: it is empty, or was written by an older mapping
   * (its documents lack fields that queries now rely on, e.g. the listing's sort keys).
   */
  public boolean isStale() {
    return withSearcher(
        searcher ->
            searcher.getIndexReader().numDocs() == 0
                || !Integer.toString(EntityDoc.SCHEMA_VERSION)
                    .equals(
                        ((DirectoryReader) searcher.getIndexReader())
                            .getIndexCommit()
                            .getUserData()
                            .get(SCHEMA)));
  }

  /**
   * The graph state the last sync read ({@link GraphState#NONE} for an index older than tokens).
   */
  public String graphState() {
    return withSearcher(
        searcher ->
            ((DirectoryReader) searcher.getIndexReader())
                .getIndexCommit()
                .getUserData()
                .getOrDefault(GRAPH, GraphState.NONE));
  }

  /**
   * Whether the index must be synced before it answers for a graph at {@code graphState}: it is
   * {@link #isStale() stale}, or reflects another state of the graph.
   */
  public boolean isBehind(String graphState) {
    return isStale() || !graphState.equals(graphState());
  }

  /** Documents as of the last sync. */
  public int size() {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  /**
   * Runs {@code function} on the current searcher, which stays valid (and unchanged) while it runs.
   */
  public <T> T withSearcher(SearcherFunction<T> function) {
    return IndexFolder.<FacetedSearcher, T>withSearcher(searchers, function::apply);
  }

  /**
   * The current searcher, held until the lease is closed: for readers that page through results
   * over time (a SPARQL iterator) and need one unchanging view of the index meanwhile.
   */
  public Lease lease() {
    try {
      return new Lease((FacetedSearcher) searchers.acquire());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A held searcher; close it exactly once to let the index drop files a newer sync replaced. */
  public final class Lease implements AutoCloseable {
    private final FacetedSearcher searcher;
    private boolean closed;

    private Lease(FacetedSearcher searcher) {
      this.searcher = searcher;
    }

    public FacetedSearcher searcher() {
      return searcher;
    }

    @Override
    public synchronized void close() {
      if (closed) return;
      closed = true;
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public void close() {
    try (directory;
        IndexWriter w = writer;
        searchers) {
      // Every sync commits; nothing is pending at close.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  public interface SearcherFunction<T> {
    T apply(FacetedSearcher searcher) throws IOException;
  }

  /** What a sync did, per document; the paper fingerprint is an order-independent XOR of hashes. */
  private static final class Counts {
    long added;
    long updated;
    long unchanged;
    long papers;

    /** Counts {@code doc}; whether its document must be (re)written. */
    boolean changed(EntityKind kind, String hash, String oldHash) {
      if (kind == EntityKind.PAPER) papers ^= Long.parseUnsignedLong(hash.substring(0, 16), 16);
      if (hash.equals(oldHash)) {
        unchanged++;
        return false;
      }
      if (oldHash == null) added++;
      else updated++;
      return true;
    }

    /** Both lanes' counts; the fingerprint, an XOR, does not depend on which lane had a paper. */
    Counts plus(Counts other) {
      Counts sum = new Counts();
      sum.added = added + other.added;
      sum.updated = updated + other.updated;
      sum.unchanged = unchanged + other.unchanged;
      sum.papers = papers ^ other.papers;
      return sum;
    }
  }
}
