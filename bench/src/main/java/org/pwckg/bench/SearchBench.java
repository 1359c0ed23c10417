package org.pwckg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pwckg.embed.index.IndexModel;
import org.pwckg.embed.index.IndexTag;
import org.pwckg.embed.index.VectorIndex;
import org.pwckg.embed.job.EmbedDoc;
import org.pwckg.embed.model.BundledModel;
import org.pwckg.embed.model.EmbedderOptions;
import org.pwckg.embed.model.OnnxEmbedder;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.store.DatabaseLayout;
import org.pwckg.ontology.store.TdbDatabase;
import org.pwckg.search.SemanticIndex;
import org.pwckg.search.index.EntityKind;
import org.pwckg.search.index.IndexFields;
import org.pwckg.search.index.KeywordIndex;
import org.pwckg.search.query.FacetCount;
import org.pwckg.search.query.SearchFilters;
import org.pwckg.search.query.SearchMode;
import org.pwckg.search.query.SearchRequest;
import org.pwckg.search.query.SearchService;
import org.pwckg.search.related.RelatedPapers;
import org.pwckg.search.vectors.PaperTexts;
import org.pwckg.search.vectors.PaperVectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Search at archive scale (BENCHMARKS.md, section Search): on a database of the generated full
 * archive (`pwckg generate` + `pwckg ingest`, which builds the keyword index), gives every paper a
 * vector ({@link BenchVectors}: a real-model subset plus vectors derived from it), then measures
 * Recall@10 of the nearest-neighbour search against exact search, search latency per mode at each
 * concurrency (query embedding included), related-papers latency, and index sizes. Prints Markdown.
 */
@Command(name = "search-bench", mixinStandardHelpOptions = true)
public final class SearchBench implements Callable<Integer> {
  @Option(
      names = "--db",
      required = true,
      description = "Database folder with its keyword index (pwckg ingest)")
  Path db;

  @Option(
      names = "--real",
      defaultValue = "2000",
      description = "Papers embedded by the real model")
  int real;

  @Option(
      names = "--sigma",
      defaultValue = "0.03",
      description = "Per-dimension noise of derived vectors")
  double sigma;

  @Option(names = "--recall-queries", defaultValue = "200")
  int recallQueries;

  @Option(names = "--concurrency", split = ",", defaultValue = "1,8")
  List<Integer> concurrency;

  @Option(names = "--seconds", defaultValue = "20")
  int seconds;

  @Option(names = "--warmup", defaultValue = "5")
  int warmup;

  @Option(
      names = "--titles-only",
      description =
          "Embed the title of EVERY paper with the real model (no derived vectors); "
              + "queries are then the first sentence of other papers' abstracts")
  boolean titlesOnly;

  @Option(
      names = "--keyword-only",
      description =
          "Measure keyword search only (no vectors built or needed); queries are the first "
              + "sentence of other papers' abstracts, as with --titles-only")
  boolean keywordOnly;

  @Option(
      names = "--reuse-vectors",
      description =
          "Measure the vectors an earlier run left in the database instead of building them")
  boolean reuse;

  @Option(
      names = "--merge",
      description =
          "Merge the vector index into one segment (as `pwckg embed` does at the end) before measuring")
  boolean merge;

  @Option(
      names = "--candidates",
      split = ",",
      description =
          "Also sweep recall@10 and latency over these candidate counts (re-ranked: twice as many)")
  List<Integer> candidates = new java.util.ArrayList<>();

