package org.pwckg.search.sparql;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pwckg.ontology.Vocab;

/**
 * Facts of the real graph that related-paper tests check against, read straight from the triples.
 */
public final class RelatedFixtures {
  private RelatedFixtures() {}

  /** A code repository and every paper linked to it. */
  public record SharedRepository(String iri, List<String> papers) {}

  /** The repository linked to the most papers (ties by IRI). */
  public static SharedRepository largestSharedRepository(DatasetGraph dsg) {
    return Txn.calculateRead(
        dsg,
        () -> {
          Graph g = dsg.getDefaultGraph();
          Map<String, TreeSet<String>> byRepo = new HashMap<>();
          for (Triple link : g.find(Node.ANY, Vocab.TYPE, Vocab.CODE_LINK).toList()) {
            Node repo =
                g.find(link.getSubject(), Vocab.LINK_REPOSITORY, Node.ANY).next().getObject();
            Node paper = g.find(link.getSubject(), Vocab.LINK_PAPER, Node.ANY).next().getObject();
            byRepo.computeIfAbsent(repo.getURI(), r -> new TreeSet<>()).add(paper.getURI());
          }
          Map.Entry<String, TreeSet<String>> top =
              byRepo.entrySet().stream()
                  .max(
                      Comparator.<Map.Entry<String, TreeSet<String>>>comparingInt(
                              e -> e.getValue().size())
                          .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                  .orElseThrow();
          return new SharedRepository(top.getKey(), List.copyOf(top.getValue()));
        });
  }
}
