package org.pwckg.search.sparql;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecException;

/**
 * Reading the evaluated arguments of a search function; a wrong one fails the query with a clear
 * message.
 */
final class Args {
  private Args() {}

  /** A wrong argument: the query fails with this message (no silent empty result). */
  static final class Invalid extends QueryExecException {
    Invalid(String message) {
      super(message);
    }
  }

  static String text(String fn, List<Node> args, int i) {
    Node n = args.get(i);
    if (!n.isLiteral())
      throw new Invalid(fn + ": argument " + (i + 1) + " must be a string, got " + n);
    return n.getLiteralLexicalForm();
  }

  static String iri(String fn, List<Node> args, int i) {
    Node n = args.get(i);
    if (!n.isURI()) throw new Invalid(fn + ": argument " + (i + 1) + " must be an IRI, got " + n);
    return n.getURI();
  }

  /** An integer argument from {@code min} to {@code max}, or {@code absent} when not given. */
  static Integer integer(String fn, List<Node> args, int i, int min, int max, Integer absent) {
    if (args.size() <= i) return absent;
    Node n = args.get(i);
    if (!n.isLiteral()
        || !(n.getLiteralValue() instanceof Number number)
        || number.doubleValue() != Math.rint(number.doubleValue())) {
      throw new Invalid(fn + ": argument " + (i + 1) + " must be an integer, got " + n);
    }
    long value = number.longValue();
    if (value < min || value > max)
      throw new Invalid(
          fn + ": argument " + (i + 1) + " must be " + min + " to " + max + ", got " + value);
    return (int) value;
  }
}
