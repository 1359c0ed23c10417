package org.pwckg.embed;

import java.nio.file.Path;
import org.pwckg.embed.model.BundledModel;
import org.pwckg.embed.model.EmbedderOptions;
import org.pwckg.embed.model.OnnxEmbedder;

/**
 * The bundled model, extracted once into the build's cache folder (pwckg.cache) rather than the
 * user's.
 */
public final class TestModels {
  private TestModels() {}

  public static Path cacheRoot() {
    return BundledModel.defaultCacheRoot();
  }

  public static OnnxEmbedder minilm() {
    int cores = Runtime.getRuntime().availableProcessors();
    return OnnxEmbedder.bundled(cacheRoot(), new EmbedderOptions(cores, cores, 8));
  }
}
