package org.pwckg.bench.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code pwckg} command line as a child process (the {@code ./pwckg} launcher: same JVM
 * options, class-data archive and exit codes as a user's run). Each run's output goes to a log file
 * in {@code logs}, so that a failure can be read afterwards and no pipe can fill up.
 */
record Pwckg(Path launcher, Path logs) {
  /** A finished run: exit code, seconds from launch to exit, its log. */
  record Exit(int code, double seconds, Path log) {
    String lastLines() throws IOException {
      List<String> lines = Files.readAllLines(log);
      return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }
  }

  Process start(String name, List<String> args) throws IOException {
    return start(name, args, Map.of());
  }

  /**
   * Starts {@code pwckg ARGS…} with {@code env} added to the environment ({@code PWCKG_HEAP}: the
   * JVM's heap options, default {@code -Xmx1g}; {@code PWCKG_UPDATE_TOKEN}…).
   */
  Process start(String name, List<String> args, Map<String, String> env) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
    cmd.addAll(args);
    Files.createDirectories(logs);
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log(name).toFile());
    pb.environment().putAll(env);
    // Frugal: the slices need far less than the launcher's default heap.
    pb.environment().putIfAbsent("PWCKG_HEAP", "-Xmx1g");
    return pb.start();
  }

  Exit run(String name, List<String> args) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process p = start(name, args);
    int code = p.waitFor();
    return new Exit(code, (System.nanoTime() - t0) / 1e9, log(name));
  }

  /** Where the run called {@code name} writes its output. */
  Path log(String name) {
    return logs.resolve(name + ".log");
  }

  /** Runs, and fails the harness (not the measurement) when the run does not end as expected. */
  Exit runOk(String name, List<String> args, int... okCodes)
      throws IOException, InterruptedException {
    Exit e = run(name, args);
    for (int ok : okCodes.length == 0 ? new int[] {0} : okCodes) if (e.code == ok) return e;
    throw new IllegalStateException(
        "pwckg " + String.join(" ", args) + " exited " + e.code + ": " + e.lastLines());
  }

  /** SIGKILL (the JVM gets no chance to run shutdown hooks), then waits for the process to go. */
  static void kill(Process p) throws InterruptedException {
    p.destroyForcibly();
    p.waitFor(60, TimeUnit.SECONDS);
  }
}
