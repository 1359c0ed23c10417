package org.pwckg.server;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenshotProbe {
  @Test
  void shoot() throws Exception {
    try (LiveServer s = LiveServer.start(TestDatabase.website(), c -> c)) {
      String board =
          org.jsoup.Jsoup.parse(s.get("/", "text/html").body())
              .selectFirst("#notable-benchmarks li a")
              .attr("href");
      List<String[]> shots =
          List.of(
              new String[] {"paper", WebsiteTest.SEED, "1280,1800"},
              new String[] {"home", "/", "1280,1600"},
              new String[] {"board", board, "1280,1600"},
              new String[] {"task", "/task/visual-question-answering", "1280,1400"},
              new String[] {"search", "/search?q=vision-language&mode=keyword", "1280,1400"},
              new String[] {"phone", WebsiteTest.SEED, "390,1600"},
              new String[] {
                "figs",
                "/paper/a-unified-temporal-knowledge-graph-reasoning-model-towards",
                "1280,1600"
              });
      for (String[] shot : shots) {
        Process p =
            new ProcessBuilder(
                    "chromium",
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--user-data-dir=/tmp/chr-" + shot[0],
                    "--screenshot=/tmp/shot-" + shot[0] + ".png",
                    "--window-size=" + shot[2],
                    s.url(shot[1]))
                .inheritIO()
                .start();
        p.waitFor();
      }
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("/tmp/board.html"), s.get(board, "text/html").body());
    }
  }
}
