package org.pwckg.server.search;

import java.nio.file.Path;
import org.pwckg.embed.index.IndexModel;
import org.pwckg.embed.index.ModelMismatchException;
import org.pwckg.embed.model.EmbedderOptions;
import org.pwckg.embed.model.OnnxEmbedder;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.store.DatabaseLayout;
import org.pwckg.ontology.store.GraphState;
import org.pwckg.search.SearchStack;
import org.pwckg.search.index.EntityReader;
import org.pwckg.search.index.SyncResult;
import org.pwckg.server.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the search indexes of the served database: the keyword index (brought in step with the
 * graph before serving when it is empty, of an older mapping, or records another graph state), the
 * paper vectors with the bundled model they were made with when the database was embedded, and the
 * SPARQL property functions on its dataset.
 */
public final class ServerSearch {
  private static final Logger LOG = LoggerFactory.getLogger(ServerSearch.class);

  private ServerSearch() {}

  public static SearchStack open(Path database, String dataBase, Store store) {
    SearchStack stack = openStack(database, new Iris(dataBase));
    try {
      String graphState = store.read(() -> GraphState.read(store.graph()));
      if (stack.keyword().isBehind(graphState)) {
        LOG.info(
            stack.keyword().isStale()
                ? "The keyword index is missing or from an older version; bringing it in step with the graph"
                : "The keyword index reflects another state of the graph (an ingest stopped during its"
                    + " index step, or an update made while no server ran); bringing it in step");
        SyncResult built = stack.keyword().sync(store.graph(), new EntityReader());
        LOG.info("Keyword index synced: {}", built.summary());
      }
      stack.registerFunctions(store.graph());
      LOG.info(
          "Search: {} documents in the keyword index; {}",
          stack.keyword().size(),
          stack
              .vectors()
              .map(v -> v.size() + " paper vectors (" + v.modelId() + ")")
              .orElse("no paper vectors (keyword search only)"));
      return stack;
    } catch (RuntimeException e) {
      stack.close();
      throw e;
    }
  }

  /**
   * The vectors are queried with the bundled model whose id their index records (an index embedded
   * before the default changed keeps its own model); vectors of a model that is not bundled cannot
   * be queried, and keyword search still works.
   */
  private static SearchStack openStack(Path database, Iris iris) {
    try {
      return SearchStack.open(database, iris, () -> embedder(database));
    } catch (ModelMismatchException e) {
      LOG.error("Semantic search is off: {}", e.getMessage());
      return SearchStack.keywordOnly(database, iris);
    }
  }

  private static OnnxEmbedder embedder(Path database) {
    return IndexModel.embedderFor(
        DatabaseLayout.paperVectors(database), null, EmbedderOptions.forQueries());
  }
}
