package org.pwckg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.pwckg.embed.index.VectorIndex;
import org.pwckg.embed.job.EmbedDoc;
import org.pwckg.embed.job.TextHash;
import org.pwckg.embed.model.Embedder;
import org.pwckg.embed.model.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vectors for every paper of a full-scale database without embedding 576k abstracts on two CPU
 * cores (hours): {@code real} papers are embedded by the real model; every other paper gets a
 * vector near one of them, {@code normalise(a + u·b + σ·g)} with a and b two real vectors drawn at
 * random, u uniform in [0, 0.5) and g Gaussian, so the set has the real vectors' topical clusters
 * and a continuum between them. All vectors are also kept in memory, row-major, for exact search.
 */
final class BenchVectors {
  private static final Logger log = LoggerFactory.getLogger(BenchVectors.class);

  private static final int CHUNK = 20_000;

  private final int dimension;
  private final float[] all;
  private final List<String> ids;

  private BenchVectors(int dimension, float[] all, List<String> ids) {
    this.dimension = dimension;
    this.all = all;
    this.ids = ids;
  }

  /**
   * Embeds {@code realDocs}, derives vectors for the other {@code ids}, writes them all into {@code
   * index}.
   */
  static BenchVectors build(
      Embedder embedder,
      List<EmbedDoc> realDocs,
      List<String> ids,
      double sigma,
      long seed,
      VectorIndex index) {
    int d = embedder.dimension();
    long t0 = System.nanoTime();
    float[][] real = new float[realDocs.size()][];
    for (int from = 0; from < real.length; from += CHUNK) {
      List<String> texts =
          realDocs.subList(from, Math.min(real.length, from + CHUNK)).stream()
              .map(EmbedDoc::text)
              .toList();
      float[][] chunk = embedder.embed(texts, Role.PASSAGE);
      System.arraycopy(chunk, 0, real, from, chunk.length);
      log.info(
          "Embedded {} of {} real papers in {} s",
          from + chunk.length,
          real.length,
          (System.nanoTime() - t0) / 1_000_000_000);
    }
    java.util.Map<String, float[]> byId = new java.util.HashMap<>();
    for (int i = 0; i < real.length; i++) byId.put(realDocs.get(i).id(), real[i]);
    float[] all = new float[Math.multiplyExact(ids.size(), d)];
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < ids.size(); i++) {
      float[] v =
          byId.containsKey(ids.get(i)) ? byId.get(ids.get(i)) : near(real, random, sigma, d);
      System.arraycopy(v, 0, all, i * d, d);
      index.upsert(ids.get(i), v, TextHash.of(byId.containsKey(ids.get(i)) ? "real" : "synthetic"));
      if ((i + 1) % 50_000 == 0) {
        index.commit();
        log.info("{} vectors written", i + 1);
      }
    }
    index.commit();
    return new BenchVectors(d, all, List.copyOf(ids));
  }

  /** The vectors an earlier run wrote into {@code index}, for exact search over the same set. */
  static BenchVectors fromIndex(VectorIndex index) {
    int d = index.tag().dimension();
    List<String> ids = new ArrayList<>(index.size());
    float[] all = new float[Math.multiplyExact(index.size(), d)];
    index.forEach(
        (id, v) -> {
          System.arraycopy(v, 0, all, ids.size() * d, d);
          ids.add(id);
        });
    return new BenchVectors(d, all, List.copyOf(ids));
  }

  private static float[] near(float[][] real, SplittableRandom random, double sigma, int d) {
    float[] a = real[random.nextInt(real.length)];
    float[] b = real[random.nextInt(real.length)];
    double u = random.nextDouble() * 0.5;
    float[] v = new float[d];
    double norm = 0;
    for (int j = 0; j < d; j++) {
      double x = a[j] + u * b[j] + sigma * gaussian(random);
      v[j] = (float) x;
      norm += x * x;
    }
    float inv = (float) (1 / Math.sqrt(norm));
    for (int j = 0; j < d; j++) v[j] *= inv;
    return v;
  }

  private static double gaussian(SplittableRandom random) {
    double u1 = random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  }

  /**
   * The ids of the exact {@code k} nearest vectors by dot product (= cosine on unit vectors), best
   * first.
   */
  List<String> exact(float[] query, int k) {
    List<String> out = new ArrayList<>(k);
    for (int i : top(query, k).rows()) out.add(ids.get(i));
    return out;
  }

  /** The cosines of the {@code k} nearest vectors to {@code query}, best first (exact search). */
  float[] exactScores(float[] query, int k) {
    return top(query, k).scores();
  }

  private record Top(int[] rows, float[] scores) {}

  private Top top(float[] query, int k) {
    int n = ids.size();
    int[] best = new int[k];
    float[] scores = new float[k];
    java.util.Arrays.fill(scores, Float.NEGATIVE_INFINITY);
    for (int i = 0; i < n; i++) {
      float s = dot(query, i * dimension);
      if (s <= scores[k - 1]) continue;
      int at = k - 1;
      while (at > 0 && scores[at - 1] < s) {
        scores[at] = scores[at - 1];
        best[at] = best[at - 1];
        at--;
      }
      scores[at] = s;
      best[at] = i;
    }
    return new Top(best, scores);
  }

  private float dot(float[] q, int offset) {
    float s = 0;
    for (int j = 0; j < dimension; j++) s += q[j] * all[offset + j];
    return s;
  }
}
