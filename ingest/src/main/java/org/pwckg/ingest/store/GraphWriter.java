package org.pwckg.ingest.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.pwckg.ingest.mapping.RecordGraph;

/**
 * Where an ingest run writes. The whole run is one unit: nothing is visible to readers before
 * {@link #commit}, and a run that is killed or aborted leaves the database as it was.
 */
public interface GraphWriter extends AutoCloseable {
  /** Writes one record, first removing what earlier ingests wrote about the subjects it owns. */
  void write(RecordGraph record);

  /** Replaces the description of {@code subject} in the named graph {@code graph}. */
  void replace(Node graph, Node subject, List<Triple> triples);

  void commit();

  /** Drops everything written in this run; harmless after a commit. */
  void abort();

  /** True when this run loads an empty database with the bulk loader. */
  boolean bulk();

  @Override
  default void close() {
    abort();
  }
}
