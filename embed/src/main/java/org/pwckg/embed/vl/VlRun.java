package org.pwckg.embed.vl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the worker says about its run ({@code run.json} in its output folder, see vecfile.py). */
public record VlRun(
    String format,
    String modelId,
    int dimension,
    int count,
    int chunkSize,
    String inputSha256,
    String torch,
    String transformers) {
  public static final String FILE = "run.json";
  public static final String FORMAT = "pwckg-vl-run/1";

  public static VlRun read(Path vectorsDir) {
    Path file = vectorsDir.resolve(FILE);
    if (!Files.isRegularFile(file))
      throw new VlException("No " + FILE + " in " + vectorsDir + ": the worker did not start");
    try {
      JsonNode n = new ObjectMapper().readTree(file.toFile());
      return new VlRun(
          n.path("format").asText(),
          n.path("model_id").asText(),
          n.path("dim").asInt(),
          n.path("count").asInt(),
          n.path("chunk_size").asInt(),
          n.path("input_sha256").asText(),
          n.path("torch").asText(null),
          n.path("transformers").asText(null));
    } catch (IOException e) {
      throw new VlException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Checks that this run embedded exactly {@code export} with {@code model}. */
  public void requireFor(VlModel model, VlExport.Exported export) {
    require(FORMAT.equals(format), "format " + format + ", expected " + FORMAT);
    require(model.modelId().equals(modelId), "model " + modelId + ", expected " + model.modelId());
    require(
        dimension == model.dimension(),
        "dimension " + dimension + ", expected " + model.dimension());
    require(count == export.ids().size(), count + " rows, the export has " + export.ids().size());
    require(
        export.sha256().equals(inputSha256),
        "input " + inputSha256 + " is not this export (" + export.sha256() + ")");
    require(chunkSize > 0, "chunk size " + chunkSize);
  }

  public int chunks() {
    return (count + chunkSize - 1) / chunkSize;
  }

  private static void require(boolean ok, String what) {
    if (!ok) throw new VlException("The worker's run.json does not match: " + what);
  }
}
