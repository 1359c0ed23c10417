package org.pwckg.embed.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.embed.RealData;
import org.pwckg.embed.TestModels;
import org.pwckg.embed.job.EmbedDoc;
import org.pwckg.embed.job.TextHash;
import org.pwckg.embed.model.BundledModel;
import org.pwckg.embed.model.OnnxEmbedder;
import org.pwckg.embed.model.Role;

/**
 * The index's search (1-bit codes scanned, the best re-ranked on floats) against exact search, on
 * the abstracts of the PWC sample (their first 300 characters, which keeps the test fast) with the
 * titles as queries.
 */
class NearestRecallTest {
  private static final int K = 10;

  @TempDir Path dir;

  @Test
  void search_finds_almost_every_exact_nearest_neighbour() {
    List<EmbedDoc> papers = RealData.papers();
    float[][] vectors;
    float[][] queries;
    try (OnnxEmbedder embedder = TestModels.minilm()) {
      vectors = embedder.embed(papers.stream().map(p -> opening(p.text())).toList(), Role.PASSAGE);
      queries = embedder.embed(RealData.titles().stream().map(EmbedDoc::text).toList(), Role.QUERY);
    }
    try (VectorIndex index =
        VectorIndex.open(dir, new IndexTag(BundledModel.DEFAULT.id(), 384), false)) {
      for (int i = 0; i < papers.size(); i++)
        index.upsert(papers.get(i).id(), vectors[i], TextHash.of(papers.get(i).text()));
      index.commit();
      double found = 0;
      for (float[] query : queries) {
        Set<String> exact = exactTop(query, vectors, papers);
        found += index.search(query, K).stream().filter(hit -> exact.contains(hit.id())).count();
      }
      assertThat(found / (K * queries.length)).isGreaterThanOrEqualTo(0.98);
    }
  }

  private static String opening(String text) {
    return text.substring(0, Math.min(300, text.length()));
  }

  private static Set<String> exactTop(float[] query, float[][] vectors, List<EmbedDoc> papers) {
    return new HashSet<>(
        IntStream.range(0, vectors.length)
            .boxed()
            .sorted(Comparator.comparingDouble(i -> -VectorIndexTest.dot(query, vectors[i])))
            .limit(K)
            .map(i -> papers.get(i).id())
            .toList());
  }
}
