package org.pwckg.embed.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.embed.RealData;
import org.pwckg.embed.TestModels;
import org.pwckg.embed.index.IndexTag;
import org.pwckg.embed.index.VectorIndex;
import org.pwckg.embed.model.OnnxEmbedder;

/** Runs over the titles of the PWC sample papers, in batches of 8 with a commit every 2 batches. */
class EmbedJobTest {
  private static final EmbedJobOptions OPTIONS = new EmbedJobOptions(8, 2);
  private static OnnxEmbedder model;
  private static List<EmbedDoc> docs;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    model = TestModels.minilm();
    docs = RealData.titles().subList(0, 60);
  }

  @AfterAll
  static void close() {
    model.close();
  }

  private VectorIndex index() {
    return VectorIndex.open(dir, new IndexTag(model.modelId(), model.dimension()), false);
  }

  private EmbedJobResult run(CountingEmbedder embedder, Iterator<EmbedDoc> input) {
    try (VectorIndex index = index()) {
      return new EmbedJob(embedder, index, OPTIONS, ProgressListener.NONE).run(input, docs.size());
    }
  }

  @Test
  void every_document_is_embedded_once_and_searchable() {
    CountingEmbedder embedder = new CountingEmbedder(model);
    EmbedJobResult result = run(embedder, docs.iterator());
    assertThat(result.embedded()).isEqualTo(docs.size());
    assertThat(embedder.texts).hasValue(docs.size());
    try (VectorIndex index = index()) {
      assertThat(index.size()).isEqualTo(docs.size());
      EmbedDoc doc = docs.get(17);
      assertThat(index.search(model.embedQuery(doc.text()), 1).get(0).id()).isEqualTo(doc.id());
    }
  }

  @Test
  void a_rerun_skips_every_unchanged_document() {
    run(new CountingEmbedder(model), docs.iterator());
    CountingEmbedder again = new CountingEmbedder(model);
    EmbedJobResult result = run(again, docs.iterator());
    assertThat(result.skipped()).isEqualTo(docs.size());
    assertThat(again.texts).hasValue(0);
  }

  @Test
  void only_documents_whose_text_changed_are_embedded_again() {
    run(new CountingEmbedder(model), docs.iterator());
    List<EmbedDoc> revised = new ArrayList<>(docs);
    revised.set(4, new EmbedDoc(docs.get(4).id(), docs.get(4).text() + " (extended version)"));
    CountingEmbedder again = new CountingEmbedder(model);
    run(again, revised.iterator());
    assertThat(again.texts).hasValue(1);
    try (VectorIndex index = index()) {
      assertThat(index.size()).isEqualTo(docs.size());
      assertThat(index.contains(docs.get(4).id(), TextHash.of(revised.get(4).text()))).isTrue();
    }
  }

  /**
   * The input breaks after 5 batches: the 4 committed batches survive, nothing is embedded twice.
   */
  @Test
  void an_interrupted_run_resumes_without_duplicates_or_re_embedding() {
    CountingEmbedder first = new CountingEmbedder(model);
    assertThatThrownBy(() -> run(first, failingAfter(5 * 8))).hasMessageContaining("input broke");
    assertThat(first.texts).hasValue(5 * 8);
    try (VectorIndex index = index()) {
      assertThat(index.size()).isEqualTo(4 * 8);
    }
    CountingEmbedder second = new CountingEmbedder(model);
    EmbedJobResult result = run(second, docs.iterator());
    assertThat(result.skipped()).isEqualTo(4 * 8);
    assertThat(second.texts).hasValue(docs.size() - 4 * 8);
    try (VectorIndex index = index()) {
      assertThat(index.size()).isEqualTo(docs.size());
      for (EmbedDoc doc : docs)
        assertThat(index.contains(doc.id(), TextHash.of(doc.text()))).isTrue();
    }
  }

  /** The model fails in its 4th batch: the run stops with the first 2 batches committed. */
  @Test
  void a_crash_in_the_model_keeps_the_last_commit() {
    assertThatThrownBy(() -> run(new CountingEmbedder(model, 3), docs.iterator()))
        .hasMessageContaining("simulated crash");
    try (VectorIndex index = index()) {
      assertThat(index.size()).isEqualTo(2 * 8);
    }
  }

  @Test
  void an_index_of_another_model_is_refused() {
    try (VectorIndex index = VectorIndex.open(dir, new IndexTag("other-model", 384), false)) {
      assertThatThrownBy(() -> new EmbedJob(model, index, OPTIONS, ProgressListener.NONE))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static Iterator<EmbedDoc> failingAfter(int count) {
    Iterator<EmbedDoc> all = docs.iterator();
    return new Iterator<>() {
      private int given;

      @Override
      public boolean hasNext() {
        return all.hasNext();
      }

      @Override
      public EmbedDoc next() {
        if (given++ == count) throw new IllegalStateException("input broke");
        return all.next();
      }
    };
  }
}
