package org.pwckg.search.sparql;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.pwckg.search.index.EntityKind;
import org.pwckg.search.index.IndexFields;
import org.pwckg.search.index.KeywordIndex;
import org.pwckg.search.query.KeywordSearcher;

/**
 * {@code (?entity ?score) pwc:textSearch ("query" [k] ["paper"|"task"|"dataset"|"method"|"any"])}:
 * BM25 matches, best first. Without k, every match (streamed, never capped); with k, the top k. The
 * type defaults to papers; {@code ("query" "any")} gives a type without k.
 */
final class TextSearchFunction extends HitFunction {
  private final KeywordIndex index;
  private final KeywordSearcher keyword = new KeywordSearcher();

  TextSearchFunction(KeywordIndex index) {
    super("pwc:textSearch", 1, 3);
    this.index = index;
  }

  @Override
  Iterator<Hit> hits(List<Node> args, ExecutionContext context) {
    String text = Args.text("pwc:textSearch", args, 0);
    // k may be left out: ("text" "any") is text and type.
    boolean hasK = args.size() > 1 && !isString(args.get(1));
    Integer k = hasK ? Args.integer("pwc:textSearch", args, 1, 1, Integer.MAX_VALUE, null) : null;
    int typeAt = hasK ? 2 : 1;
    String type =
        args.size() > typeAt ? Args.text("pwc:textSearch", args, typeAt) : EntityKind.PAPER.code();
    Query query = query(text, type);
    return new KeywordHits(index.lease(), query, k == null ? -1 : k);
  }

  private static boolean isString(Node n) {
    return n.isLiteral()
        && n.getLiteralDatatypeURI()
            .equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.getURI());
  }

  private Query query(String text, String type) {
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(keyword.text(text), Occur.MUST);
    if (!type.equalsIgnoreCase("any")) {
      EntityKind kind = kind(type);
      q.add(new TermQuery(new Term(IndexFields.KIND, kind.code())), Occur.FILTER);
    }
    return q.build();
  }

  private static EntityKind kind(String type) {
    try {
      return EntityKind.of(type);
    } catch (IllegalArgumentException e) {
      throw new Args.Invalid("pwc:textSearch: " + e.getMessage() + " or any");
    }
  }

  @Override
  void closed(Iterator<Hit> hits) {
    ((KeywordHits) hits).close();
  }
}
