package org.pwckg.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.lucene.search.Query;
import org.pwckg.ontology.Iris;
import org.pwckg.search.InvalidSearchException;
import org.pwckg.search.SemanticIndex;
import org.pwckg.search.index.EntityKind;
import org.pwckg.search.index.FacetedSearcher;
import org.pwckg.search.index.KeywordIndex;
import org.pwckg.search.query.RankFusion.Fused;

/**
 * Keyword, semantic and hybrid search over the indexes of one database: validate the request, rank
 * with the engines it needs, fuse, then load, highlight and facet the page asked for, all on one
 * searcher so that the page, the count and the facets agree.
 */
public final class SearchService {
  private final KeywordIndex index;
  private final Optional<SemanticIndex> vectors;
  private final FilterQuery filters;
  private final RankFusion fusion;
  private final MatchCounting counting;
  private final KeywordSearcher keyword;

  SearchService(
      KeywordIndex index,
      Optional<SemanticIndex> vectors,
      Iris iris,
      RankFusion fusion,
      MatchCounting counting) {
    this.index = index;
    this.vectors = vectors;
    this.filters = new FilterQuery(iris);
    this.fusion = fusion;
    this.counting = counting;
    this.keyword = new KeywordSearcher(counting.exactUpTo());
  }

  public SearchService(
      KeywordIndex index, Optional<SemanticIndex> vectors, Iris iris, RankFusion fusion) {
    this(index, vectors, iris, fusion, MatchCounting.STANDARD);
  }

  public SearchService(KeywordIndex index, Optional<SemanticIndex> vectors, Iris iris) {
    this(index, vectors, iris, RankFusion.standard());
  }

  public SearchResponse search(SearchRequest request) {
    List<String> notes = new ArrayList<>();
    SearchMode mode = mode(request, notes);
    Query text = keyword.text(request.q());
    Supplier<float[]> queryVector = queryVector(mode, request.q());
    return index.withSearcher(
        searcher -> {
          Query filter = filters.of(request.type(), request.filters());
          // Rewritten once here, not by each of the ranking, counting and highlighting passes.
          Query rewritten = searcher.rewrite(text);
          Ranking ranking = rank(searcher, request, mode, rewritten, queryVector, filter);
          List<SearchHit> page = HitPage.load(searcher, ranking.fused(), mode, rewritten, request);
          return new SearchResponse(
              request.q(),
              mode.code(),
              request.type().code(),
              ranking.count(),
              ranking.approximate(),
              request.offset(),
              request.limit(),
              page,
              ranking.facets(),
              notes);
        });
  }

  /**
   * The mode to run: as asked when possible; hybrid without vectors falls back to keyword, with a
   * note.
   */
  private SearchMode mode(SearchRequest request, List<String> notes) {
    SearchMode asked = request.mode() == null ? SearchMode.HYBRID : request.mode();
    if (asked == SearchMode.KEYWORD) return asked;
    boolean papers = request.type() == EntityKind.PAPER;
    if (asked == SearchMode.SEMANTIC && !papers) {
      throw new InvalidSearchException(
          "Semantic search covers papers only; use mode=keyword for type=" + request.type().code());
    }
    if (asked == SearchMode.SEMANTIC && vectors.isEmpty()) {
      throw new InvalidSearchException(
          "This database has no paper embeddings yet (run 'pwckg embed'); use mode=keyword");
    }
    if (asked == SearchMode.SEMANTIC && request.q().isEmpty())
      throw new InvalidSearchException("Semantic search needs a query (q)");
    if (request.depth() > SearchRequest.MAX_SEMANTIC_DEPTH) {
      throw new InvalidSearchException(
          asked.code()
              + " results go "
              + SearchRequest.MAX_SEMANTIC_DEPTH
              + " deep; offset + limit was "
              + request.depth());
    }
    if (asked == SearchMode.SEMANTIC) return asked;
    if (vectors.isEmpty() || !papers || request.q().isEmpty()) {
      notes.add(
          "keyword only: "
              + (vectors.isEmpty()
                  ? "this database has no paper embeddings"
                  : !papers
                      ? "embeddings cover papers only"
                      : "an empty query has no meaning to embed"));
      return SearchMode.KEYWORD;
    }
    return asked;
  }

