package org.pwckg.search.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pwckg.embed.index.VectorIndex;
import org.pwckg.search.InvalidSearchException;
import org.pwckg.search.SemanticIndex;
import org.pwckg.search.SemanticIndex.Neighbour;
import org.pwckg.search.UnknownEntityException;
import org.pwckg.search.index.FacetedSearcher;
import org.pwckg.search.index.IndexedEntity;
import org.pwckg.search.index.KeywordIndex;

/**
 * Papers related to a paper: its nearest neighbours by embedding, and the papers that share its
 * rarest tasks, datasets, methods or code repository (found in the keyword index, which mirrors
 * those links of the graph), blended by {@link RelatedWeights} and explained signal by signal.
 */
public final class RelatedPapers {
  public static final int MAX_K = 100;

  /** Related papers per paper unless asked otherwise (the API's k, relate's --k). */
  public static final int DEFAULT_K = 10;

  /** Share of the score that similar figures take, when the paper has figure vectors. */
  static final double FIGURE_WEIGHT = 0.3;

  private final KeywordIndex index;
  private final Optional<SemanticIndex> vectors;
  private final RelatedWeights weights;
  private final FigureNeighbours figures;

  public RelatedPapers(
      KeywordIndex index, Optional<SemanticIndex> vectors, RelatedWeights weights) {
    this(index, vectors, weights, FigureNeighbours.NONE);
  }

  private RelatedPapers(
      KeywordIndex index,
      Optional<SemanticIndex> vectors,
      RelatedWeights weights,
      FigureNeighbours figures) {
    this.index = index;
    this.vectors = vectors;
    this.weights = weights;
    this.figures = figures;
  }

  /** The same, also blending figure similarity (for papers whose figures have image vectors). */
  public RelatedPapers withFigures(FigureNeighbours neighbours) {
    return new RelatedPapers(index, vectors, weights, neighbours);
  }

  public RelatedPapers(KeywordIndex index, Optional<SemanticIndex> vectors) {
    this(index, vectors, RelatedWeights.defaults());
  }

  /** The embedding model behind the text signal, if there are vectors. */
  public Optional<String> modelId() {
    return vectors.map(SemanticIndex::modelId);
  }

  /**
   * What a page says in place of related papers when the paper is in the graph but not yet in the
   * keyword index ({@link #of} throws {@link UnknownEntityException} for it).
   */
  public static final String NOT_INDEXED_YET =
      "The search index has not caught up with this paper yet (it is brought in step after every"
          + " change to the graph); its related papers are listed once it has";

  /** The {@code k} (1 to {@link #MAX_K}) papers most related to the paper {@code paperIri}. */
  public RelatedResponse of(String paperIri, int k) {
    if (k < 1 || k > MAX_K)
      throw new InvalidSearchException("k must be 1 to " + MAX_K + ", was " + k);
    return index.withSearcher(
        searcher -> {
          PaperDocs docs = new PaperDocs(searcher);
          IndexedEntity source =
              docs.load(paperIri)
                  .orElseThrow(
                      () ->
                          new UnknownEntityException(
                              "No paper " + paperIri + " in the search index"));
          float[] vector = vectors.flatMap(v -> v.vectorOf(paperIri)).orElse(null);
          List<RelatedPaper> ranked = rank(searcher, docs, source, vector, k);
          return new RelatedResponse(
              paperIri,
              source.name(),
              vector == null ? null : vectors.get().modelId(),
              k,
              ranked,
              notes(vector, ranked.size(), k));
        });
  }

