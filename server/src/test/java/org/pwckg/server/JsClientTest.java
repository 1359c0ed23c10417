package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A JavaScript SPARQL client from the npm registry (sparql-http-client, installed by
 * scripts/web-assets.sh from server/src/test/js) talks to the endpoint through node.
 */
class JsClientTest {
  static final Path SCRIPT_DIR = Path.of("src/test/js");
  @RegisterExtension static final LiveServer server = LiveServer.onSharedDatabase();

  @Test
  void sparql_http_client_selects_asks_and_constructs() throws IOException, InterruptedException {
    assumeTrue(nodeAvailable(), "node is not installed: the JavaScript client check is skipped");
    assertThat(SCRIPT_DIR.resolve("node_modules/sparql-http-client"))
        .as(
            "sparql-http-client is installed by scripts/web-assets.sh (npm ci in server/src/test/js)")
        .exists();
    Process p =
        new ProcessBuilder("node", "client.mjs", server.url("/sparql"))
            .directory(SCRIPT_DIR.toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    JsonNode result = new ObjectMapper().readTree(out.lines().reduce((a, b) -> b).orElse("{}"));
    assertThat(result.get("selectGet").asInt()).isPositive();
    assertThat(result.get("selectPost").asInt()).isEqualTo(result.get("selectGet").asInt());
    assertThat(result.get("firstTitle").asText()).isNotBlank();
    assertThat(result.get("ask").asBoolean()).isTrue();
    assertThat(result.get("constructed").asInt()).isPositive();
  }

  private static boolean nodeAvailable() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