  public static void main(String[] args) {
    System.exit(new CommandLine(new SearchBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (keywordOnly) {
      try (KeywordIndex keyword = KeywordIndex.open(DatabaseLayout.keywordIndex(db))) {
        keywordLatency(keyword, abstractSentences(keyword));
      }
      return 0;
    }
    DatasetGraph dsg = TdbDatabase.openExisting(db);
    List<EmbedDoc> papers = papers(dsg);
    System.out.printf("%,d papers%n", papers.size());
    List<EmbedDoc> sample = new ArrayList<>(papers);
    Collections.shuffle(sample, new Random(1));
    List<EmbedDoc> realDocs =
        titlesOnly
            ? papers.stream().map(d -> new EmbedDoc(d.id(), title(d))).toList()
            : sample.subList(0, Math.min(real, sample.size()));
    BenchVectors vectors = reuse ? reuseVectors() : buildVectors(papers, realDocs);
    List<String> queries =
        titlesOnly
            ? abstractSentences(sample)
            : sample.subList(real, Math.min(real + 1000, sample.size())).stream()
                .map(SearchBench::title)
                .toList();
    try (KeywordIndex keyword = KeywordIndex.open(DatabaseLayout.keywordIndex(db));
        PaperVectors semantic =
            PaperVectors.open(DatabaseLayout.paperVectors(db), queryEmbedder()).orElseThrow()) {
      List<String> recallSet = queries.subList(0, Math.min(recallQueries, queries.size()));
      recall(semantic, vectors, recallSet);
      for (int c : candidates) sweep(semantic, vectors, recallSet, c);
      latency(
          keyword, semantic, queries, sample.subList(0, 1000).stream().map(EmbedDoc::id).toList());
    }
    sizes();
    return 0;
  }

  /** Every paper with its text as `pwckg embed` reads it (title, then abstract). */
  private static List<EmbedDoc> papers(DatasetGraph dsg) {
    java.util.Map<String, EmbedDoc> byId = new java.util.LinkedHashMap<>();
    long t0 = System.nanoTime();
    Txn.executeRead(
        dsg,
        () -> {
          for (EmbedDoc d : PaperTexts.all(dsg)) byId.putIfAbsent(d.id(), d);
        });
    System.out.printf(
        "read %,d paper texts in %.1f s%n", byId.size(), (System.nanoTime() - t0) / 1e9);
    return new ArrayList<>(byId.values());
  }

  private BenchVectors buildVectors(List<EmbedDoc> papers, List<EmbedDoc> realDocs) {
    long t0 = System.nanoTime();
    int cores = Runtime.getRuntime().availableProcessors();
    try (OnnxEmbedder embedder =
            OnnxEmbedder.bundled(BundledModel.defaultCacheRoot(), EmbedderOptions.forBulk(cores));
        VectorIndex index =
            VectorIndex.open(
                DatabaseLayout.paperVectors(db),
                new IndexTag(embedder.modelId(), embedder.dimension()),
                true)) {
      BenchVectors v =
          BenchVectors.build(
              embedder, realDocs, papers.stream().map(EmbedDoc::id).toList(), sigma, 7, index);
      System.out.printf(
          "vectors: %,d (%,d from the real model, the rest derived, sigma %.3f) built in %.0f s%n",
          papers.size(), realDocs.size(), sigma, (System.nanoTime() - t0) / 1e9);
      return v;
    }
  }

  private static String title(EmbedDoc d) {
    return d.text().lines().findFirst().orElse("");
  }

  private static List<String> abstractSentences(List<EmbedDoc> sample) {
    return sample.stream()
        .map(SearchBench::firstSentenceOfAbstract)
        .filter(q -> !q.isBlank())
        .limit(1000)
        .toList();
  }

  /**
   * The first sentences of 1,000 papers' abstracts drawn from the keyword index (seeded): the same
   * queries as {@link #abstractSentences(List)} draws from the graph, in seconds instead of
   * minutes.
   */
  private static List<String> abstractSentences(KeywordIndex keyword) {
    return keyword.withSearcher(
        searcher -> {
          Random random = new Random(1);
          List<String> out = new ArrayList<>();
          int maxDoc = searcher.getIndexReader().maxDoc();
          for (int tries = 0; out.size() < 1000 && tries < 100 * 1000; tries++) {
            var doc = searcher.storedFields().document(random.nextInt(maxDoc));
            String text = doc.get(IndexFields.TEXT);
            if (!EntityKind.PAPER.code().equals(doc.get(IndexFields.KIND)) || text == null)
              continue;
            String q = firstSentence(text);
            if (!q.isBlank()) out.add(q);
          }
          return out;
        });
  }

  /** A query in other words than any indexed title: the opening sentence of a paper's abstract. */
  private static String firstSentenceOfAbstract(EmbedDoc d) {
    int start = d.text().indexOf("\n\n");
    return start < 0 ? "" : firstSentence(d.text().substring(start + 2));
  }

  private static String firstSentence(String text) {
    int end = text.indexOf(". ");
    return (end < 0 ? text : text.substring(0, end + 1)).strip();
  }

  private BenchVectors reuseVectors() {
    long t0 = System.nanoTime();
    try (OnnxEmbedder embedder = queryEmbedder();
        VectorIndex index =
            VectorIndex.open(
                DatabaseLayout.paperVectors(db),
                new IndexTag(embedder.modelId(), embedder.dimension()),
                false)) {
      if (merge) {
        System.out.printf("vector index: %d segments; merging…%n", index.segments());
        long m0 = System.nanoTime();
        index.mergeSegments();
        System.out.printf(
            "merged into %d segment in %.0f s%n", index.segments(), (System.nanoTime() - m0) / 1e9);
      }
      BenchVectors v = BenchVectors.fromIndex(index);
      System.out.printf(
          "vectors: %,d read back from the index (%d segments) in %.0f s%n",
          index.size(), index.segments(), (System.nanoTime() - t0) / 1e9);
      return v;
    }
  }

  /** Recall@10 and single-query latency when {@code candidates} neighbours are asked for. */
  private static void sweep(
      SemanticIndex semantic, BenchVectors vectors, List<String> queries, int candidates) {
    List<float[]> embedded = queries.stream().map(semantic::embedQuery).toList();
    double sum = 0;
    long nanos = 0;
    for (float[] v : embedded) {
      long t0 = System.nanoTime();
      List<String> approx =
          semantic.nearest(v, candidates, null).stream()
              .limit(10)
              .map(SemanticIndex.Neighbour::iri)
              .toList();
      nanos += System.nanoTime() - t0;
      List<String> exact = vectors.exact(v, 10);
      sum += approx.stream().filter(exact::contains).count() / 10.0;
    }
    System.out.printf(
        "candidates %d: recall@10 %.4f, mean %.2f ms per nearest-neighbour search (embedding excluded)%n",
        candidates, sum / queries.size(), nanos / 1e6 / queries.size());
  }

  /** The query embedder of the model the vectors were made with (the bench may reuse old ones). */
  private OnnxEmbedder queryEmbedder() {
    return IndexModel.embedderFor(
        DatabaseLayout.paperVectors(db), null, EmbedderOptions.forQueries());
  }

  /**
   * Recall@10 of the product's nearest-neighbour search (1-bit codes scanned, the best re-ranked on
   * floats; HNSW on an index of the old format) against exact.
   */
  private static void recall(SemanticIndex semantic, BenchVectors vectors, List<String> queries) {
    double sum = 0;
    for (String q : queries) {
      float[] v = semantic.embedQuery(q);
      List<String> exact = vectors.exact(v, 10);
      List<String> approx =
          semantic.nearest(v, 10, null).stream().map(SemanticIndex.Neighbour::iri).toList();
      sum += approx.stream().filter(exact::contains).count() / 10.0;
    }
    System.out.printf(
        "%nrecall@10 against exact search: %.4f over %d queries (real model)%n",
        sum / queries.size(), queries.size());
    nearTies(semantic, vectors, queries);
  }

  private void latency(
      KeywordIndex keyword, PaperVectors semantic, List<String> queries, List<String> papers)
      throws InterruptedException {
    SearchService service = new SearchService(keyword, Optional.of(semantic), Iris.DEFAULT);
    RelatedPapers related = new RelatedPapers(keyword, Optional.of(semantic));
    System.out.println("\n| what | concurrency | calls/s | p50 ms | p99 ms | mean ms | calls |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (SearchMode mode : SearchMode.values()) {
      for (int c : concurrency) {
        measure(
            "search " + mode.code(), queries, q -> service.search(SearchRequest.of(q, mode)), c);
      }
    }
    semanticFiltered(service, queries);
    for (int c : concurrency) {
      measure("related papers (k=10)", papers, p -> related.of(p, 10), c);
    }
    for (int c : concurrency) {
      measure("query embedding alone", queries, semantic::embedQuery, c);
    }
  }

  /**
   * How far apart the exact neighbours lie: when ranks 10 and 11 are closer than a quantised
   * scoring error, recall@10 measures near-ties more than the index (vectors of texts without
   * topics, such as generated abstracts).
   */
  private static void nearTies(SemanticIndex semantic, BenchVectors vectors, List<String> queries) {
    double[] gaps = new double[queries.size()];
    double[] spreads = new double[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      float[] top = vectors.exactScores(semantic.embedQuery(queries.get(i)), 11);
      gaps[i] = top[9] - top[10];
      spreads[i] = top[0] - top[9];
    }
    java.util.Arrays.sort(gaps);
    java.util.Arrays.sort(spreads);
    System.out.printf(
        "exact neighbours: cosine of rank 10 minus rank 11, median %.4f (min %.4f, max %.4f);"
            + " rank 1 minus rank 10, median %.4f%n",
        gaps[gaps.length / 2], gaps[0], gaps[gaps.length - 1], spreads[spreads.length / 2]);
  }

  /**
   * Semantic search with a filter, both ways it runs: a broad filter (papers with code) widens the
   * neighbours until the page is full; a task's few thousand papers restrict the vector search to
   * them. The task is the one of the index's ten largest whose paper count is nearest 2,000.
   */
  private void semanticFiltered(SearchService service, List<String> queries)
      throws InterruptedException {
    SearchFilters withCode = SearchFilters.none().withHasCode(true);
    FacetCount task =
        service.search(SearchRequest.of("", SearchMode.KEYWORD)).facets().get("task").stream()
            .min(java.util.Comparator.comparingLong(t -> Math.abs(t.count() - 2_000)))
            .orElseThrow();
    SearchFilters oneTask = SearchFilters.none().withTask(task.value());
    for (int c : concurrency) {
      measure(
          "search semantic, with code",
          queries,
          q -> service.search(SearchRequest.of(q, SearchMode.SEMANTIC).withFilters(withCode)),
          c);
      measure(
          String.format("search semantic, one task (%,d papers)", task.count()),
          queries,
          q -> service.search(SearchRequest.of(q, SearchMode.SEMANTIC).withFilters(oneTask)),
          c);
    }
  }

  /**
   * Keyword search as the API runs it (first page of 10, facets), then the same queries with a
   * filter (papers with code) and the two to four word queries people type.
   */
  private void keywordLatency(KeywordIndex keyword, List<String> sentences)
      throws InterruptedException {
    SearchService service = new SearchService(keyword, Optional.empty(), Iris.DEFAULT);
    List<String> shortQueries = sentences.stream().map(SearchBench::firstWords).toList();
    SearchFilters withCode = SearchFilters.none().withHasCode(true);
    System.out.println("\n| what | concurrency | calls/s | p50 ms | p99 ms | mean ms | calls |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (int c : concurrency) {
      measure(
          "search keyword, a sentence",
          sentences,
          q -> service.search(SearchRequest.of(q, SearchMode.KEYWORD)),
          c);
      measure(
          "search keyword, a sentence, with code",
          sentences,
          q -> service.search(SearchRequest.of(q, SearchMode.KEYWORD).withFilters(withCode)),
          c);
      measure(
          "search keyword, first three words",
          shortQueries,
          q -> service.search(SearchRequest.of(q, SearchMode.KEYWORD)),
          c);
    }
  }

  private static String firstWords(String sentence) {
    String[] words = sentence.split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
  }

  /** One row of the table: {@code call} on each of {@code inputs} in turn, {@code c} at a time. */
  private <T> void measure(String what, List<T> inputs, Consumer<T> call, int c)
      throws InterruptedException {
    row(
        what,
        ClosedLoop.run(inputs, call, c, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds)));
  }

  private static void row(String what, ClosedLoop.Timing t) {
    System.out.printf(
        "| %s | %d | %.1f | %.2f | %.2f | %.2f | %d |%n",
        what, t.concurrency(), t.throughput(), t.p50(), t.p99(), t.mean(), t.calls());
  }

  private void sizes() throws IOException {
    System.out.printf(
        "%nkeyword index %s: %,d bytes%n",
        DatabaseLayout.keywordIndex(db), size(DatabaseLayout.keywordIndex(db), ""));
    Path vectors = DatabaseLayout.paperVectors(db);
    System.out.printf("vector index %s: %,d bytes; by file type:%n", vectors, size(vectors, ""));
    try (Stream<Path> files = Files.list(vectors)) {
      files
          .filter(Files::isRegularFile)
          .collect(
              java.util.stream.Collectors.groupingBy(
                  p -> p.getFileName().toString().replaceAll("^.*\\.", "."),
                  java.util.TreeMap::new,
                  java.util.stream.Collectors.summingLong(p -> p.toFile().length())))
          .forEach((ext, bytes) -> System.out.printf("  %s %,d%n", ext, bytes));
    }
  }

  private static long size(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(suffix))
          .mapToLong(p -> p.toFile().length())
          .sum();
    }
  }
}
