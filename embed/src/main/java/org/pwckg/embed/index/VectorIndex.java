package org.pwckg.embed.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.KnnVectorValues.DocIndexIterator;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RescoreTopNQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;

/**
 * Text vectors by document id in a Lucene index, one document per id, searched by scanning their
 * 1-bit codes ({@link BitCodes}) and re-ranking the best on the float vectors. Single owner:
 * Lucene's write lock keeps a second process out.
 *
 * <p>Reads ({@link #contains}, {@link #search}, {@link #vectorOf}, {@link #size}) see the index as
 * of the last {@link #commit()}: refreshing after every write would flush a tiny segment each time.
 * {@link #close()} without a commit drops the uncommitted writes, exactly like a killed process, so
 * a run resumes from its last commit either way.
 */
public final class VectorIndex implements AutoCloseable {
  static final String ID = "id";
  static final String HASH = "hash";
  static final String MODEL = "model";
  static final String VECTOR = "vector";

  /**
   * Graph candidates per wanted hit, re-ranked on the full-precision vectors (int8 loses order).
   */
  private static final int OVERSAMPLE = 2;

  /**
   * At least this many codes are re-ranked on their float vectors, however few hits are wanted: a
   * 1-bit code orders close vectors only roughly, and re-ranking a hundred costs tens of
   * microseconds next to the scan's milliseconds.
   */
  private static final int MIN_RESCORED = 100;

  private final Path path;
  private final IndexTag tag;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final SegmentCodes segmentCodes = new SegmentCodes(VECTOR);

