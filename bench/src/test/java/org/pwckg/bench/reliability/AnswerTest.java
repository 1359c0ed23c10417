package org.pwckg.bench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnswerTest {
  private static Answer raw(String response) {
    return RawHttp.parse(response.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void a_json_error_is_well_formed() {
    Answer a =
        raw(
            "HTTP/1.1 414 URI Too Long\r\nContent-Type: application/json\r\n\r\n"
                + "{\"status\":414,\"error\":\"uri_too_long\"}");
    assertThat(a.status()).isEqualTo(414);
    assertThat(a.json()).isTrue();
    assertThat(a.wellFormed(Secrets.ALL)).isTrue();
  }

  @Test
  void jettys_html_error_page_is_not() {
    Answer a =
        raw(
            "HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: text/html\r\n\r\n"
                + "<html><body><h2>HTTP ERROR 431</h2></body></html>");
    assertThat(a.wellFormed(Secrets.ALL)).isFalse();
  }

  @Test
  void a_500_is_not_even_with_a_json_body_but_a_timeouts_503_is() {
    String json = "\r\nContent-Type: application/json\r\n\r\n{}";
    assertThat(raw("HTTP/1.1 500 Server Error" + json).wellFormed()).isFalse();
    assertThat(raw("HTTP/1.1 503 Service Unavailable" + json).wellFormed()).isTrue();
  }

  @Test
  void an_answer_that_shows_a_planted_secret_is_not_whatever_its_status() {
    Answer a = raw("HTTP/1.1 200 OK\r\nContent-Type: text/turtle\r\n\r\n" + Secrets.PLANTED_TTL);
    assertThat(a.wellFormed(Secrets.ALL)).isFalse();
  }

  @Test
  void a_connection_closed_before_a_status_line_is_closed() {
    assertThat(raw("").label()).isEqualTo("closed");
    assertThat(raw("garbage").status()).isEqualTo(Answer.CLOSED);
  }

  @Test
  void headers_are_read_without_regard_to_case() {
    Answer a =
        raw("HTTP/1.1 204 No Content\r\nAccess-Control-Allow-Origin: *\r\nX-Other: 1\r\n\r\n");
    assertThat(a.header("access-control-allow-origin")).isEqualTo("*");
    assertThat(a.header("access-control-allow-headers")).isEmpty();
  }
}