  private List<RelatedPaper> rank(
      FacetedSearcher searcher, PaperDocs docs, IndexedEntity source, float[] vector, int k)
      throws IOException {
    int wanted = k * weights.candidates();
    Set<String> nearest = new LinkedHashSet<>();
    if (vector != null) {
      for (Neighbour n : vectors.get().nearest(vector, wanted + 1, null)) nearest.add(n.iri());
    }
    GraphSignals graph = new GraphSignals(searcher, weights);
    Map<String, Double> figureSimilarity = figures.of(source.iri(), wanted);
    Map<String, IndexedEntity> byGraph = graph.candidates(source, wanted, docs);
    Set<String> candidates = new LinkedHashSet<>(nearest);
    candidates.addAll(byGraph.keySet());
    candidates.addAll(figureSimilarity.keySet());
    candidates.remove(source.iri());
    Map<String, IndexedEntity> others = new HashMap<>(byGraph);
    others.putAll(docs.loadAll(candidates.stream().filter(c -> !byGraph.containsKey(c)).toList()));
    Map<String, Double> similarity = vector == null ? Map.of() : cosines(vector, candidates);
    List<RelatedPaper> scored = new ArrayList<>();
    for (String iri : candidates) {
      IndexedEntity other = others.get(iri);
      if (other == null) continue; // a vector whose paper left the graph
      Double sim = vector == null ? null : similarity.get(iri);
      RelatedPaper p = score(other, vector != null, sim, graph.shared(source, other));
      scored.add(figureSimilarity.isEmpty() ? p : withFigure(p, figureSimilarity.get(iri)));
    }
    scored.sort(
        Comparator.comparingDouble(RelatedPaper::score)
            .reversed()
            .thenComparing(RelatedPaper::iri));
    return scored.subList(0, Math.min(k, scored.size()));
  }

  /** Blends in figure similarity: a candidate without a similar figure counts as 0, as for text. */
  private static RelatedPaper withFigure(RelatedPaper p, Double figure) {
    double score =
        (1 - FIGURE_WEIGHT) * p.score()
            + FIGURE_WEIGHT * (figure == null ? 0 : Math.max(0, figure));
    if (figure == null) return p.rescored(score, p.signals(), p.why());
    List<Signal> signals = new ArrayList<>(p.signals());
    Signal s = new Signal(Signal.FIGURE, null, null, figure);
    signals.add(s);
    String why = p.why().isEmpty() ? s.describe() : p.why() + "; " + s.describe();
    return p.rescored(score, signals, why);
  }

  /**
   * Every candidate's text similarity by {@link VectorIndex#cosine}, those the nearest-neighbour
   * search found too: its scores are not the same bits from one run to the next, and which way a
   * candidate was found must not change its score.
   */
  private Map<String, Double> cosines(float[] vector, Set<String> candidates) {
    Map<String, Double> similarity = new HashMap<>();
    vectors
        .get()
        .vectorsOf(candidates)
        .forEach((iri, w) -> similarity.put(iri, (double) VectorIndex.cosine(vector, w)));
    return similarity;
  }

  /**
   * Blends as {@link RelatedWeights} says. When the source paper has a vector, a candidate without
   * one (not embedded yet) counts as text similarity 0 rather than switching to another scale.
   */
  private RelatedPaper score(
      IndexedEntity other, boolean withText, Double similarity, List<Signal> shared) {
    double graph = 1 - Math.exp(-shared.stream().mapToDouble(Signal::weight).sum());
    double text = similarity == null ? 0 : Math.max(0, similarity);
    double score =
        withText ? weights.textWeight() * text + (1 - weights.textWeight()) * graph : graph;
    List<Signal> signals = new ArrayList<>();
    if (similarity != null) signals.add(new Signal(Signal.TEXT, null, null, similarity));
    signals.addAll(shared);
    String why = String.join("; ", signals.stream().map(Signal::describe).toList());
    return new RelatedPaper(
        other.iri(),
        other.name(),
        other.year(),
        other.hasCode(),
        score,
        similarity,
        graph,
        signals,
        why);
  }

  private static List<String> notes(float[] vector, int found, int k) {
    List<String> notes = new ArrayList<>();
    if (vector == null)
      notes.add("graph signals only: no embedding of this paper (run 'pwckg embed')");
    if (found < k) notes.add("only " + found + " related papers found, fewer than k=" + k);
    return notes;
  }
}
