package org.pwckg.search.related;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.pwckg.ontology.Vocab;
import org.pwckg.search.SemanticIndex;
import org.pwckg.search.index.EntityKind;
import org.pwckg.search.index.IndexFields;
import org.pwckg.search.index.KeywordIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Materialises every paper's top-k related papers as links in the graph ({@code pwckg relate}),
 * replacing the named graph {@code <base>graph/related} in one write transaction: readers see the
 * old links or the new, never half. The run records a fingerprint of its inputs (the papers of the
 * keyword index, the vectors and their model, k); a rerun on the same inputs is skipped unless
 * forced, so calling it after every ingest and embed refreshes the links exactly when they change.
 */
public final class RelateJob {
  private static final Logger log = LoggerFactory.getLogger(RelateJob.class);

  private final KeywordIndex index;
  private final Optional<SemanticIndex> vectors;
  private final RelatedPapers related;
  private final RelatedGraph graph;

  public RelateJob(
      KeywordIndex index,
      Optional<SemanticIndex> vectors,
      RelatedPapers related,
      RelatedGraph graph) {
    this.index = index;
    this.vectors = vectors;
    this.related = related;
    this.graph = graph;
  }

  public RelateResult run(DatasetGraph dsg, int k, boolean force) {
    if (k < 1 || k > RelatedPapers.MAX_K)
      throw new IllegalArgumentException("--k must be 1 to " + RelatedPapers.MAX_K);
    String fingerprint = fingerprint(k);
    String model = vectors.map(SemanticIndex::modelId).orElse(null);
    if (!force && fingerprint.equals(Txn.calculateRead(dsg, () -> recorded(dsg)))) {
      return new RelateResult(true, 0, 0, model, Duration.ZERO);
    }
    long start = System.nanoTime();
    List<String> papers = papers();
    long[] links = {0};
    Txn.executeWrite(
        dsg,
        () -> {
          Node g = graph.graph();
          dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
          for (String paper : papers) {
            List<Triple> triples = graph.links(paper, related.of(paper, k).results());
            triples.forEach(t -> dsg.add(new Quad(g, t)));
            links[0] +=
                triples.stream().filter(t -> t.getPredicate().equals(Vocab.RELATED_PAPER)).count();
          }
          graph
              .runDescription(model, fingerprint, Instant.now())
              .forEach(t -> dsg.add(new Quad(g, t)));
        });
    RelateResult result =
        new RelateResult(
            false, papers.size(), links[0], model, Duration.ofNanos(System.nanoTime() - start));
    log.info(result.summary());
    return result;
  }

  /** What the links depend on: a change in any of these makes them stale. */
  private String fingerprint(int k) {
    return "papers="
        + index.papersFingerprint()
        + ";vectors="
        + vectors.map(v -> v.modelId() + "@" + v.fingerprint()).orElse("none")
        + ";k="
        + k;
  }

  private String recorded(DatasetGraph dsg) {
    Iterator<Quad> it = dsg.find(graph.graph(), graph.run(), Vocab.INPUTS_FINGERPRINT, Node.ANY);
    return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
  }

  /** Every paper of the keyword index, in index order. */
  private List<String> papers() {
    return index.withSearcher(
        searcher -> {
          TermQuery query = new TermQuery(new Term(IndexFields.KIND, EntityKind.PAPER.code()));
          TopDocs all = searcher.search(query, Math.max(1, searcher.count(query)));
          List<String> iris = new ArrayList<>(all.scoreDocs.length);
          for (ScoreDoc sd : all.scoreDocs)
            iris.add(
                searcher
                    .storedFields()
                    .document(sd.doc, Set.of(IndexFields.ID))
                    .get(IndexFields.ID));
          return iris;
        });
  }
}
