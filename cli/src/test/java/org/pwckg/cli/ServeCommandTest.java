package org.pwckg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void serve_refuses_a_folder_without_a_database_with_one_line() {
    CliTest.Run r = CliTest.run("serve", "--db", dir.resolve("nothing").toString(), "--port", "0");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("No pwc-kg database").contains("pwckg ingest");
  }

  @Test
  void serve_refuses_a_timeout_that_is_not_positive() {
    assertThat(CliTest.run("serve", "--db", dir.toString(), "--timeout", "0").exit()).isEqualTo(1);
  }

  @Test
  void base_iri_names_the_entity_base_in_every_command_and_serve_takes_the_public_url_apart() {
    for (String command : new String[] {"ingest", "figures", "serve"}) {
      String help = CliTest.run(command, "--help").out();
      assertThat(help).as(command).contains("--base-iri=IRI").contains("entity IRIs");
    }
    String serve = CliTest.run("serve", "--help").out();
    assertThat(serve).contains("--public-url=URL").doesNotContain("--data-base");
  }
}
