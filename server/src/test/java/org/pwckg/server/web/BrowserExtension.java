package org.pwckg.server.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test a {@link SiteUnderTest}: one real pwc-kg server over {@link
 * org.pwckg.server.SiteDatabase} and one headless Debian chromium, started on first use and shared
 * by every browser test class of the run (closed when the run ends). Without the browser the tests
 * fail under CI (which installs it: scripts/browser.sh) and are skipped, with the reason,
 * elsewhere.
 */
public final class BrowserExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    requireBrowser(
        SiteUnderTest.CHROMIUM, SiteUnderTest.CHROMEDRIVER, "true".equals(System.getenv("CI")));
  }

  /**
   * Returns when both programs are there; otherwise fails under CI (a green run without the browser
   * tests would hide a broken install step) and skips, saying what to install, elsewhere.
   */
  static void requireBrowser(Path chromium, Path chromedriver, boolean ci) {
    if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) return;
    String missing =
        "the browser tests need Debian's chromium and chromium-driver ("
            + chromium
            + ", "
            + chromedriver
            + "): run scripts/browser.sh as root, or apt-get install chromium chromium-driver";
    if (ci) throw new IllegalStateException(missing);
    Assumptions.abort(missing);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SiteUnderTest.class;
  }

  @Override
  public SiteUnderTest resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(SiteUnderTest.class, k -> SiteUnderTest.start(), SiteUnderTest.class);
  }
}
