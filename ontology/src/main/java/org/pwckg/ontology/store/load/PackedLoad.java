package org.pwckg.ontology.store.load;

import java.time.Duration;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;

/**
 * Loads the triples and quads given into an empty TDB2 storage folder, the one way the project
 * bulk-loads (an ingest into an empty database, a restore): nodes go to the node table as they
 * come, on a thread of their own, and every index is written once, sorted and packed, at {@link
 * #finish}. On two cores this loads the archive in well under half the time Jena's parallel loader
 * takes (BENCHMARKS.md, issue 13 item 1).
 *
 * <p>The storage's objects in memory do not see what was packed beneath them: the caller releases
 * the storage after {@link #finish} (or {@link #cancel}) and opens it afresh to read it. Like
 * Jena's bulk loaders this is not crash-safe while it runs, so callers load into a folder that is
 * put in place only when complete. Memory: 24 bytes a triple loaded, 34 a distinct node (86 while
 * the node table grows); the whole ingest of the full archive (18.3 M triples loaded, 8.5 M nodes)
 * peaked at 1.3 GB of live heap.
 */
public final class PackedLoad {
  /** What a load wrote. */
  public record Summary(long distinctTriples, long loadedTriples, int nodes, Duration indexing) {
    public String line() {
      return String.format(
          "Graph indexes written: %,d distinct triples of %,d loaded, %,d nodes, in %.1f s",
          distinctTriples, loadedTriples, nodes, indexing.toMillis() / 1000.0);
    }
  }

  private final DatasetGraphTDB storage;
  private final NodeAllocator nodes;

  private PackedLoad(DatasetGraphTDB storage) {
    this.storage = storage;
    this.nodes = new NodeAllocator(storage.getTripleTable().getNodeTupleTable().getNodeTable());
  }

  /** Starts a load into {@code storage}, which must be empty. */
  public static PackedLoad into(DatasetGraphTDB storage) {
    return new PackedLoad(storage);
  }

  public void add(Triple triple) {
    nodes.add(triple);
  }

  public void add(Quad quad) {
    if (quad.isDefaultGraph()) nodes.add(quad.asTriple());
    else nodes.add(quad);
  }

  /** Parser output goes here: triples and quads alike; prefixes are not kept. */
  public StreamRDF stream() {
    return new StreamRDFBase() {
      @Override
      public void triple(Triple triple) {
        add(triple);
      }

      @Override
      public void quad(Quad quad) {
        add(quad);
      }
    };
  }

  /** Writes the node table and every index; throws if any of it failed. */
  public Summary finish() {
    nodes.finish();
    long start = System.nanoTime();
    long distinct = PackedIndexes.write(storage, nodes.triples(), nodes.quads());
    return new Summary(
        distinct,
        nodes.triples().size(),
        nodes.nodes(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** Stops loading; what was written is to be thrown away with the folder. */
  public void cancel() {
    nodes.cancel();
  }
}
