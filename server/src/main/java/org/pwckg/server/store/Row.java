package org.pwckg.server.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/** One solution of a named query, read by variable name; unbound variables read as null. */
public record Row(QuerySolution solution) {

  public boolean has(String var) {
    return solution.contains(var);
  }

  /** A literal's lexical form or an IRI's string. */
  public String text(String var) {
    RDFNode n = solution.get(var);
    if (n == null) return null;
    if (n.isLiteral()) return n.asLiteral().getLexicalForm();
    return n.isURIResource() ? n.asResource().getURI() : null;
  }

  public String iri(String var) {
    RDFNode n = solution.get(var);
    return n != null && n.isURIResource() ? n.asResource().getURI() : null;
  }

  public Double number(String var) {
    Literal l = literal(var);
    if (l == null) return null;
    try {
      return l.getDouble();
    } catch (RuntimeException notANumber) {
      return null;
    }
  }

  public long count(String var) {
    Literal l = literal(var);
    return l == null ? 0 : l.getLong();
  }

  public Boolean bool(String var) {
    Literal l = literal(var);
    if (l == null) return null;
    return "true".equals(l.getLexicalForm()) || "1".equals(l.getLexicalForm());
  }

  public Node node(String var) {
    RDFNode n = solution.get(var);
    return n == null ? null : n.asNode();
  }

  private Literal literal(String var) {
    RDFNode n = solution.get(var);
    return n != null && n.isLiteral() ? n.asLiteral() : null;
  }
}
