package org.pwckg.embed.model;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import ai.onnxruntime.OrtSession.SessionOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link Embedder} on DJL: ONNX Runtime runs the encoder, HuggingFace tokenizers (Rust) split
 * the text. Everything is loaded from local files; DJL is kept offline. Thread-safe: one ONNX
 * Runtime session serves {@link EmbedderOptions#workers()} inferences at once.
 */
public final class OnnxEmbedder implements Embedder {
  private static final Logger log = LoggerFactory.getLogger(OnnxEmbedder.class);

  private final ModelConfig config;
  private final EmbedderOptions options;
  private final SessionOptions session;
  private final HuggingFaceTokenizer tokenizer;
  private final Model model;
  private final BlockingQueue<Predictor<PaddedBatch, float[][]>> predictors;
  private final Workers workers;
  private final int dimension;

  private OnnxEmbedder(ModelFiles files, EmbedderOptions options, SessionOptions session)
      throws IOException {
    this.config = files.config();
    this.options = options;
    this.session = session;
    this.tokenizer = openTokenizer(files);
    this.model = Model.newInstance(config.id(), Device.cpu(), "OnnxRuntime");
    try {
      model.load(
          files.onnx().getParent(),
          files.onnx().getFileName().toString(),
          Map.of("sessionOptions", session));
    } catch (MalformedModelException e) {
      throw new ModelException("Cannot load " + files.onnx() + ": " + e.getMessage(), e);
    }
    EncoderTranslator translator = new EncoderTranslator(inputNames(model), config);
    this.predictors = new ArrayBlockingQueue<>(options.workers());
    for (int i = 0; i < options.workers(); i++) predictors.add(model.newPredictor(translator));
    this.workers = new Workers(options.workers());
    this.dimension = embed(tokenize(List.of("dimension probe"), Role.PASSAGE))[0].length;
  }

  /** The default bundled model, extracted under {@code cacheRoot} on first use. */
  public static OnnxEmbedder bundled(Path cacheRoot, EmbedderOptions options) {
    return bundled(BundledModel.DEFAULT, cacheRoot, options);
  }

  /** A bundled model, extracted under {@code cacheRoot} on first use. */
  public static OnnxEmbedder bundled(
      BundledModel bundled, Path cacheRoot, EmbedderOptions options) {
    DjlOffline.enforce(cacheRoot);
    return open(bundled.extract(cacheRoot), cacheRoot, options);
  }

  /**
   * A model directory with {@code model.onnx}, {@code tokenizer.json} and {@code pwckg-model.json}.
   */
  public static OnnxEmbedder open(ModelFiles files, Path cacheRoot, EmbedderOptions options) {
    DjlOffline.enforce(cacheRoot);
    long start = System.nanoTime();
    SessionOptions session = OrtSettings.sessionOptions(options.threadsPerWorker());
    try {
      OnnxEmbedder embedder = new OnnxEmbedder(files, options, session);
      log.info(
          "Loaded {} ({}-d; {} worker(s) × {} thread(s)) in {} ms",
          embedder.modelId(),
          embedder.dimension,
          options.workers(),
          options.threadsPerWorker(),
          (System.nanoTime() - start) / 1_000_000);
      return embedder;
    } catch (IOException | RuntimeException e) {
      session.close();
      if (e instanceof ModelException known) throw known;
      throw new ModelException(
          "Cannot open the model in " + files.onnx().getParent() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String modelId() {
    return config.id();
  }

  @Override
  public int dimension() {
    return dimension;
  }

  public ModelConfig config() {
    return config;
  }

  @Override
  public Tokens tokenize(List<String> texts, Role role) {
    String prefix = config.prefix(role);
    List<String> prefixed = prefix.isEmpty() ? texts : texts.stream().map(t -> prefix + t).toList();
    Encoding[] encodings = tokenizer.batchEncode(prefixed);
    long[][] ids = new long[encodings.length][];
    long[][] typeIds = new long[encodings.length][];
    for (int i = 0; i < encodings.length; i++) {
      ids[i] = encodings[i].getIds();
      typeIds[i] = encodings[i].getTypeIds();
    }
    return new Tokens(ids, typeIds);
  }

  /**
   * Runs longest texts first in batches of similar length, so padding stays small, the peak memory
   * shows at once, and the short batches at the end even out the workers. A model with dynamic
   * quantisation runs one text per inference ({@link ModelConfig#dynamicQuantization()}).
   */
  @Override
  public float[][] embed(Tokens tokens) {
    int[] order =
        IntStream.range(0, tokens.size())
            .boxed()
            .sorted(Comparator.comparingInt(tokens::length).reversed())
            .mapToInt(Integer::intValue)
            .toArray();
    float[][] vectors = new float[tokens.size()][];
    List<Runnable> batches = new ArrayList<>();
    int size = config.dynamicQuantization() ? 1 : options.batchSize();
    for (int from = 0; from < order.length; from += size) {
      PaddedBatch batch = PaddedBatch.of(tokens, order, from, Math.min(order.length, from + size));
      int first = from;
      batches.add(
          () -> {
            float[][] out = run(batch);
            for (int r = 0; r < out.length; r++) vectors[order[first + r]] = out[r];
          });
    }
    workers.runAll(batches);
    return vectors;
  }

  private float[][] run(PaddedBatch batch) {
    Predictor<PaddedBatch, float[][]> predictor = take();
    try {
      return predictor.predict(batch);
    } catch (TranslateException e) {
      throw new ModelException(
          "Inference failed on a batch of " + batch.rows() + ": " + e.getMessage(), e);
    } finally {
      predictors.add(predictor);
    }
  }

  private Predictor<PaddedBatch, float[][]> take() {
    try {
      return predictors.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelException("Interrupted while waiting for the model", e);
    }
  }

  @Override
  public void close() {
    workers.close();
    predictors.forEach(Predictor::close);
    model.close();
    tokenizer.close();
    session.close();
  }

  private HuggingFaceTokenizer openTokenizer(ModelFiles files) throws IOException {
    // Padding is ours (per sorted batch); the file's own padding/truncation settings are
    // overridden.
    return HuggingFaceTokenizer.builder()
        .optTokenizerPath(files.tokenizer())
        .optAddSpecialTokens(true)
        .optPadding(false)
        .optTruncation(true)
        .optMaxLength(config.maxTokens())
        .build();
  }

  private static List<String> inputNames(Model model) {
    List<String> names = new ArrayList<>(model.describeInput().keys());
    if (!names.contains("input_ids") || !EncoderTranslator.KNOWN_INPUTS.containsAll(names)) {
      throw new ModelException(
          "Expected a BERT-style encoder with inputs among "
              + EncoderTranslator.KNOWN_INPUTS
              + ", found "
              + names);
    }
    return names;
  }
}
