package org.pwckg.server.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives before a request reaches a route (a bad request line, a URI or headers
 * too long: 400, 414, 431) in the same JSON body as every other error, not Jetty's HTML page.
 */
public final class JettyErrors extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback done)
      throws JsonProcessingException {
    ErrorBody body = ErrorMapper.body(code, message == null ? "HTTP " + code : message);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(JSON.writeValueAsBytes(body)), done);
  }
}
