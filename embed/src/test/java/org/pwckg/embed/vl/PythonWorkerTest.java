package org.pwckg.embed.vl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the worker's own tests of its torch-free parts (embed/python/tests) with the standard
 * library's unittest.
 */
class PythonWorkerTest {
  @Test
  void the_workers_pure_python_tests_pass() throws Exception {
    Path testdata = Path.of(System.getProperty("pwckg.testdata", "../testdata"));
    ProcessBuilder pb =
        new ProcessBuilder("python3", "-m", "unittest", "discover", "-s", "python/tests")
            .redirectErrorStream(true);
    pb.environment().put("PWCKG_TESTDATA", testdata.toAbsolutePath().toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("OK");
  }
}
