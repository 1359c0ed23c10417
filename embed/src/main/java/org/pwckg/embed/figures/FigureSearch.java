package org.pwckg.embed.figures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.pwckg.embed.index.IndexTag;
import org.pwckg.embed.index.VectorHit;
import org.pwckg.embed.index.VectorIndex;
import org.pwckg.embed.model.Embedder;
import org.pwckg.embed.vl.VlModel;
import org.pwckg.ontology.store.DatabaseLayout;

/**
 * Finds figures, saying which signal each answer used. On a CPU-only machine text finds figures
 * through their captions (the text model over {@code <db>/vectors-figure-captions}); figure content
 * comes only from DeepSeek-VL vectors made on a GPU ({@code <db>/vectors-deepseek-vl-*}), and then
 * only for figures already embedded: embedding a new image needs the model, which a CPU server does
 * not run, so such a request is refused with the reason and the command to run.
 */
public final class FigureSearch implements AutoCloseable {
  /**
   * Oversampling when hits must be filtered to figures (the DeepSeek-VL index also holds papers).
   */
  private static final int FILTER_FACTOR = 4;

  public enum Signal {
    CAPTION_TEXT("caption-text"),
    IMAGE_CONTENT("image-content");

    private final String label;

    Signal(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Hits best first, the signal behind them, and a note when the answer is empty for a reason. */
  public record Answer(Signal signal, List<VectorHit> hits, String note) {}

  private final Embedder text;
  private final VectorIndex captions;
  private final VectorIndex images;

  private FigureSearch(Embedder text, VectorIndex captions, VectorIndex images) {
    this.text = text;
    this.captions = captions;
    this.images = images;
  }

  /**
   * Opens the indexes the database has; the text model must be the one the captions were embedded
   * with.
   */
  public static FigureSearch open(Path db, Embedder text) {
    Path captionDir = DatabaseLayout.figureCaptionVectors(db);
    VectorIndex captions =
        Files.isDirectory(captionDir)
            ? VectorIndex.open(captionDir, new IndexTag(text.modelId(), text.dimension()), false)
            : null;
    VectorIndex images = null;
    for (VlModel m : List.of(VlModel.V7B, VlModel.V1_3B)) {
      Path dir = DatabaseLayout.visionVectors(db, m.size());
      if (images == null && Files.isDirectory(dir))
        images = VectorIndex.open(dir, new IndexTag(m.modelId(), m.dimension()), false);
    }
    return new FigureSearch(text, captions, images);
  }

  public boolean hasImageVectors() {
    return images != null;
  }

  /** Text → figures by caption. */
  public Answer byText(String query, int k) {
    if (captions == null) {
      return new Answer(
          Signal.CAPTION_TEXT,
          List.of(),
          "no caption vectors in this database: run pwckg embed --db DB");
    }
    return new Answer(Signal.CAPTION_TEXT, captions.search(text.embedQuery(query), k), null);
  }

  /**
   * The figures nearest to the embedded figure {@code figureId} (itself first), by image content.
   *
   * @throws ImageSearchUnavailable when there are no image vectors or this figure has none
   */
  public Answer byImage(String figureId, int k, Predicate<String> isFigure) {
    if (images == null) {
      throw new ImageSearchUnavailable(
          "image search needs DeepSeek-VL image embeddings, made on a GPU, and this "
              + "database has none",
          "pwckg embed --db DB --engine deepseek-vl --model-dir WEIGHTS");
    }
    float[] v =
        images
            .vectorOf(figureId)
            .orElseThrow(
                () ->
                    new ImageSearchUnavailable(
                        "this image is not one of "
                            + "the embedded figures, and embedding a new image needs the DeepSeek-VL model on a GPU, which this server "
                            + "does not run",
                        "add it with pwckg figures --db DB DIR, then pwckg embed --db DB"
                            + " --engine deepseek-vl --model-dir WEIGHTS"));
    return new Answer(Signal.IMAGE_CONTENT, nearest(v, k, isFigure), null);
  }

  /**
   * Figures like a paper's own figures (by image content), each with its best score, excluding the
   * paper's figures; empty without image vectors.
   */
  public List<VectorHit> likeFigures(List<String> ownFigures, int k, Predicate<String> isFigure) {
    if (images == null) return List.of();
    Set<String> own = Set.copyOf(ownFigures);
    Map<String, Float> best = new HashMap<>();
    for (String f : ownFigures) {
      Optional<float[]> v = images.vectorOf(f);
      if (v.isEmpty()) continue;
      for (VectorHit h : nearest(v.get(), k + own.size(), isFigure)) {
        if (!own.contains(h.id())) best.merge(h.id(), h.score(), Math::max);
      }
    }
    List<VectorHit> hits = new ArrayList<>();
    best.forEach((id, score) -> hits.add(new VectorHit(id, score)));
    hits.sort((a, b) -> Float.compare(b.score(), a.score()));
    return hits.subList(0, Math.min(k, hits.size()));
  }

  private List<VectorHit> nearest(float[] v, int k, Predicate<String> isFigure) {
    Map<String, VectorHit> out = new LinkedHashMap<>();
    for (VectorHit h : images.search(v, Math.max(k * FILTER_FACTOR, 50))) {
      if (isFigure.test(h.id()) && out.size() < k) out.putIfAbsent(h.id(), h);
    }
    return List.copyOf(out.values());
  }

  @Override
  public void close() {
    try (VectorIndex c = captions;
        VectorIndex i = images) {
      // Both closed, whichever exist.
    }
  }
}
