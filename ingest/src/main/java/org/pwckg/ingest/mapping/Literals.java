package org.pwckg.ingest.mapping;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Typed literals as the mapping contract fixes them. */
final class Literals {
  private Literals() {}

  static Node date(String isoDate) {
    return isoDate == null ? null : NodeFactory.createLiteralDT(isoDate, XSDDatatype.XSDdate);
  }

  static Node year(Integer year) {
    return year == null
        ? null
        : NodeFactory.createLiteralDT(String.format("%04d", year), XSDDatatype.XSDgYear);
  }

  static Node bool(Boolean value) {
    return value == null
        ? null
        : NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDboolean);
  }

  static Node dbl(double value) {
    return NodeFactory.createLiteralDT(Double.toString(value), XSDDatatype.XSDdouble);
  }

  static Node integer(long value) {
    return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
  }
}
