package org.pwckg.embed.vl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a worker program as a child process: its output (stdout and stderr together) goes line by
 * line to a consumer as it comes, a run over its time limit is killed with its children, and an
 * exit code other than 0 becomes a {@link VlException} saying what the worker's codes mean.
 */
public final class VlWorker {
  private final List<String> command;
  private final Duration timeout;
  private final Consumer<String> log;

  public VlWorker(List<String> command, Duration timeout, Consumer<String> log) {
    this.command = List.copyOf(command);
    this.timeout = timeout;
    this.log = log;
  }

  /** {@code python script args…}. */
  public static List<String> command(String python, Path script, List<String> args) {
    List<String> c = new ArrayList<>();
    c.add(python);
    c.add(script.toString());
    c.addAll(args);
    return c;
  }

  public void run() {
    Process process = start();
    Thread pump = Thread.ofPlatform().name("vl-worker-log").start(() -> pump(process));
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        kill(process);
        throw new VlException(
            "The worker ran over its time limit of "
                + timeout
                + " and was stopped; "
                + "run again to continue from its last chunk");
      }
      pump.join(5_000);
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new VlException("Interrupted while the worker ran", e);
    }
    int code = process.exitValue();
    if (code != 0)
      throw new VlException(
          "The worker failed (exit " + code + ": " + meaning(code) + "); see its log above");
  }

  private Process start() {
    try {
      return new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new VlException(
          "Cannot start the worker (" + command.get(0) + "): " + e.getMessage(), e);
    }
  }

  private void pump(Process process) {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) log.accept(line);
    } catch (IOException e) {
      log.accept("(worker output ended: " + e.getMessage() + ")");
    }
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  static String meaning(int code) {
    return switch (code) {
      case 2 -> "bad input or arguments";
      case 3 -> "its output folder holds other work";
      case 4 -> "the model, a Python package or the GPU is unusable";
      case 5 -> "the model produced NaN, infinite or non-unit vectors";
      default -> "unexpected failure";
    };
  }
}
