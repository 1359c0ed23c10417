package org.pwckg.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pwckg.embed.index.IndexTag;
import org.pwckg.embed.index.VectorIndex;
import org.pwckg.embed.job.EmbedDoc;
import org.pwckg.embed.job.EmbedJob;
import org.pwckg.embed.job.EmbedJobOptions;
import org.pwckg.embed.job.ProgressListener;
import org.pwckg.embed.model.BundledModel;
import org.pwckg.embed.model.EmbedderOptions;
import org.pwckg.embed.model.ModelFiles;
import org.pwckg.embed.model.OnnxEmbedder;
import org.pwckg.ingest.Ingest;
import org.pwckg.ingest.IngestOptions;
import org.pwckg.ingest.IngestResult;
import org.pwckg.ontology.store.DatabaseLayout;
import org.pwckg.ontology.store.TdbDatabase;
import org.pwckg.search.index.EntityKind;
import org.pwckg.search.index.EntityReader;
import org.pwckg.search.index.KeywordIndex;
import org.pwckg.search.vectors.PaperVectors;

/**
 * The real PWC sample of ../shared/data/pwc, ingested by the ingest module. {@link #shared()} is
 * one database and keyword index per test JVM for the tests that only read; a test that changes the
 * graph ingests its own with {@link #ingest(Path)}.
 */
public final class RealDatabase {
  public static final String BASE = "https://w3id.org/pwckg/";

  private RealDatabase() {}

  public static Path dumps() {
    return Path.of(System.getProperty("pwckg.testdata", "../testdata"), "pwc");
  }

  /** Ingests every real dump file into {@code db} (created). */
  public static IngestResult ingest(Path db) {
    return Ingest.run(IngestOptions.of(db, List.of(dumps())));
  }

  /**
   * How many papers of the real papers dump satisfy {@code keep}: what tests check the graph
   * against.
   */
  public static long papersInDump(Predicate<JsonNode> keep) {
    try (InputStream in =
        new GZIPInputStream(
            Files.newInputStream(dumps().resolve("papers-with-abstracts.json.gz")))) {
      JsonNode papers = new ObjectMapper().readTree(in);
      return StreamSupport.stream(papers.spliterator(), false).filter(keep).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A database with its keyword index in step. */
  public record Indexed(Path dir, DatasetGraph graph, KeywordIndex index) {}

  /** Ingests into {@code dir}/db and syncs a keyword index in {@code dir}/search. */
  public static Indexed indexed(Path dir) {
    Path db = dir.resolve("db");
    ingest(db);
    DatasetGraph dsg = TdbDatabase.openExisting(db);
    KeywordIndex index = KeywordIndex.open(DatabaseLayout.keywordIndex(dir));
    index.sync(dsg, new EntityReader());
    return new Indexed(dir, dsg, index);
  }

  /** The read-only database of this test JVM, ingested and indexed on first use. */
  public static Indexed shared() {
    return Shared.INSTANCE;
  }

  /**
   * The shared database with vectors of its papers that have an abstract (title and abstract, as
   * `pwckg embed`).
   */
  public record Embedded(Indexed db, PaperVectors vectors) {}

  public static Embedded embedded() {
    return SharedVectors.INSTANCE;
  }

  /** The bundled all-MiniLM-L6-v2 on every core. */
  /**
   * The bundled model, or the model directory named by the system property {@code
   * pwckg.quality.modelDir} (how BENCHMARKS.md compares models and truncation lengths on the same
   * harness).
   */
  public static OnnxEmbedder embedder() {
    int cores = Runtime.getRuntime().availableProcessors();
    EmbedderOptions options = new EmbedderOptions(cores, cores, 8);
    String dir = System.getProperty("pwckg.quality.modelDir");
    if (dir != null && !dir.isBlank())
      return OnnxEmbedder.open(
          ModelFiles.fromDir(Path.of(dir)), BundledModel.defaultCacheRoot(), options);
    return OnnxEmbedder.bundled(BundledModel.defaultCacheRoot(), options);
  }

  /** Embeds {@code docs} into a vector index at {@code path} with {@code embedder} (left open). */
  public static void embed(OnnxEmbedder embedder, List<EmbedDoc> docs, Path path) {
    try (VectorIndex index =
        VectorIndex.open(path, new IndexTag(embedder.modelId(), embedder.dimension()), false)) {
      new EmbedJob(embedder, index, EmbedJobOptions.defaults(), ProgressListener.NONE)
          .run(docs.iterator(), docs.size());
    }
  }

  private static final class SharedVectors {
    static final Embedded INSTANCE = create();

    private static Embedded create() {
      Indexed db = shared();
      List<EmbedDoc> docs = new ArrayList<>();
      EntityReader reader = new EntityReader();
      Txn.executeRead(
          db.graph(),
          () ->
              reader.forEach(
                  db.graph(),
                  EntityKind.PAPER,
                  d -> {
                    if (!d.text().isBlank()) docs.add(EmbedDoc.paper(d.iri(), d.name(), d.text()));
                  }));
      OnnxEmbedder embedder = embedder();
      Path path = db.dir().resolve("vectors");
      embed(embedder, docs, path);
      PaperVectors vectors = PaperVectors.open(path, embedder).orElseThrow();
      Runtime.getRuntime().addShutdownHook(new Thread(vectors::close));
      return new Embedded(db, vectors);
    }
  }

  private static final class Shared {
    static final Indexed INSTANCE = create();

    private static Indexed create() {
      try {
        Path dir = Files.createTempDirectory("pwckg-search-test");
        Indexed indexed = indexed(dir);
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      indexed.index().close();
                      delete(dir);
                    }));
        return indexed;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void delete(Path dir) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temp folder left behind is harmless
      }
    }
  }
}
