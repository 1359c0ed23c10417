package org.pwckg.server.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * What the browser tests do when the browser is missing: fail in CI, skip with the reason
 * elsewhere.
 */
class BrowserExtensionTest {
  @TempDir Path dir;

  @Test
  void a_missing_browser_fails_the_run_in_ci() {
    assertThatThrownBy(
            () ->
                BrowserExtension.requireBrowser(
                    dir.resolve("chromium"), dir.resolve("chromedriver"), true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("scripts/browser.sh");
  }

  @Test
  void a_missing_browser_skips_the_tests_on_a_developers_machine_saying_what_to_install() {
    assertThatThrownBy(
            () ->
                BrowserExtension.requireBrowser(
                    dir.resolve("chromium"), dir.resolve("chromedriver"), false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("apt-get install chromium chromium-driver");
  }

  @Test
  void an_installed_browser_lets_the_tests_run() {
    Path bash = Path.of("/bin/bash");
    assertThatCode(() -> BrowserExtension.requireBrowser(bash, bash, true))
        .doesNotThrowAnyException();
  }
}
