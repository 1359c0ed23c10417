package org.pwckg.search;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pwckg.embed.model.Embedder;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.store.DatabaseLayout;
import org.pwckg.search.index.KeywordIndex;
import org.pwckg.search.query.PaperListing;
import org.pwckg.search.query.SearchService;
import org.pwckg.search.related.RelateJob;
import org.pwckg.search.related.RelatedGraph;
import org.pwckg.search.related.RelatedPapers;
import org.pwckg.search.sparql.SearchFunctions;
import org.pwckg.search.vectors.PaperVectors;

/**
 * Everything search needs for one database folder, opened together and closed together: the keyword
 * index ({@code <db>/search}), the paper vectors if the database was embedded ({@code
 * <db>/vectors}), and the services over them. What the server and the CLI hold.
 */
public final class SearchStack implements AutoCloseable {
  private final KeywordIndex keyword;
  private final Optional<PaperVectors> vectors;
  private final SearchService search;
  private final RelatedPapers related;
  private final Iris iris;

  private SearchStack(KeywordIndex keyword, Optional<PaperVectors> vectors, Iris iris) {
    this.keyword = keyword;
    this.vectors = vectors;
    this.iris = iris;
    Optional<SemanticIndex> semantic = vectors.map(v -> v);
    this.search = new SearchService(keyword, semantic, iris);
    this.related = new RelatedPapers(keyword, semantic);
  }

  /**
   * Opens the indexes of {@code db}. {@code embedder} is asked for only when the database has
   * vectors (loading a model takes a second or two).
   */
  public static SearchStack open(Path db, Iris iris, Supplier<Embedder> embedder) {
    KeywordIndex keyword = KeywordIndex.open(DatabaseLayout.keywordIndex(db));
    try {
      Path vectors = DatabaseLayout.paperVectors(db);
      Optional<PaperVectors> opened =
          PaperVectors.exists(vectors)
              ? PaperVectors.open(vectors, embedder.get())
              : Optional.empty();
      return new SearchStack(keyword, opened, iris);
    } catch (RuntimeException e) {
      keyword.close();
      throw e;
    }
  }

  /** The keyword index of {@code db} alone, without vectors. */
  public static SearchStack keywordOnly(Path db, Iris iris) {
    return new SearchStack(
        KeywordIndex.open(DatabaseLayout.keywordIndex(db)), Optional.empty(), iris);
  }

  /** Starts reading the vector codes in the background (see {@link PaperVectors#warmUp()}). */
  public void warmUp() {
    vectors.ifPresent(PaperVectors::warmUp);
  }

  public KeywordIndex keyword() {
    return keyword;
  }

  public Optional<SemanticIndex> vectors() {
    return vectors.map(v -> v);
  }

  public SearchService search() {
    return search;
  }

  public RelatedPapers related() {
    return related;
  }

  /** The API's paper listing (filters, newest first), answered from the keyword index. */
  public PaperListing listing() {
    return new PaperListing(keyword, iris);
  }

  public RelateJob relateJob() {
    return new RelateJob(keyword, vectors(), related, new RelatedGraph(iris));
  }

  /**
   * Makes pwc:textSearch, pwc:semanticSearch and pwc:similarPapers available to queries on {@code
   * dataset}.
   */
  public void registerFunctions(DatasetGraph dataset) {
    SearchFunctions.register(dataset, keyword, vectors(), related);
  }

  @Override
  public void close() {
    try (keyword) {
      vectors.ifPresent(PaperVectors::close);
    }
  }
}
