package org.pwckg.ingest.mapping;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The triples one dump record maps to, split the way re-ingest needs them: the subjects the record
 * owns (whose earlier description a newer ingest replaces), the triples about them, the triples
 * about co-owned subjects (a repository, a metric: every record naming them writes the same
 * description), and the minimal stubs it writes about entities owned by other records. Shared
 * triples and stubs repeat from record to record; writers may drop the repeats.
 */
public final class RecordGraph {
  /**
   * A subject the record owns, with its sub-nodes ({@code <root>/…}); with {@code dependentsVia},
   * also every subject pointing to the root through that property (a table's result rows).
   */
  public record Claim(Node root, Node dependentsVia) {}

  private final List<Claim> claims = new ArrayList<>();
  private final List<Triple> owned = new ArrayList<>();
  private final List<Triple> shared = new ArrayList<>();
  private final List<Triple> stubs = new ArrayList<>();

  public List<Claim> claims() {
    return claims;
  }

  public List<Triple> owned() {
    return owned;
  }

  /**
   * Triples about co-owned subjects: owned (replaced on re-ingest) but the same in every record.
   */
  public List<Triple> shared() {
    return shared;
  }

  public List<Triple> stubs() {
    return stubs;
  }

  public int size() {
    return owned.size() + shared.size() + stubs.size();
  }

  public void claim(Node root) {
    claims.add(new Claim(root, null));
  }

  public void claimWithDependents(Node root, Node dependentsVia) {
    claims.add(new Claim(root, dependentsVia));
  }

  public void add(Node s, Node p, Node o) {
    owned.add(Triple.create(s, p, o));
  }

  /** An owned string literal; nothing for null. */
  public void text(Node s, Node p, String text) {
    if (text != null) add(s, p, NodeFactory.createLiteralString(text));
  }

  /** An owned IRI object from a URL; nothing for null. */
  public void iri(Node s, Node p, String url) {
    if (url != null) add(s, p, NodeFactory.createURI(url));
  }

  public void literal(Node s, Node p, Node literal) {
    if (literal != null) add(s, p, literal);
  }

  /** A triple about a co-owned subject, which must also be claimed. */
  public void shared(Node s, Node p, Node o) {
    if (o != null) shared.add(Triple.create(s, p, o));
  }

  public void stub(Node s, Node p, Node o) {
    stubs.add(Triple.create(s, p, o));
  }

  /** The minimal description of an entity another record owns: its type and name. */
  public void stub(Node s, Node type, Node nameProperty, String name) {
    stub(s, org.pwckg.ontology.Vocab.TYPE, type);
    if (name != null) stub(s, nameProperty, NodeFactory.createLiteralString(name));
  }

  /**
   * Takes over everything of {@code part} (a row mapped on its own so a bad row can be dropped).
   */
  public void merge(RecordGraph part) {
    claims.addAll(part.claims);
    owned.addAll(part.owned);
    shared.addAll(part.shared);
    stubs.addAll(part.stubs);
  }
}
