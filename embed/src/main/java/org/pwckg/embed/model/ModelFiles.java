package org.pwckg.embed.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A model directory: {@code model.onnx}, {@code tokenizer.json} and {@code pwckg-model.json}. */
public record ModelFiles(Path onnx, Path tokenizer, ModelConfig config) {

  public static final String ONNX = "model.onnx";
  public static final String TOKENIZER = "tokenizer.json";

  /** Validates that every file is there before anything is loaded. */
  public static ModelFiles fromDir(Path dir) {
    if (!Files.isDirectory(dir)) throw new ModelException("Model directory not found: " + dir);
    List<String> missing = new ArrayList<>();
    for (String name : List.of(ONNX, TOKENIZER, ModelConfig.FILE_NAME)) {
      if (!Files.isRegularFile(dir.resolve(name))) missing.add(name);
    }
    if (!missing.isEmpty()) {
      throw new ModelException("Model directory " + dir + " lacks " + String.join(", ", missing));
    }
    return new ModelFiles(
        dir.resolve(ONNX),
        dir.resolve(TOKENIZER),
        ModelConfig.read(dir.resolve(ModelConfig.FILE_NAME)));
  }
}
