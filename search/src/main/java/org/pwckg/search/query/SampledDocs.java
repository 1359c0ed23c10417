package org.pwckg.search.query;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A stratified sample of an index's documents: a run of {@link #RUN} consecutive doc ids at the
 * start of every {@code step}. Counting a broad match over the sample instead of over every
 * document is what keeps facets of a 500k-match query cheap; runs (rather than scattered ids) let
 * the matched query step through its postings with {@code nextDoc}, and spreading them over the
 * whole id space keeps the sample from favouring the papers ingested first.
 */
final class SampledDocs extends Query {
  static final int RUN = 32;
  private final int step;

  private SampledDocs(int step) {
    this.step = step;
  }

  /** A sample of about {@code docs} documents of {@code reader}, or all of them if it is small. */
  static SampledDocs about(int docs, IndexReader reader) {
    long step = Math.max(RUN, (long) RUN * reader.maxDoc() / Math.max(docs, RUN));
    return new SampledDocs((int) Math.min(Integer.MAX_VALUE, step));
  }

  /** The share of {@code reader}'s documents in the sample, to scale counts made on it. */
  double fraction(IndexReader reader) {
    if (reader.maxDoc() == 0) return 1;
    long covered = 0;
    for (LeafReaderContext leaf : reader.leaves()) covered += covered(leaf.reader().maxDoc());
    return (double) covered / reader.maxDoc();
  }

  private long covered(int maxDoc) {
    return (long) (maxDoc / step) * RUN + Math.min(RUN, maxDoc % step);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) {
        Runs runs = new Runs(context.reader().maxDoc());
        return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, runs));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false; // computed on the fly, faster than any cached bit set
      }
    };
  }

  /** The doc ids of one segment's runs. */
  private final class Runs extends DocIdSetIterator {
    private final int maxDoc;
    private int doc = -1;

    Runs(int maxDoc) {
      this.maxDoc = maxDoc;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) {
      int inStep = target % step;
      long next = inStep < RUN ? target : (long) target - inStep + step;
      doc = next >= maxDoc ? NO_MORE_DOCS : (int) next;
      return doc;
    }

    @Override
    public long cost() {
      return covered(maxDoc);
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "SampledDocs(" + RUN + " in every " + step + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && ((SampledDocs) other).step == step;
  }

  @Override
  public int hashCode() {
    return classHash() ^ step;
  }
}
