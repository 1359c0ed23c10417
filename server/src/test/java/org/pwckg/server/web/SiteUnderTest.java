package org.pwckg.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pwckg.server.PwckgServer;
import org.pwckg.server.ServerConfig;
import org.pwckg.server.SiteDatabase;

/**
 * The website under test: a real server on a free loopback port, and a headless chromium (Debian's,
 * through its chromedriver; nothing is downloaded) that browses it.
 */
public final class SiteUnderTest implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS =
      Path.of(System.getProperty("pwckg.screenshots", "target/screenshots"));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final int WIDTH = 1280;
  static final int SCREENSHOT_HEIGHT = 2400;

  private final PwckgServer server;
  private final ChromeDriver browser;
  private final HttpClient http = HttpClient.newHttpClient();

  private SiteUnderTest(PwckgServer server, ChromeDriver browser) {
    this.server = server;
    this.browser = browser;
  }

  static SiteUnderTest start() {
    Path db = SiteDatabase.get();
    PwckgServer server =
        PwckgServer.start(ServerConfig.of(db).withPort(0).withDumps(db.resolveSibling("dumps")));
    try {
      return new SiteUnderTest(server, chromium());
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /**
   * Headless, with a profile of its own, and every background service that would reach off the
   * machine turned off; the driver path is given so Selenium Manager never looks one up.
   */
  private static ChromeDriver chromium() {
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=" + WIDTH + ",1024",
          "--user-data-dir=" + Files.createTempDirectory("pwckg-chromium"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(WAIT);
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** The path of a link's {@code href}, relative or absolute. */
  static String path(String href) {
    return URI.create(href).getPath();
  }

  /** Opens a page of the site, as a reader typing its address. */
  void open(String path) {
    browser.get(url(path));
  }

  ChromeDriver browser() {
    return browser;
  }

  WebElement find(String css) {
    return browser.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return browser.findElements(By.cssSelector(css));
  }

  /** Waits until the page that {@code old} belonged to has been replaced by the next one. */
  void awaitNavigationFrom(WebElement old) {
    new WebDriverWait(browser, WAIT).until(ExpectedConditions.stalenessOf(old));
  }

  /**
   * The whole page (up to {@link #SCREENSHOT_HEIGHT} pixels down), saved as {@code
   * target/screenshots/{page}.png} (a test artifact).
   */
  Path screenshot(String page) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(page + ".png");
      Files.write(file, Base64.getDecoder().decode(fullPage()));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Through the DevTools protocol: a WebDriver screenshot holds the viewport only. */
  private String fullPage() {
    Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
    Map<String, Object> clip =
        Map.of(
            "x",
            0,
            "y",
            0,
            "width",
            WIDTH,
            "height",
            Math.min(height.intValue(), SCREENSHOT_HEIGHT),
            "scale",
            1);
    Map<String, Object> shot =
        browser.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    return (String) shot.get("data");
  }

  /** The JSON API's answer for {@code path} (status 200 expected): what a page is built from. */
  JsonNode json(String path) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url(path)))
                  .header("Accept", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200)
        throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      browser.quit();
    } finally {
      server.close();
    }
  }
}
