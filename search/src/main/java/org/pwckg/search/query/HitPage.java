package org.pwckg.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.search.Query;
import org.pwckg.search.index.FacetedSearcher;
import org.pwckg.search.index.IndexedEntity;
import org.pwckg.search.query.RankFusion.Fused;

/**
 * The page of results asked for: stored fields of each entity, and highlights of keyword matches.
 */
final class HitPage {
  private HitPage() {}

  static List<SearchHit> load(
      FacetedSearcher searcher,
      List<Fused> ranked,
      SearchMode mode,
      Query text,
      SearchRequest request)
      throws IOException {
    List<Fused> slice =
        ranked.subList(
            Math.min(request.offset(), ranked.size()), Math.min(request.depth(), ranked.size()));
    int[] docs = new int[slice.size()];
    List<IndexedEntity> entities = new ArrayList<>(slice.size());
    for (int i = 0; i < slice.size(); i++) {
      docs[i] = slice.get(i).doc();
      entities.add(IndexedEntity.of(searcher.storedFields().document(docs[i])));
    }
    boolean highlight = !request.q().isEmpty();
    int[] matched =
        IntStream.range(0, slice.size())
            .filter(i -> highlight && slice.get(i).keyword() != null)
            .map(i -> docs[i])
            .toArray();
    List<Map<String, List<String>>> fragments = Highlights.of(searcher, text, matched);
    List<SearchHit> hits = new ArrayList<>(slice.size());
    for (int i = 0, h = 0; i < slice.size(); i++) {
      Fused f = slice.get(i);
      Map<String, List<String>> hl =
          highlight && f.keyword() != null ? fragments.get(h++) : Map.of();
      hits.add(hit(entities.get(i), f, mode, hl));
    }
    return hits;
  }

  /** The score of the mode asked for: BM25, cosine, or the fused score. */
  private static SearchHit hit(
      IndexedEntity e, Fused f, SearchMode mode, Map<String, List<String>> highlights) {
    Ranked kw = f.keyword();
    Ranked sem = f.semantic();
    double score =
        switch (mode) {
          case KEYWORD -> kw.score();
          case SEMANTIC -> sem.score();
          case HYBRID -> f.score();
        };
    return new SearchHit(
        e.iri(),
        e.kind().code(),
        e.name(),
        e.year(),
        e.hasCode(),
        score,
        kw == null ? null : kw.rank(),
        kw == null ? null : kw.score(),
        sem == null ? null : sem.rank(),
        sem == null ? null : sem.score(),
        highlights);
  }
}
