package org.pwckg.ontology.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbDatabaseTest {
  @TempDir Path dir;

  @Test
  void a_scan_opens_the_storage_with_small_node_caches() {
    Path db = dir.resolve("db");
    TDBInternal.expel(TdbDatabase.openOrCreate(db));
    DatasetGraph dsg = TdbDatabase.openForScan(db);
    try {
      StoreParams params = TDBInternal.getDatasetGraphTDB(dsg).getStoreParams();
      assertThat(params.getNodeId2NodeCacheSize()).isEqualTo(TdbDatabase.SCAN_NODE_CACHE);
      assertThat(params.getNode2NodeIdCacheSize()).isEqualTo(TdbDatabase.SCAN_NODE_CACHE);
      assertThat(StoreParams.getDftStoreParams().getNodeId2NodeCacheSize())
          .isGreaterThan(TdbDatabase.SCAN_NODE_CACHE);
    } finally {
      TDBInternal.expel(dsg);
    }
  }

  @Test
  void a_scan_refuses_a_folder_without_a_database() {
    assertThatThrownBy(() -> TdbDatabase.openForScan(dir.resolve("none")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("run 'pwckg ingest' first");
  }
}
