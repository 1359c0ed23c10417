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
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link Embedder} on DJL: ONNX Runtime runs the encoder, HuggingFace tokenizers (Rust) split
 * the text. Everything is loaded from local files; DJL is kept offline.
 */
public final class OnnxEmbedder implements Embedder {
  private static final Logger log = LoggerFactory.getLogger(OnnxEmbedder.class);

  private final ModelConfig config;
  private final EmbedderOptions options;
  private final SessionOptions session;
  private final HuggingFaceTokenizer tokenizer;
  private final Model model;
  private final Predictor<PaddedBatch, float[][]> predictor;
  private final int dimension;

  private OnnxEmbedder(ModelFiles files, EmbedderOptions options, SessionOptions session) throws IOException {
    this.config = files.config();
    this.options = options;
    this.session = session;
    this.tokenizer = openTokenizer(files);
    this.model = Model.newInstance(config.id(), Device.cpu(), "OnnxRuntime");
    try {
      model.load(files.onnx().getParent(), files.onnx().getFileName().toString(), Map.of("sessionOptions", session));
    } catch (MalformedModelException e) {
      throw new ModelException("Cannot load " + files.onnx() + ": " + e.getMessage(), e);
    }
    this.predictor = model.newPredictor(new EncoderTranslator(inputNames(model), config));
    this.dimension = embed(tokenize(List.of("dimension probe"), Role.PASSAGE))[0].length;
  }

  /** The bundled all-MiniLM-L6-v2, extracted under {@code cacheRoot} on first use. */
  public static OnnxEmbedder bundled(Path cacheRoot, EmbedderOptions options) {
    DjlOffline.enforce(cacheRoot);
    return open(BundledModel.extract(cacheRoot), cacheRoot, options);
  }

  /** A model directory with {@code model.onnx}, {@code tokenizer.json} and {@code pwckg-model.json}. */
  public static OnnxEmbedder open(ModelFiles files, Path cacheRoot, EmbedderOptions options) {
    DjlOffline.enforce(cacheRoot);
    long start = System.nanoTime();
    SessionOptions session = OrtSettings.sessionOptions(options.threads());
    try {
      OnnxEmbedder embedder = new OnnxEmbedder(files, options, session);
      log.info("Loaded {} ({}-d, {} threads) in {} ms", embedder.modelId(), embedder.dimension,
          options.threads(), (System.nanoTime() - start) / 1_000_000);
      return embedder;
    } catch (IOException | RuntimeException e) {
      session.close();
      if (e instanceof ModelException known) throw known;
      throw new ModelException("Cannot open the model in " + files.onnx().getParent() + ": " + e.getMessage(), e);
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
   * Runs longest texts first in batches of similar length, so padding stays small and the peak
   * memory shows at once rather than at the end.
   */
  @Override
  public synchronized float[][] embed(Tokens tokens) {
    int[] order = IntStream.range(0, tokens.size()).boxed()
        .sorted(Comparator.comparingInt(tokens::length).reversed()).mapToInt(Integer::intValue).toArray();
    float[][] vectors = new float[tokens.size()][];
    for (int from = 0; from < order.length; from += options.batchSize()) {
      int to = Math.min(order.length, from + options.batchSize());
      float[][] batch = run(PaddedBatch.of(tokens, order, from, to));
      for (int r = 0; r < batch.length; r++) vectors[order[from + r]] = batch[r];
    }
    return vectors;
  }

  private float[][] run(PaddedBatch batch) {
    try {
      return predictor.predict(batch);
    } catch (TranslateException e) {
      throw new ModelException("Inference failed on a batch of " + batch.rows() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    predictor.close();
    model.close();
    tokenizer.close();
    session.close();
  }

  private HuggingFaceTokenizer openTokenizer(ModelFiles files) throws IOException {
    // Padding is ours (per sorted batch); the file's own padding/truncation settings are overridden.
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
      throw new ModelException("Expected a BERT-style encoder with inputs among "
          + EncoderTranslator.KNOWN_INPUTS + ", found " + names);
    }
    return names;
  }
}
