package dev.tracepoet.benchmarks.openai;

import com.openai.core.RequestOptions;
import com.openai.core.http.Headers;
import com.openai.core.http.HttpClient;
import com.openai.core.http.HttpRequest;
import com.openai.core.http.HttpRequestBody;
import com.openai.core.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * The OpenAI SDK's HTTP layer replaced by canned bytes: no sockets, so that a benchmark measures the
 * SDK (serialising the request, parsing the response) and the tracing around it, not the network.
 * The request body is serialised into a discarding stream, as a real client would write it.
 */
final class CannedHttpClient implements HttpClient {
  private final byte[] body;
  private final Headers headers;

  private CannedHttpClient(String body, String contentType) {
    this.body = body.getBytes(StandardCharsets.UTF_8);
    this.headers =
        Headers.builder()
            .put("content-type", contentType)
            .put("x-request-id", "req_bench")
            .put("openai-processing-ms", "12")
            .build();
  }

  /** Answers every request with one JSON document. */
  static CannedHttpClient json(String body) {
    return new CannedHttpClient(body, "application/json");
  }

  /** Answers every request with a server-sent event stream. */
  static CannedHttpClient events(String body) {
    return new CannedHttpClient(body, "text/event-stream");
  }

  @Override
  public HttpResponse execute(HttpRequest request, RequestOptions requestOptions) {
    HttpRequestBody requestBody = request.body();
    if (requestBody != null) {
      requestBody.writeTo(OutputStream.nullOutputStream());
    }
    return new Canned(new ByteArrayInputStream(body), headers);
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, RequestOptions requestOptions) {
    return CompletableFuture.completedFuture(execute(request, requestOptions));
  }

  @Override
  public void close() {}

  private static final class Canned implements HttpResponse {
    private final InputStream body;
    private final Headers headers;

    Canned(InputStream body, Headers headers) {
      this.body = body;
      this.headers = headers;
    }

    @Override
    public int statusCode() {
      return 200;
    }

    @Override
    public Headers headers() {
      return headers;
    }

    @Override
    public InputStream body() {
      return body;
    }

    @Override
    public void close() {
      try {
        body.close();
      } catch (java.io.IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
