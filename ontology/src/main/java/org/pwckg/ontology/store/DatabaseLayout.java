package org.pwckg.ontology.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one place that names what lives in a database folder. Every command and the server find the
 * graph, the indexes, the figure files and the reports through here, so a folder is renamed in one
 * line and no two classes can disagree about it.
 *
 * <pre>
 * &lt;db&gt;/Data-NNNN/                      TDB2 storage generations (TDB2 opens the highest)
 * &lt;db&gt;/search/                         keyword index (Lucene)
 * &lt;db&gt;/vectors/                        paper text vectors (floats, 1-bit codes)
 * &lt;db&gt;/vectors-figure-captions/        figure caption vectors
 * &lt;db&gt;/vectors-deepseek-vl-{size}/      DeepSeek-VL vectors: papers and figures in one space
 * &lt;db&gt;/deepseek-vl-work-{size}/         DeepSeek-VL export and worker output (resumable)
 * &lt;db&gt;/figures/                        figure files and thumbnails, content-addressed
 * &lt;db&gt;/ingest-uploads/{id}/            dump files uploaded to a running server, until its ingest ends
 * &lt;db&gt;/ingest-report.txt, figures-report.txt
 * </pre>
 */
public final class DatabaseLayout {
  /** A TDB2 storage generation folder. */
  public static final Pattern GENERATION = Pattern.compile("Data-(\\d+)");

  private DatabaseLayout() {}

  /** The storage generation {@code n}. */
  public static Path generation(Path db, int n) {
    return db.resolve(String.format("Data-%04d", n));
  }

  /**
   * Where generation {@code n} is built before it is renamed into place: TDB2 deletes such a folder
   * when it opens the database, so an unfinished one never survives.
   */
  public static Path stagingGeneration(Path db, int n) {
    return db.resolve(String.format("Data-%04d-tmp", n));
  }

  public static Path keywordIndex(Path db) {
    return db.resolve("search");
  }

  public static Path paperVectors(Path db) {
    return db.resolve("vectors");
  }

  public static Path figureCaptionVectors(Path db) {
    return db.resolve("vectors-figure-captions");
  }

  private static final String VISION_VECTORS = "vectors-deepseek-vl-";

  /** The DeepSeek-VL index of model {@code size} ({@code 1.3b}, {@code 7b}). */
  public static Path visionVectors(Path db, String size) {
    return db.resolve(VISION_VECTORS + size);
  }

  public static Path visionWork(Path db, String size) {
    return db.resolve("deepseek-vl-work-" + size);
  }

  public static Path figures(Path db) {
    return db.resolve("figures");
  }

  /** Where a running server spools the dump files of live ingests, one folder per ingest. */
  public static Path ingestUploads(Path db) {
    return db.resolve("ingest-uploads");
  }

  public static Path ingestReport(Path db) {
    return db.resolve("ingest-report.txt");
  }

  public static Path figuresReport(Path db) {
    return db.resolve("figures-report.txt");
  }

  /**
   * What a backup carries beside the graph, of what exists: the keyword index, the vector indexes
   * (DeepSeek-VL vectors take a GPU to make again), the figure files and the reports. Not the
   * storage generations (the graph goes as N-Quads), the DeepSeek-VL work folders (scratch that
   * {@code embed} exports again) nor a live ingest's uploads (removed when it ends).
   */
  public static List<Path> backedUp(Path db) throws IOException {
    List<Path> paths = new ArrayList<>();
    paths.add(keywordIndex(db));
    paths.add(paperVectors(db));
    paths.add(figureCaptionVectors(db));
    try (Stream<Path> entries = Files.list(db)) {
      entries
          .filter(p -> p.getFileName().toString().startsWith(VISION_VECTORS))
          .sorted()
          .forEach(paths::add);
    }
    paths.add(figures(db));
    paths.add(ingestReport(db));
    paths.add(figuresReport(db));
    return paths.stream().filter(Files::exists).toList();
  }
}
