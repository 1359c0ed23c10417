package org.pwckg.embed.index;

import java.nio.file.Path;
import org.pwckg.embed.model.BundledModel;
import org.pwckg.embed.model.EmbedderOptions;
import org.pwckg.embed.model.ModelFiles;
import org.pwckg.embed.model.OnnxEmbedder;

/**
 * Which text model embeds for a vector index (papers, figure captions): the one its vectors were
 * made with, so that queries and new vectors land in the index's own space. Every command and the
 * server choose through here.
 */
public final class IndexModel {
  private IndexModel() {}

  /**
   * The bundled model whose id the index at {@code path} records; the default for a new or untagged
   * index, and for one of a model that is not bundled (which {@link VectorIndex#open} then refuses
   * with {@link ModelMismatchException}).
   */
  public static BundledModel bundledFor(Path path) {
    return IndexTag.recorded(path)
        .flatMap(tag -> BundledModel.byId(tag.modelId()))
        .orElse(BundledModel.DEFAULT);
  }

  /**
   * The text embedder for the vectors at {@code path}: the model in {@code modelDir} when given
   * (the user's {@code --model-dir}), else {@link #bundledFor} the index.
   */
  public static OnnxEmbedder embedderFor(Path path, Path modelDir, EmbedderOptions options) {
    Path cache = BundledModel.defaultCacheRoot();
    return modelDir == null
        ? OnnxEmbedder.bundled(bundledFor(path), cache, options)
        : OnnxEmbedder.open(ModelFiles.fromDir(modelDir), cache, options);
  }
}
