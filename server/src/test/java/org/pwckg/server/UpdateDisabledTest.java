package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UpdateDisabledTest {
  @RegisterExtension static final LiveServer server = LiveServer.onSharedDatabase();

  @Test
  void update_is_refused_when_the_server_has_no_token() {
    HttpResponse<String> r =
        server.post(
            "/sparql",
            "application/sparql-update",
            "CLEAR DEFAULT",
            "Authorization",
            "Bearer anything");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("disabled");
  }
}