  /**
   * The query's embedding, as the ranking will need it: a hybrid search embeds on another thread
   * while its keyword side ranks (two engines, two cores: at archive scale each takes a few
   * milliseconds), a semantic one on this thread, a keyword one not at all.
   */
  private Supplier<float[]> queryVector(SearchMode mode, String q) {
    if (mode == SearchMode.KEYWORD) return () -> null;
    SemanticIndex semantic = vectors.orElseThrow();
    if (mode == SearchMode.SEMANTIC) {
      float[] vector = semantic.embedQuery(q);
      return () -> vector;
    }
    CompletableFuture<float[]> vector =
        CompletableFuture.supplyAsync(() -> semantic.embedQuery(q), EMBEDDING);
    return () -> {
      try {
        return vector.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    };
  }

  /** Threads that embed hybrid queries; made as concurrent searches need them, idle ones expire. */
  private static final ExecutorService EMBEDDING =
      Executors.newCachedThreadPool(
          Thread.ofPlatform().name("query-embedding-", 0).daemon(true).factory());

  private record Ranking(
      List<Fused> fused, long count, boolean approximate, Map<String, List<FacetCount>> facets) {}

  private Ranking rank(
      FacetedSearcher searcher,
      SearchRequest request,
      SearchMode mode,
      Query text,
      Supplier<float[]> queryVector,
      Query filter)
      throws IOException {
    int depth = request.depth();
    Query keywordQuery = KeywordSearcher.filtered(text, filter);
    if (mode == SearchMode.KEYWORD) {
      KeywordSearcher.Result kw = keyword.search(searcher, keywordQuery, depth);
      FacetCounter.Counted all =
          kw.exact()
              ? FacetCounter.all(searcher, keywordQuery)
              : FacetCounter.sampled(searcher, keywordQuery, counting);
      // The sample may count fewer than the exact lower bound; never answer below what was seen.
      long count = kw.exact() ? kw.total() : Math.max(kw.total(), all.count());
      return new Ranking(fusion.fuse(kw.hits(), List.of()), count, all.approximate(), all.facets());
    }
    // Fusion needs more than the page from each list: a paper at rank 40 in both can beat one at
    // rank 1 in one. Semantic search ranks as many, so that its facets describe the nearest 100.
    int pool = Math.min(SearchRequest.MAX_SEMANTIC_DEPTH, Math.max(depth, FUSION_POOL));
    List<Ranked> kw =
        mode == SearchMode.HYBRID ? keyword.rank(searcher, keywordQuery, pool) : List.of();
    SemanticSearcher semantic = new SemanticSearcher(vectors.orElseThrow());
    List<Ranked> sem =
        semantic.search(searcher, queryVector.get(), filter, !request.filters().isEmpty(), pool);
    List<Fused> fused = fusion.fuse(kw, sem);
    List<Integer> docs = fused.stream().map(Fused::doc).toList();
    long count =
        mode == SearchMode.SEMANTIC ? semanticCount(searcher, filter, sem, pool) : fused.size();
    return new Ranking(fused, count, false, FacetCounter.count(searcher, docs));
  }

  /**
   * How many results semantic search can page through: it ranks every embedded paper that passes
   * the filters, to {@link SearchRequest#MAX_SEMANTIC_DEPTH}. Only {@code ranked} were ranked for
   * this page; fewer means the ranking ran out, so that is the count. Otherwise the count is the
   * smaller of the embedded papers and the papers passing the filters (exact when every paper is
   * embedded, as after {@code pwckg embed}).
   */
  private long semanticCount(FacetedSearcher searcher, Query filter, List<Ranked> sem, int ranked)
      throws IOException {
    if (sem.size() < ranked) return sem.size();
    long reachable = Math.min(vectors.orElseThrow().size(), searcher.count(filter));
    return Math.max(sem.size(), Math.min(SearchRequest.MAX_SEMANTIC_DEPTH, reachable));
  }

  /** Candidates each engine ranks for a hybrid search. */
  static final int FUSION_POOL = 100;
}
