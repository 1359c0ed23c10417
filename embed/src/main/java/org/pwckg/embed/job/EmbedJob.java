package org.pwckg.embed.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.pwckg.embed.index.VectorIndex;
import org.pwckg.embed.model.Embedder;
import org.pwckg.embed.model.Role;
import org.pwckg.embed.model.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeds documents into a {@link VectorIndex}, skipping those whose text and model are unchanged.
 *
 * <p>Two threads: the caller's reads the documents (a graph query may only be read on the thread
 * that opened its transaction), checks the index and tokenises; a worker runs the model and writes
 * the index. The queue between them holds two batches, so tokenising overlaps inference.
 *
 * <p>Resumable: the index is committed every {@link EmbedJobOptions#commitEvery()} batches and at
 * the end. A run that fails or is killed keeps its last commit; the next run skips what it holds.
 */
public final class EmbedJob {
  private static final Logger log = LoggerFactory.getLogger(EmbedJob.class);

  private final Embedder embedder;
  private final VectorIndex index;
  private final EmbedJobOptions options;
  private final ProgressListener progress;

  public EmbedJob(
      Embedder embedder, VectorIndex index, EmbedJobOptions options, ProgressListener progress) {
    if (!embedder.modelId().equals(index.tag().modelId())) {
      throw new IllegalArgumentException(
          "Index is for " + index.tag() + ", embedder is " + embedder.modelId());
    }
    this.embedder = embedder;
    this.index = index;
    this.options = options;
    this.progress = progress;
  }

  /** Embeds every document of {@code docs}; {@code expected} (or -1) sizes the progress bar. */
  public EmbedJobResult run(Iterator<EmbedDoc> docs, long expected) {
    long start = System.nanoTime();
    progress.start(expected);
    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(2);
    ExecutorService worker =
        Executors.newSingleThreadExecutor(Thread.ofPlatform().name("embed-model").factory());
    try {
      Future<Written> written = worker.submit(new Writer(queue));
      Read read = read(docs, queue, written);
      Written done = await(written);
      mergeSegments();
      EmbedJobResult result =
          new EmbedJobResult(
              read.docs(),
              done.docs(),
              read.skipped(),
              done.tokens(),
              Duration.ofNanos(System.nanoTime() - start));
      log.info(
          "Embedded {} of {} documents ({} unchanged) in {} s, {} docs/s",
          result.embedded(),
          result.read(),
          result.skipped(),
          result.elapsed().toSeconds(),
          String.format("%.1f", result.docsPerSecond()));
      return result;
    } finally {
      worker.shutdownNow();
      progress.close();
    }
  }

  /**
   * A long run leaves a dozen segments, and a search scans and re-ranks each one's codes in turn;
   * one segment is one scan. An index of the older HNSW format is rewritten into codes here too,
   * even by a run that embedded nothing. Merging 578k vectors takes about 15 s on two cores.
   */
  private void mergeSegments() {
    if (index.merged()) return;
    long start = System.nanoTime();
    index.mergeSegments();
    log.info(
        "Merged the vector index into one segment in {} s",
        (System.nanoTime() - start) / 1_000_000_000);
  }

  private record Read(long docs, long skipped) {}

  private record Written(long docs, long tokens) {}

  private Read read(Iterator<EmbedDoc> docs, BlockingQueue<Batch> queue, Future<Written> written) {
    long read = 0;
    long skipped = 0;
    List<EmbedDoc> pending = new ArrayList<>(options.docsPerBatch());
    try {
      while (docs.hasNext()) {
        EmbedDoc doc = docs.next();
        read++;
        if (index.contains(doc.id(), TextHash.of(doc.text()))) {
          skipped++;
          progress.skipped(1);
          continue;
        }
        pending.add(doc);
        if (pending.size() == options.docsPerBatch()) {
          hand(queue, batch(pending), written);
          pending = new ArrayList<>(options.docsPerBatch());
        }
      }
      if (!pending.isEmpty()) hand(queue, batch(pending), written);
      hand(queue, Batch.END, written);
      return new Read(read, skipped);
    } catch (RuntimeException e) {
      // Let the worker finish what is queued, then stop without the final commit, as a crash would.
      handQuietly(queue, Batch.ABORT, written);
      throw e;
    }
  }

  private Batch batch(List<EmbedDoc> docs) {
    List<String> texts = docs.stream().map(EmbedDoc::text).toList();
    return new Batch(
        docs, texts.stream().map(TextHash::of).toList(), embedder.tokenize(texts, Role.PASSAGE));
  }

  /** Queues a batch, failing fast if the worker died instead of blocking forever. */
  private static void hand(BlockingQueue<Batch> queue, Batch batch, Future<Written> written) {
    try {
      while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
        if (written.isDone()) {
          await(written);
          throw new IllegalStateException("The embedding worker stopped early");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbedJobException("Interrupted", e);
    }
  }

  private static void handQuietly(
      BlockingQueue<Batch> queue, Batch batch, Future<Written> written) {
    try {
      hand(queue, batch, written);
      written.get();
    } catch (RuntimeException | InterruptedException | ExecutionException ignored) {
      // The original failure is the one worth reporting.
    }
  }

  private static Written await(Future<Written> written) {
    try {
      return written.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbedJobException("Interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) throw runtime;
      throw new EmbedJobException("Embedding failed: " + e.getCause(), e.getCause());
    }
  }

  /** A tokenised batch, or one of the two markers that end the queue. */
  private record Batch(List<EmbedDoc> docs, List<String> hashes, Tokens tokens) {
    static final Batch END = new Batch(List.of(), List.of(), null);
    static final Batch ABORT = new Batch(List.of(), List.of(), null);
  }

  /** The worker: embeds and writes batches, committing every so often. */
  private final class Writer implements Callable<Written> {
    private final BlockingQueue<Batch> queue;

    Writer(BlockingQueue<Batch> queue) {
      this.queue = queue;
    }

    @Override
    public Written call() throws InterruptedException {
      long docs = 0;
      long tokens = 0;
      for (long batches = 1; ; batches++) {
        Batch batch = queue.take();
        if (batch == Batch.ABORT) return new Written(docs, tokens);
        if (batch == Batch.END) {
          index.commit();
          return new Written(docs, tokens);
        }
        write(batch);
        docs += batch.docs().size();
        tokens += batch.tokens().totalTokens();
        if (batches % options.commitEvery() == 0) index.commit();
        progress.embedded(batch.docs().size());
      }
    }

    private void write(Batch batch) {
      float[][] vectors = embedder.embed(batch.tokens());
      for (int i = 0; i < vectors.length; i++) {
        index.upsert(batch.docs().get(i).id(), vectors[i], batch.hashes().get(i));
      }
    }
  }
}
