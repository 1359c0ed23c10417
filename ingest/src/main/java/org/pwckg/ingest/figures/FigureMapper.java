package org.pwckg.ingest.figures;

import static org.pwckg.ontology.Vocab.*;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pwckg.ingest.mapping.RecordGraph;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.figures.ProbedImage;

/**
 * Maps a figure to its triples (docs/MAPPING.md, "figures"): the node {@code figure/{sha256}} owns
 * its description, which a later run replaces; its paper is referenced, never described.
 */
final class FigureMapper {
  private final Iris iris;

  FigureMapper(Iris iris) {
    this.iris = iris;
  }

  RecordGraph map(ManifestEntry entry, ProbedImage image, Node paper) {
    Node f = iris.figure(image.sha256());
    RecordGraph g = new RecordGraph();
    g.claim(f);
    g.add(f, TYPE, FIGURE);
    g.text(f, CAPTION, entry.caption());
    g.literal(f, WIDTH, integer(image.width()));
    g.literal(f, HEIGHT, integer(image.height()));
    g.text(f, ENCODING_FORMAT, image.format().mediaType());
    g.literal(f, CONTENT_SIZE, integer(image.size()));
    g.text(f, SHA256, image.sha256());
    g.add(f, CONTENT_URL, iris.figureFile(image.sha256()));
    g.add(f, THUMBNAIL_URL, iris.figureThumbnail(image.sha256()));
    if (paper != null) g.add(f, IS_PART_OF, paper);
    return g;
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }
}
