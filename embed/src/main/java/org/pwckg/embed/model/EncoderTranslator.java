package org.pwckg.embed.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.util.List;

/**
 * Feeds a padded batch to a BERT-style ONNX encoder by input name and pools its token states.
 * Pooling runs in Java on the copied output: ONNX Runtime's NDArray has few operators and would
 * need a second engine for them.
 */
final class EncoderTranslator implements NoBatchifyTranslator<PaddedBatch, float[][]> {
  static final List<String> KNOWN_INPUTS = List.of("input_ids", "attention_mask", "token_type_ids");

  private final List<String> inputNames;
  private final ModelConfig config;

  EncoderTranslator(List<String> inputNames, ModelConfig config) {
    this.inputNames = inputNames;
    this.config = config;
  }

  @Override
  public NDList processInput(TranslatorContext ctx, PaddedBatch batch) {
    ctx.setAttachment("batch", batch);
    NDManager manager = ctx.getNDManager();
    Shape shape = new Shape(batch.rows(), batch.width());
    NDList inputs = new NDList(inputNames.size());
    for (String name : inputNames) {
      long[] data =
          switch (name) {
            case "input_ids" -> batch.ids();
            case "attention_mask" -> batch.mask();
            case "token_type_ids" -> batch.typeIds();
            default -> throw new ModelException("Unsupported model input " + name);
          };
      NDArray array = manager.create(data, shape);
      array.setName(name);
      inputs.add(array);
    }
    return inputs;
  }

  @Override
  public float[][] processOutput(TranslatorContext ctx, NDList outputs) {
    NDArray hidden = tokenStates(outputs);
    int dim = (int) hidden.getShape().get(2);
    PaddedBatch batch = (PaddedBatch) ctx.getAttachment("batch");
    return Pooler.pool(hidden.toFloatArray(), batch, dim, config.pooling(), config.normalize());
  }

  private static NDArray tokenStates(NDList outputs) {
    NDArray named = outputs.get("last_hidden_state");
    if (named != null) return named;
    for (NDArray array : outputs) {
      if (array.getShape().dimension() == 3) return array;
    }
    throw new ModelException("The model has no [batch, tokens, hidden] output to pool");
  }
}
