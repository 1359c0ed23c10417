package org.pwckg.server.sparql;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotNotFoundException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateExecution;
import org.apache.jena.update.UpdateRequest;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.error.Problem;
import org.pwckg.server.sparql.eval.SafeEvaluation;
import org.pwckg.server.store.Store;

/**
 * Runs a token holder's update: in the write transaction, under the server's timeout (a cartesian
 * {@code INSERT … WHERE} would otherwise hold the write lock for as long as it likes), without
 * SERVICE, and with {@code LOAD} only from the sources the operator allowed: the token lets a
 * client change the data, not read the server's files or make it fetch from the network.
 */
public final class UpdateExecutor {
  private final Store store;
  private final List<String> loadSources;

  /**
   * @param loadSources the IRI prefixes {@code LOAD} may read from; empty refuses every LOAD
   */
  public UpdateExecutor(Store store, List<String> loadSources) {
    this.store = store;
    this.loadSources = List.copyOf(loadSources);
  }

  /** Runs {@code update}, stopped when {@code budget} (parsing spent part of it) runs out. */
  void execute(UpdateRequest update, TimeBudget budget) {
    update.getOperations().stream()
        .filter(UpdateLoad.class::isInstance)
        .map(op -> ((UpdateLoad) op).getSource())
        .forEach(this::checkLoad);
    UpdateRequest safe = SafeEvaluation.rewrite(update);
    Duration left = budget.left();
    try {
      store.write(
          () ->
              UpdateExecution.dataset(store.dataset())
                  .update(safe)
                  .timeout(left.toMillis(), TimeUnit.MILLISECONDS)
                  .set(ARQ.httpServiceAllowed, false)
                  .set(ARQConstants.registryFunctions, SafeEvaluation.functions())
                  .set(
                      ARQConstants.registryPropertyFunctions,
                      SafeEvaluation.propertyFunctions(store.graph()))
                  .execute());
    } catch (QueryCancelledException e) {
      throw budget.exceeded();
    } catch (RiotNotFoundException | HttpException e) {
      throw ApiException.badRequest("LOAD could not read its source: " + e.getMessage());
    } catch (RiotException e) {
      throw ApiException.badRequest("LOAD read no RDF: " + e.getMessage());
    } catch (UpdateException e) {
      // Jena's own refusals (LOAD of a file of unknown type, CREATE of an existing graph…)
      throw ApiException.badRequest("The update failed: " + e.getMessage());
    }
  }

  private void checkLoad(String source) {
    String normal = normalised(source);
    if (normal != null && loadSources.stream().anyMatch(normal::startsWith)) return;
    throw new ApiException(
        Problem.FORBIDDEN,
        "LOAD <"
            + source
            + "> is refused: this server loads only from the sources its operator allowed"
            + " (--allow-load)");
  }

  /** The IRI, unless a dot segment (plain or escaped) could lead it out of an allowed prefix. */
  private static String normalised(String iri) {
    try {
      String decoded = URLDecoder.decode(iri.replace("+", "%2B"), StandardCharsets.UTF_8);
      return decoded.contains("..") || decoded.contains("\\") ? null : iri;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
