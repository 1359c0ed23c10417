package org.pwckg.embed;

import java.nio.file.Path;
import org.pwckg.embed.model.BundledModel;
import org.pwckg.embed.model.EmbedderOptions;
import org.pwckg.embed.model.OnnxEmbedder;

/**
 * The bundled models, extracted once into the build's cache folder (pwckg.cache) rather than the
 * user's.
 */
public final class TestModels {
  private TestModels() {}

  public static Path cacheRoot() {
    return BundledModel.defaultCacheRoot();
  }

  /** The default bundled model. */
  public static OnnxEmbedder minilm() {
    return bundled(BundledModel.DEFAULT);
  }

  public static OnnxEmbedder bundled(BundledModel model) {
    int cores = Runtime.getRuntime().availableProcessors();
    return OnnxEmbedder.bundled(model, cacheRoot(), new EmbedderOptions(cores, cores, 8));
  }
}
