package org.pwckg.embed.vl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The Python worker ships inside this jar (copied from embed/python at build time) and is written
 * out next to the work it does, so the command needs no checkout of the repository.
 */
public final class WorkerScript {
  public static final String MAIN = "pwckg_vl_worker.py";
  private static final String ROOT = "/org/pwckg/embed/vl/python/";
  private static final List<String> FILES =
      List.of(
          MAIN,
          "pwckg_vl/__init__.py",
          "pwckg_vl/batching.py",
          "pwckg_vl/data.py",
          "pwckg_vl/engine.py",
          "pwckg_vl/inputs.py",
          "pwckg_vl/prompts.py",
          "pwckg_vl/resume.py",
          "pwckg_vl/run.py",
          "pwckg_vl/vecfile.py",
          "requirements.txt");

  private WorkerScript() {}

  /** Writes the worker into {@code dir} and returns the path of its main script. */
  public static Path extract(Path dir) {
    try {
      for (String name : FILES) {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        try (InputStream in = WorkerScript.class.getResourceAsStream(ROOT + name)) {
          if (in == null)
            throw new IllegalStateException("The worker file " + name + " is missing from the jar");
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return dir.resolve(MAIN);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the worker into " + dir, e);
    }
  }
}
