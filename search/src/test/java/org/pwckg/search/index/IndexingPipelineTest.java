package org.pwckg.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.pwckg.search.RealDatabase;

/** How the documents a sync reads reach the indexing threads. */
class IndexingPipelineTest {
  private static final List<EntityDoc> DOCS = Graphs.docs(RealDatabase.shared().graph());

  /** A lane that notes each document's IRI and the thread that indexed it. */
  private static Consumer<EntityDoc> recording(List<String> iris, Set<String> threads) {
    return doc -> {
      iris.add(doc.iri());
      threads.add(Thread.currentThread().getName());
    };
  }

  @Test
  void every_document_is_indexed_once_in_the_order_read_on_one_other_thread() {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (IndexingPipeline indexing = new IndexingPipeline(List.of(recording(seen, threads)))) {
      DOCS.forEach(indexing::accept);
      indexing.finish();
    }
    assertThat(seen).containsExactlyElementsOf(DOCS.stream().map(EntityDoc::iri).toList());
    assertThat(threads).containsExactly("keyword-indexer-0");
  }

  @Test
  void two_lanes_take_alternate_batches_each_in_the_order_read_on_its_own_thread() {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    Set<String> firstThreads = ConcurrentHashMap.newKeySet();
    Set<String> secondThreads = ConcurrentHashMap.newKeySet();
    try (IndexingPipeline indexing =
        new IndexingPipeline(
            List.of(recording(first, firstThreads), recording(second, secondThreads)))) {
      DOCS.forEach(indexing::accept);
      indexing.finish();
    }
    List<String> iris = DOCS.stream().map(EntityDoc::iri).toList();
    List<String> even = new ArrayList<>();
    List<String> odd = new ArrayList<>();
    for (int i = 0; i < iris.size(); i++)
      (i / IndexingPipeline.BATCH % 2 == 0 ? even : odd).add(iris.get(i));
    assertThat(first).containsExactlyElementsOf(even);
    assertThat(second).containsExactlyElementsOf(odd);
    assertThat(firstThreads).containsExactly("keyword-indexer-0");
    assertThat(secondThreads).containsExactly("keyword-indexer-1");
  }

  @Test
  void the_first_failure_is_rethrown_and_no_document_is_indexed_after_it() {
    AtomicInteger after = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    String bad = DOCS.get(3_000).iri();
    IndexingPipeline indexing =
        new IndexingPipeline(
            List.of(
                doc -> {
                  if (failed.get() > 0) after.incrementAndGet();
                  if (doc.iri().equals(bad)) {
                    failed.incrementAndGet();
                    throw new IllegalStateException("cannot index " + doc.iri());
                  }
                }));
    assertThatThrownBy(
            () -> {
              DOCS.forEach(indexing::accept);
              indexing.finish();
            })
        .hasMessage("cannot index " + bad);
    indexing.close();
    // The one indexing thread stops at the failure: nothing after it is indexed.
    assertThat(after.get()).isZero();
  }
}
