package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pwckg.embed.index.IndexTag;
import org.pwckg.embed.index.VectorIndex;
import org.pwckg.embed.job.EmbedDoc;
import org.pwckg.embed.job.EmbedJob;
import org.pwckg.embed.job.EmbedJobOptions;
import org.pwckg.embed.job.ProgressListener;
import org.pwckg.embed.model.BundledModel;
import org.pwckg.embed.model.EmbedderOptions;
import org.pwckg.embed.model.OnnxEmbedder;
import org.pwckg.ontology.store.DatabaseLayout;
import org.pwckg.queries.NamedQueries;

/**
 * Search over an embedded database (the papers with abstracts, as `pwckg embed` writes them):
 * semantic and hybrid.
 */
class EmbeddedSearchApiTest {
  /** Papers with a vector: those with an abstract. */
  static int embedded;

  @RegisterExtension
  static final LiveServer server =
      LiveServer.on(
          () -> {
            Path db = TestDatabase.fresh();
            embedded = embedPapersWithAbstracts(db);
            return db;
          },
          c -> c);

  /**
   * Title and abstract of every paper that has an abstract, with the default bundled model, into
   * {@code <db>/vectors}.
   */
  static int embedPapersWithAbstracts(Path db) {
    return embedPapersWithAbstracts(db, BundledModel.DEFAULT);
  }

  /** As {@link #embedPapersWithAbstracts(Path)}, with {@code model}. */
  static int embedPapersWithAbstracts(Path db, BundledModel model) {
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
    List<EmbedDoc> docs =
        Txn.calculateRead(
            dsg,
            () -> {
              List<EmbedDoc> out = new ArrayList<>();
              try (QueryExecution qe = new NamedQueries().get("papers-text").on(dsg, Map.of())) {
                qe.execSelect()
                    .forEachRemaining(
                        r -> {
                          if (r.contains("abstract")) {
                            out.add(
                                EmbedDoc.paper(
                                    r.getResource("paper").getURI(),
                                    r.getLiteral("title").getString(),
                                    r.getLiteral("abstract").getString()));
                          }
                        });
              }
              return out;
            });
    TDBInternal.expel(dsg);
    int cores = Runtime.getRuntime().availableProcessors();
    try (OnnxEmbedder embedder =
            OnnxEmbedder.bundled(
                model, BundledModel.defaultCacheRoot(), new EmbedderOptions(cores, cores, 8));
        VectorIndex index =
            VectorIndex.open(
                DatabaseLayout.paperVectors(db),
                new IndexTag(embedder.modelId(), embedder.dimension()),
                false)) {
      new EmbedJob(embedder, index, EmbedJobOptions.defaults(), ProgressListener.NONE)
          .run(docs.iterator(), docs.size());
    }
    return docs.size();
  }

  @Test
  void search_is_hybrid_by_default_and_says_which_engine_found_each_result() {
    JsonNode r =
        server.json(
            "/api/v1/search?q=" + LiveServer.encode("generative adversarial networks"), 200);
    assertThat(r.get("mode").asText()).isEqualTo("hybrid");
    assertThat(r.get("notes")).isEmpty();
    JsonNode first = r.get("results").get(0);
    assertThat(first.get("id").asText()).isEqualTo("generative-adversarial-networks");
    assertThat(first.get("keyword_rank").asInt()).isEqualTo(1);
    assertThat(first.get("semantic_rank").isNull()).isFalse();
  }

  @Test
  void semantic_search_finds_a_paper_by_meaning_with_filters_applied() {
    JsonNode r =
        server.json(
            "/api/v1/search?mode=semantic&conference=acl-2024&q="
                + LiveServer.encode("translating speech while it is still being spoken"),
            200);
    assertThat(r.get("results")).isNotEmpty();
    r.get("results").forEach(h -> assertThat(h.get("keyword_rank").isNull()).isTrue());
    assertThat(r.get("results").get(0).get("name").asText().toLowerCase()).contains("speech");
  }

  @Test
  void semantic_search_pages_through_every_embedded_paper_like_keyword_search() {
    String query =
        "/api/v1/search?mode=semantic&items_per_page=20&q="
            + LiveServer.encode("graph neural networks");
    JsonNode first = server.json(query, 200);
    assertThat(first.get("count").asLong()).isEqualTo(embedded);
    assertThat(first.get("next").asText()).contains("page=2");
    JsonNode second = server.json(query + "&page=2", 200);
    assertThat(second.get("count").asLong()).isEqualTo(embedded);
    assertThat(second.get("previous").asText()).contains("page=1");
    assertThat(ids(second)).hasSize(20).doesNotContainAnyElementsOf(ids(first));
    int lastPage = (embedded + 19) / 20;
    JsonNode last = server.json(query + "&page=" + lastPage, 200);
    assertThat(last.get("results")).hasSize(embedded - 20 * (lastPage - 1));
    assertThat(last.get("next").isNull()).isTrue();
  }

  @Test
  void related_papers_carry_the_text_signal_and_the_model() {
    JsonNode r = server.json("/api/v1/papers/generative-adversarial-networks/related?k=3", 200);
    assertThat(r.get("model").asText()).isEqualTo("all-MiniLM-L6-v2@int8-128");
    assertThat(r.get("results").get(0).get("signals").get(0).get("kind").asText())
        .isEqualTo("text");
  }

  @Test
  void sparql_semantic_search_works_in_the_endpoint() {
    String q =
        "PREFIX pwc: <https://w3id.org/pwckg/ontology#> SELECT ?p ?s WHERE { (?p ?s) pwc:semanticSearch (\"adversarial training of generators\" 3) }";
    JsonNode body = server.json("/sparql?query=" + LiveServer.encode(q), 200);
    assertThat(body.get("results").get("bindings")).hasSize(3);
  }

  private static List<String> ids(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("results").forEach(h -> out.add(h.get("id").asText()));
    return out;
  }
}
