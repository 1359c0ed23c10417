package org.pwckg.server.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * One solution of a named query, read by variable name; unbound variables read as null. The binding
 * is detached from the database (read inside the transaction), so a row stays valid after the
 * transaction ends.
 */
public record Row(Binding binding) {

  public boolean has(String var) {
    return binding.contains(Var.alloc(var));
  }

  public Node node(String var) {
    return binding.get(Var.alloc(var));
  }

  /** A literal's lexical form or an IRI's string. */
  public String text(String var) {
    Node n = node(var);
    if (n == null) return null;
    if (n.isLiteral()) return n.getLiteralLexicalForm();
    return n.isURI() ? n.getURI() : null;
  }

  public String iri(String var) {
    Node n = node(var);
    return n != null && n.isURI() ? n.getURI() : null;
  }

  public Double number(String var) {
    Node n = node(var);
    if (n == null || !n.isLiteral()) return null;
    NodeValue v = NodeValue.makeNode(n);
    return v.isNumber() ? v.getDouble() : null;
  }

  public long count(String var) {
    Double d = number(var);
    return d == null ? 0 : d.longValue();
  }

  public Boolean bool(String var) {
    Node n = node(var);
    if (n == null || !n.isLiteral()) return null;
    String lexical = n.getLiteralLexicalForm();
    return "true".equals(lexical) || "1".equals(lexical);
  }
}
