package org.pwckg.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ingest.Ingest;
import org.pwckg.ingest.IngestOptions;
import org.pwckg.ontology.Vocab;
import org.pwckg.search.RealDatabase;

/**
 * The keyword index follows the graph through re-ingests and removals: no stale, no duplicate
 * documents.
 */
class KeywordIndexSyncTest {
  private static final String GAN = RealDatabase.BASE + "paper/generative-adversarial-networks";
  private final EntityReader reader = new EntityReader();

  private static final RealDatabase.Indexed SHARED = RealDatabase.shared();

  @TempDir Path dir;

  /** Tests that change the graph ingest their own copy of the real sample. */
  private RealDatabase.Indexed db;

  @AfterEach
  void close() {
    if (db != null) db.index().close();
  }

  @Test
  void every_paper_task_dataset_and_method_of_the_graph_has_one_document() {
    long entities = 0;
    for (EntityKind kind : EntityKind.values())
      entities += Graphs.countOfType(SHARED.graph(), kind.type());
    assertThat(entities).isGreaterThan(12_000);
    assertThat((long) SHARED.index().size()).isEqualTo(entities);
  }

  @Test
  void an_index_is_stale_until_synced_with_the_current_mapping() {
    try (KeywordIndex index = KeywordIndex.open(dir)) {
      assertThat(index.isStale()).isTrue();
      index.sync(SHARED.graph(), reader);
      assertThat(index.isStale()).isFalse();
    }
    assertThat(SHARED.index().isStale()).isFalse();
  }

  @Test
  void a_second_sync_of_the_same_graph_rewrites_nothing() {
    try (KeywordIndex index = KeywordIndex.open(dir)) {
      SyncResult first = index.sync(SHARED.graph(), reader);
      SyncResult again = index.sync(SHARED.graph(), reader);
      assertThat(again)
          .extracting(SyncResult::added, SyncResult::updated, SyncResult::deleted)
          .containsExactly(0L, 0L, 0L);
      assertThat(again.unchanged()).isEqualTo(first.added());
    }
  }

  @Test
  void re_ingesting_the_same_dumps_changes_no_document() {
    db = RealDatabase.indexed(dir);
    RealDatabase.ingest(dir.resolve("db"));
    SyncResult again = db.index().sync(db.graph(), reader);
    assertThat(again.added() + again.updated() + again.deleted()).isZero();
  }

  @Test
  void a_re_ingested_paper_with_a_new_title_replaces_its_document_without_a_duplicate()
      throws IOException {
    db = RealDatabase.indexed(dir);
    Path dump =
        retitled(dir.resolve("papers-with-abstracts.json.gz"), "Adversarial Nets Revisited");
    Ingest.run(IngestOptions.of(dir.resolve("db"), List.of(dump)));
    SyncResult result = db.index().sync(db.graph(), reader);
    assertThat(result.updated()).isEqualTo(1);
    assertThat(result.added() + result.deleted()).isZero();
    assertThat(count(IndexFields.ID, GAN)).isEqualTo(1);
    String name =
        db.index()
            .withSearcher(
                s ->
                    s.storedFields()
                        .document(
                            s.search(new TermQuery(new Term(IndexFields.ID, GAN)), 1)
                                .scoreDocs[0]
                                .doc)
                        .get(IndexFields.NAME));
    assertThat(name).isEqualTo("Adversarial Nets Revisited");
  }

  @Test
  void a_paper_gone_from_the_graph_loses_its_document() {
    db = RealDatabase.indexed(dir);
    DatasetGraph dsg = db.graph();
    Node gan = NodeFactory.createURI(GAN);
    Txn.executeWrite(dsg, () -> dsg.getDefaultGraph().remove(gan, Node.ANY, Node.ANY));
    long before = db.index().size();
    SyncResult result = db.index().sync(dsg, reader);
    assertThat(result.deleted()).isEqualTo(1);
    assertThat(count(IndexFields.ID, GAN)).isZero();
    assertThat(db.index().size()).isEqualTo(before - 1);
  }

  /**
   * Values no ingest lets through, written by a SPARQL Update: a 9,000-character task name (a facet
   * path over Lucene's 8,191), a 40 KB author IRI and a 40 KB paper IRI (terms over 32,766 bytes).
   */
  @Test
  void immense_names_and_iris_in_the_graph_never_fail_a_sync() {
    db = RealDatabase.indexed(dir);
    DatasetGraph dsg = db.graph();
    Node gan = NodeFactory.createURI(GAN);
    Node task = NodeFactory.createURI(RealDatabase.BASE + "task/overlong");
    Node author = NodeFactory.createURI(RealDatabase.BASE + "author/" + "x".repeat(40_960));
    Node paper = NodeFactory.createURI(RealDatabase.BASE + "paper/" + "y".repeat(40_960));
    Txn.executeWrite(
        dsg,
        () -> {
          var g = dsg.getDefaultGraph();
          g.add(gan, Vocab.PAPER_TASK, task);
          g.add(task, Vocab.TYPE, Vocab.TASK);
          g.add(task, Vocab.LABEL, NodeFactory.createLiteralString("Task ".repeat(1_800)));
          g.add(gan, Vocab.CREATOR, author);
          g.add(author, Vocab.NAME, NodeFactory.createLiteralString("Goodfellow"));
          g.add(paper, Vocab.TYPE, Vocab.PAPER);
          g.add(paper, Vocab.TITLE, NodeFactory.createLiteralString("Overlong"));
        });
    long before = db.index().size();
    db.index().sync(dsg, reader);
    assertThat(count(IndexFields.ID, GAN)).isEqualTo(1);
    assertThat(count(IndexFields.ID, task.getURI())).isEqualTo(1);
    assertThat(db.index().size()).isEqualTo(before + 1); // the task; not the paper
  }

