package org.pwckg.ingest.dump;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.pwckg.ingest.IngestException;

/** Turns the command-line arguments (files and folders) into dump files in dependency order. */
public final class DumpFiles {
  private DumpFiles() {}

  /** A folder means every dump file directly in it; a file must be named like a dump. */
  public static List<DumpFile> resolve(List<Path> arguments) {
    List<DumpFile> files = new ArrayList<>();
    for (Path arg : arguments) {
      if (Files.isDirectory(arg)) files.addAll(inFolder(arg));
      else if (Files.isRegularFile(arg)) files.add(ofFile(arg));
      else throw new IngestException("No such file or folder: " + arg);
    }
    if (files.isEmpty()) throw new IngestException("No dump files found in " + arguments);
    files.sort(Comparator.comparing(DumpFile::kind).thenComparing(f -> f.path().toString()));
    return List.copyOf(files);
  }

  private static DumpFile ofFile(Path file) {
    String name = file.getFileName().toString();
    DumpKind kind =
        DumpKind.ofFileName(name)
            .orElseThrow(
                () ->
                    new IngestException(
                        "Not a dump file name: "
                            + name
                            + " (expected one of "
                            + "papers-with-abstracts, methods, datasets, links-between-papers-and-code, "
                            + "evaluation-tables, as .json or .json.gz)"));
    return new DumpFile(file, kind);
  }

  private static List<DumpFile> inFolder(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(p -> DumpKind.ofFileName(p.getFileName().toString()).isPresent())
          .map(DumpFiles::ofFile)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