  private VectorIndex(Path path, IndexTag tag, Directory directory, IndexWriter writer)
      throws IOException {
    this.path = path;
    this.tag = tag;
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Opens (or creates) the index at {@code path} for vectors of {@code tag}. An index of another
   * model is refused unless {@code rebuild}, which empties it.
   */
  public static VectorIndex open(Path path, IndexTag tag, boolean rebuild) {
    return IndexFolder.open(
        path,
        "vector index",
        directory -> {
          boolean exists = DirectoryReader.indexExists(directory);
          if (exists && !rebuild) requireSameModel(path, directory, tag);
          IndexWriter writer = new IndexWriter(directory, config(exists && !rebuild));
          VectorIndex index = new VectorIndex(path, tag, directory, writer);
          if (!exists || rebuild) index.commit(); // tag the new (or emptied) index at once
          return index;
        });
  }

  private static void requireSameModel(Path path, Directory directory, IndexTag wanted)
      throws IOException {
    IndexTag found = IndexTag.fromUserData(SegmentInfos.readLatestCommit(directory).getUserData());
    if (!wanted.equals(found)) throw new ModelMismatchException(path, found, wanted);
  }

  private static IndexWriterConfig config(boolean append) {
    return new IndexWriterConfig()
        .setOpenMode(append ? OpenMode.APPEND : OpenMode.CREATE)
        .setCodec(VectorCodec.create())
        .setCommitOnClose(false)
        // Fewer, larger segments: each is one more scan and re-rank list per search.
        .setRAMBufferSizeMB(128);
  }

  public IndexTag tag() {
    return tag;
  }

  /**
   * Adds or replaces the vector of {@code id}; visible to reads after the next {@link #commit()}.
   */
  public void upsert(String id, float[] vector, String textHash) {
    requireUnitVector(vector);
    Document doc = new Document();
    doc.add(new StringField(ID, id, Field.Store.YES));
    doc.add(new StringField(HASH, textHash, Field.Store.YES));
    doc.add(new StringField(MODEL, tag.modelId(), Field.Store.YES));
    // DOT_PRODUCT equals cosine on unit vectors and skips the norms cosine would recompute.
    doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    try {
      writer.updateDocument(new Term(ID, id), doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void requireUnitVector(float[] vector) {
    if (vector.length != tag.dimension()) {
      throw new IllegalArgumentException(
          "Expected a " + tag.dimension() + "-d vector, got " + vector.length);
    }
    double norm = 0;
    for (float x : vector) norm += (double) x * x;
    if (Math.abs(norm - 1) > 1e-3)
      throw new IllegalArgumentException("Vector is not L2-normalised: |v|² = " + norm);
  }

  /** Whether {@code id} is stored with this text hash (and this model): its vector is current. */
  public boolean contains(String id, String textHash) {
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(ID, id)), Occur.FILTER)
            .add(new TermQuery(new Term(HASH, textHash)), Occur.FILTER)
            .add(new TermQuery(new Term(MODEL, tag.modelId())), Occur.FILTER)
            .build();
    return withSearcher(searcher -> searcher.count(query) > 0);
  }

  /** The {@code k} nearest documents by cosine similarity, best first. */
  public List<VectorHit> search(float[] query, int k) {
    return search(query, k, null);
  }

  /** As {@link #search(float[], int)}, among {@code onlyIds} when not null. */
  public List<VectorHit> search(float[] query, int k, Collection<String> onlyIds) {
    return search(query, k, k, onlyIds);
  }

  /**
   * The {@code k} nearest after re-ranking on the full-precision vectors the {@code candidates}
   * (twice as many, at least {@value #MIN_RESCORED}) whose 1-bit codes score best against the
   * query: more candidates give better recall, and only the {@code k} kept are read back (each id
   * is a stored-field read). Among {@code onlyIds}, and in a segment of the older HNSW format,
   * Lucene's vector search finds the candidates.
   */
  public List<VectorHit> search(float[] query, int k, int candidates, Collection<String> onlyIds) {
    if (k < 1) throw new IllegalArgumentException("k must be ≥ 1, was " + k);
    if (candidates < k)
      throw new IllegalArgumentException("candidates must be ≥ k (" + k + "), was " + candidates);
    if (onlyIds == null) {
      Optional<List<VectorHit>> scanned =
          withSearcher(
              searcher ->
                  scan(searcher, query, k, Math.max(MIN_RESCORED, candidates * OVERSAMPLE)));
      if (scanned.isPresent()) return scanned.get();
    }
    Query filter =
        onlyIds == null
            ? null
            : new TermInSetQuery(ID, onlyIds.stream().map(BytesRef::new).toList());
    Query knn = new KnnFloatVectorQuery(VECTOR, query, candidates * OVERSAMPLE, filter);
    Query rescored = RescoreTopNQuery.createFullPrecisionRescorerQuery(knn, query, VECTOR, k);
    return withSearcher(searcher -> hits(searcher, searcher.search(rescored, k)));
  }

  /**
   * The {@code k} nearest after scanning every segment's 1-bit codes for the {@code candidates}
   * best and re-ranking those on their float vectors; empty when a segment holds no such codes (an
   * index written before they were the format), which Lucene then searches.
   */
  private Optional<List<VectorHit>> scan(
      IndexSearcher searcher, float[] query, int k, int candidates) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<ScoreDoc> exact = new ArrayList<>();
    for (LeafReaderContext leaf : leaves) {
      Optional<BitCodes> codes = segmentCodes.of(leaf.reader());
      if (codes.isEmpty()) return Optional.empty();
      FloatVectorValues floats = leaf.reader().getFloatVectorValues(VECTOR);
      for (int ord : codes.get().nearest(query, candidates, leaf.reader().getLiveDocs())) {
        exact.add(
            new ScoreDoc(
                leaf.docBase + floats.ordToDoc(ord),
                VectorUtil.dotProduct(query, floats.vectorValue(ord))));
      }
    }
    exact.sort(
        Comparator.comparingDouble((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc));
    List<VectorHit> hits = new ArrayList<>(Math.min(k, exact.size()));
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : exact.subList(0, Math.min(k, exact.size()))) {
      hits.add(new VectorHit(stored.document(sd.doc, Set.of(ID)).get(ID), sd.score));
    }
    return Optional.of(hits);
  }

  /**
   * The cosine of two unit vectors, the same bits on every run: a plain loop in index order, summed
   * in double. Lucene's own dot product (the search hits' scores) sums vector lanes in an order
   * that depends on whether the JIT has compiled it yet, so the same pair scored in two runs of
   * {@code pwckg relate} differed in the 7th digit (1,832 of 6,530 links of the real slices).
   * Scores that are stored or compared across runs come from here; hits only say which documents
   * are near.
   */
  public static float cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) dot += (double) a[i] * b[i];
    return (float) dot;
  }

  private static List<VectorHit> hits(IndexSearcher searcher, TopDocs top) throws IOException {
    List<VectorHit> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      String id = searcher.storedFields().document(sd.doc).get(ID);
      // Lucene scores DOT_PRODUCT as (1 + cos) / 2 to keep scores positive; callers want cosine.
      hits.add(new VectorHit(id, 2 * sd.score - 1));
    }
    return hits;
  }

  /** The stored (full-precision) vector of {@code id}. */
  public Optional<float[]> vectorOf(String id) {
    return Optional.ofNullable(vectorsOf(List.of(id)).get(id));
  }

  /**
   * The stored vectors of {@code ids} (those without one are left out), read in one pass in
   * document order rather than one lookup each: related papers fetch a hundred at a time.
   */
  public Map<String, float[]> vectorsOf(Collection<String> ids) {
    if (ids.isEmpty()) return Map.of();
    return withSearcher(
        searcher -> {
          TopDocs top =
              searcher.search(
                  new TermInSetQuery(ID, ids.stream().map(BytesRef::new).toList()), ids.size());
          int[] docs = Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).sorted().toArray();
          Map<String, float[]> found = new HashMap<>();
          List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
          LeafReaderContext leaf = null;
          DocIndexIterator it = null;
          FloatVectorValues values = null;
          StoredFields stored = searcher.storedFields();
          for (int doc : docs) {
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
              leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
              values = leaf.reader().getFloatVectorValues(VECTOR);
              it = values == null ? null : values.iterator();
            }
            int local = doc - leaf.docBase;
            if (it != null && (it.docID() >= local ? it.docID() : it.advance(local)) == local) {
              found.put(
                  stored.document(doc, Set.of(ID)).get(ID), values.vectorValue(it.index()).clone());
            }
          }
          return found;
        });
  }

  /** Every vector as of the last commit, with its id: for exact-search baselines and exports. */
  public void forEach(BiConsumer<String, float[]> sink) {
    withSearcher(
        searcher -> {
          for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
            if (values == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            DocIndexIterator it = values.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
              if (live == null || live.get(doc))
                sink.accept(stored.document(doc).get(ID), values.vectorValue(it.index()).clone());
            }
          }
          return null;
        });
  }

  /**
   * Merges every segment into one and commits: fewer segments, fewer scans and re-rank lists per
   * search. A segment written in an older vector format (an HNSW graph of int8 vectors, before
   * search scanned 1-bit codes) is rewritten in the current one, which takes seconds: the float
   * vectors are copied and quantised, no text is embedded again.
   */
  public void mergeSegments() {
    try {
      writer.forceMerge(1);
      try (DirectoryReader current = DirectoryReader.open(writer)) {
        if (!current.leaves().stream().allMatch(VectorIndex::storesCodes)) rewrite(current);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot merge the vector index at " + path, e);
    }
    commit();
  }

  private static boolean storesCodes(LeafReaderContext leaf) {
    try {
      return BitCodes.stored(leaf.reader(), VECTOR);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces every segment by a copy in the writer's codec. The open reader keeps the old files
   * readable until it closes, and until the commit that follows the last commit stays whole.
   */
  private void rewrite(DirectoryReader current) throws IOException {
    List<LeafReaderContext> leaves = current.leaves();
    CodecReader[] segments = new CodecReader[leaves.size()];
    for (int i = 0; i < segments.length; i++)
      segments[i] = SlowCodecReaderWrapper.wrap(leaves.get(i).reader());
    writer.deleteAll();
    writer.addIndexes(segments);
  }

  /**
   * Copies every segment's codes into the heap now rather than at the first search (about 0.1 s for
   * 578k vectors when their files are cached, more from a cold disk).
   */
  public void warmUp() {
    withSearcher(
        searcher -> {
          for (LeafReaderContext leaf : searcher.getIndexReader().leaves())
            segmentCodes.of(leaf.reader());
          return null;
        });
  }

  /**
   * Whether the index, as of the last commit, is one segment (or none) in the current format:
   * {@link #mergeSegments()} would change nothing.
   */
  public boolean merged() {
    return withSearcher(
        searcher -> {
          List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
          return leaves.size() <= 1 && leaves.stream().allMatch(VectorIndex::storesCodes);
        });
  }

  /** Segments as of the last commit. */
  public int segments() {
    return withSearcher(searcher -> searcher.getIndexReader().leaves().size());
  }

  /** Documents as of the last commit. */
  public int size() {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  /** Makes every write durable and visible to reads. */
  public void commit() {
    try {
      writer.setLiveCommitData(tag.userData().entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot commit the vector index at " + path, e);
    }
  }

  @Override
  public void close() {
    try (directory;
        writer;
        searchers) {
      // Closing the writer without commit rolls back: see the class comment.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T withSearcher(SearcherFunction<T> function) {
    return IndexFolder.<IndexSearcher, T>withSearcher(searchers, function::apply);
  }

  @FunctionalInterface
  private interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }
}
