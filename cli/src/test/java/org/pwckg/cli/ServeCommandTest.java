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
}