  /**
   * Reading runs on the caller's thread and indexing on others; a rebuild (which empties the index
   * first) that breaks off while reading must still leave every document of the last commit.
   */
  @Test
  void a_rebuild_that_breaks_off_while_reading_leaves_the_last_commit_and_the_next_sync_succeeds() {
    List<EntityDoc> docs = Graphs.docs(SHARED.graph());
    try (KeywordIndex index = KeywordIndex.open(dir)) {
      long committed = index.sync(SHARED.graph(), reader).documents();
      String fingerprint = index.papersFingerprint();
      assertThatThrownBy(
              () ->
                  index.rebuild(
                      sink -> {
                        docs.subList(0, 5_000).forEach(sink);
                        throw new IllegalStateException("reading broke off");
                      }))
          .hasMessage("reading broke off");
      assertThat((long) index.size()).isEqualTo(committed);
      assertThat(dir.resolve("lanes")).doesNotExist();
      assertThat(index.papersFingerprint()).isEqualTo(fingerprint);
      assertThat(index.sync(SHARED.graph(), reader).unchanged()).isEqualTo(committed);
    }
  }

  /** A document that Lucene refuses (no title) fails on an indexing thread, not the reader's. */
  @Test
  void a_document_that_fails_on_an_indexing_thread_fails_the_rebuild_and_leaves_the_last_commit() {
    List<EntityDoc> docs = new ArrayList<>(Graphs.docs(SHARED.graph()));
    EntityDoc broken = docs.get(5_000);
    docs.set(
        5_000,
        new EntityDoc(
            broken.iri(),
            broken.kind(),
            null,
            broken.text(),
            broken.altNames(),
            broken.date(),
            broken.refs()));
    try (KeywordIndex index = KeywordIndex.open(dir)) {
      long committed = index.sync(SHARED.graph(), reader).documents();
      assertThatThrownBy(() -> index.rebuild(docs::forEach))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat((long) index.size()).isEqualTo(committed);
      assertThat(index.rebuild(Graphs.docs(SHARED.graph())::forEach).added()).isEqualTo(committed);
    }
  }

  /**
   * A rebuild writes in two lanes and adds the second to the index at the end: the same documents
   * as a sync, in the same order from one rebuild to the next, and no lane left behind.
   */
  @Test
  void a_rebuild_in_two_lanes_holds_what_a_sync_holds_in_a_repeatable_order() {
    try (KeywordIndex synced = KeywordIndex.open(dir.resolve("synced"));
        KeywordIndex rebuilt = KeywordIndex.open(dir.resolve("rebuilt"))) {
      long documents = synced.sync(SHARED.graph(), reader).documents();
      assertThat(rebuilt.rebuild(SHARED.graph(), reader).added()).isEqualTo(documents);
      assertThat(dir.resolve("rebuilt").resolve("lanes")).doesNotExist();
      assertThat((long) rebuilt.size()).isEqualTo(documents);
      assertThat(rebuilt.papersFingerprint()).isEqualTo(synced.papersFingerprint());
      List<String> order = idsInDocOrder(rebuilt);
      assertThat(order).containsExactlyInAnyOrderElementsOf(idsInDocOrder(synced));
      assertThat(rebuilt.rebuild(SHARED.graph(), reader).added()).isEqualTo(documents);
      assertThat(idsInDocOrder(rebuilt)).isEqualTo(order);
      assertThat(rebuilt.sync(SHARED.graph(), reader).unchanged()).isEqualTo(documents);
    }
  }

  @Test
  void a_lane_left_by_a_killed_rebuild_is_removed_when_the_index_opens() throws IOException {
    Path lane = Files.createDirectories(dir.resolve("lanes"));
    Files.writeString(lane.resolve("_0.si"), "half written");
    try (KeywordIndex index = KeywordIndex.open(dir)) {
      assertThat(lane).doesNotExist();
      assertThat(index.size()).isZero();
    }
  }

  private static List<String> idsInDocOrder(KeywordIndex index) {
    return index.withSearcher(
        searcher -> {
          List<String> ids = new ArrayList<>();
          for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            for (int d = 0; d < leaf.reader().maxDoc(); d++)
              ids.add(stored.document(d, Set.of(IndexFields.ID)).get(IndexFields.ID));
          }
          return ids;
        });
  }

  @Test
  void the_index_survives_a_reopen() {
    long size;
    try (KeywordIndex index = KeywordIndex.open(dir)) {
      size = index.sync(SHARED.graph(), reader).documents();
    }
    try (KeywordIndex index = KeywordIndex.open(dir)) {
      assertThat((long) index.size()).isEqualTo(size);
    }
  }

  private int count(String field, String term) {
    return db.index().withSearcher(s -> s.count(new TermQuery(new Term(field, term))));
  }

  /** The real papers dump with the GAN paper's title changed. */
  private static Path retitled(Path out, String title) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ArrayNode papers;
    try (InputStream in =
        new GZIPInputStream(
            Files.newInputStream(RealDatabase.dumps().resolve("papers-with-abstracts.json.gz")))) {
      papers = (ArrayNode) json.readTree(in);
    }
    for (var p : papers) {
      if (p.path("paper_url").asText().endsWith("/generative-adversarial-networks"))
        ((ObjectNode) p).put("title", title);
    }
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
      json.writeValue(o, papers);
    }
    return out;
  }
}
