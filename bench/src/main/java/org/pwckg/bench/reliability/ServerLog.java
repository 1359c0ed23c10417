package org.pwckg.bench.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the server logged during a run: its error lines and stack-trace lines, counted. */
record ServerLog(long lines, long errors, long stackFrames) {
  static ServerLog read(Path log) throws IOException {
    long lines = 0;
    long errors = 0;
    long frames = 0;
    try (Stream<String> all = Files.lines(log, StandardCharsets.ISO_8859_1)) {
      for (String line : (Iterable<String>) all::iterator) {
        lines++;
        if (line.contains(" ERROR ")) errors++;
        if (line.startsWith("\tat ")) frames++;
      }
    }
    return new ServerLog(lines, errors, frames);
  }

  @Override
  public String toString() {
    return lines + " lines, " + errors + " ERROR, " + stackFrames + " stack-trace lines";
  }
}
