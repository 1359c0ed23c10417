package org.pwckg.search.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.embed.job.EmbedDoc;
import org.pwckg.embed.model.OnnxEmbedder;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.store.DatabaseLayout;
import org.pwckg.search.RealDatabase;
import org.pwckg.search.index.EntityDoc;
import org.pwckg.search.index.EntityKind;
import org.pwckg.search.index.EntityReader;
import org.pwckg.search.index.KeywordIndex;
import org.pwckg.search.query.SearchHit;
import org.pwckg.search.query.SearchMode;
import org.pwckg.search.query.SearchRequest;
import org.pwckg.search.query.SearchService;
import org.pwckg.search.vectors.PaperVectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quality harness (BENCHMARKS.md, section Search): every real paper with an abstract, its title
 * as the query, its abstract as the only text of its document, so a hit means the engine matched
 * the title to the abstract, not to itself. Recall@1, recall@10 and MRR for keyword, semantic and
 * hybrid search, through the product's own indexes and SearchService. Not timed.
 */
class SearchQualityTest {
  private static final Logger log = LoggerFactory.getLogger(SearchQualityTest.class);
  private static final int DEPTH = 100;

  @TempDir static Path dir;
  static Metrics keyword;
  static Metrics semantic;
  static Metrics hybrid;

  @BeforeAll
  static void measure() {
    List<EntityDoc> papers = abstractsOnly(RealDatabase.shared().graph());
    try (KeywordIndex index = KeywordIndex.open(DatabaseLayout.keywordIndex(dir))) {
      index.rebuild(sink -> papers.forEach(p -> sink.accept(p.withoutName())));
      OnnxEmbedder embedder = RealDatabase.embedder();
      RealDatabase.embed(
          embedder,
          papers.stream().map(p -> new EmbedDoc(p.iri(), p.text())).toList(),
          dir.resolve("vectors"));
      try (PaperVectors vectors =
          PaperVectors.open(dir.resolve("vectors"), embedder).orElseThrow()) {
        SearchService service = new SearchService(index, Optional.of(vectors), Iris.DEFAULT);
        keyword = run(service, papers, SearchMode.KEYWORD);
        semantic = run(service, papers, SearchMode.SEMANTIC);
        hybrid = run(service, papers, SearchMode.HYBRID);
      }
    }
    log.info(
        "Search quality, {} real papers (title → own abstract):\n| mode | queries | recall@1 | recall@10 | MRR |\n"
            + "|---|---|---|---|---|\n{}\n{}\n{}",
        papers.size(),
        keyword.row(),
        semantic.row(),
        hybrid.row());
  }

  /** The papers with an abstract, indexed by their abstract alone. */
  private static List<EntityDoc> abstractsOnly(DatasetGraph dsg) {
    List<EntityDoc> docs = new ArrayList<>();
    EntityReader reader = new EntityReader();
    Txn.executeRead(
        dsg,
        () ->
            reader.forEach(
                dsg,
                EntityKind.PAPER,
                d -> {
                  if (!d.text().isBlank() && !d.name().isBlank()) docs.add(d);
                }));
    return docs;
  }

  /** The rank of each paper when its title is the query. */
  private static Metrics run(SearchService service, List<EntityDoc> papers, SearchMode mode) {
    List<Integer> ranks = new ArrayList<>();
    for (EntityDoc paper : papers) {
      SearchRequest request = SearchRequest.of(paper.name(), mode).withPage(0, DEPTH);
      List<String> hits = service.search(request).results().stream().map(SearchHit::iri).toList();
      ranks.add(hits.indexOf(paper.iri()) + 1);
    }
    return Metrics.of(mode.code(), ranks);
  }

  @Test
  void every_real_paper_with_an_abstract_is_a_query() {
    assertThat((long) keyword.queries())
        .isEqualTo(RealDatabase.papersInDump(p -> !p.path("abstract").asText("").isBlank()));
  }

  @Test
  void hybrid_ranks_at_least_as_well_as_the_better_engine() {
    double eps = 1e-9;
    assertThat(hybrid.mrr()).isGreaterThanOrEqualTo(Math.max(keyword.mrr(), semantic.mrr()) - eps);
    assertThat(hybrid.recallAt1())
        .isGreaterThanOrEqualTo(Math.max(keyword.recallAt1(), semantic.recallAt1()) - eps);
    assertThat(hybrid.recallAt10())
        .isGreaterThanOrEqualTo(Math.max(keyword.recallAt10(), semantic.recallAt10()) - eps);
  }
}
