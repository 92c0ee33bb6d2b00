package dev.tracepoet.benchmarks.anthropic;

import com.anthropic.core.RequestOptions;
import com.anthropic.core.http.Headers;
import com.anthropic.core.http.HttpClient;
import com.anthropic.core.http.HttpRequest;
import com.anthropic.core.http.HttpRequestBody;
import com.anthropic.core.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * The Anthropic SDK's transport answering canned bytes, so that {@link AnthropicSdkBenchmark}
 * times the SDK (request serialisation, response or SSE parsing) and the tracing, not a network.
 * The counterpart of the OpenAI benchmark's canned client: the two SDKs' {@code HttpClient}
 * interfaces have the same shape but are different types, so neither can serve the other.
 */
final class CannedAnthropicHttp implements HttpClient {
  private final byte[] body;
  private final Headers headers;

  CannedAnthropicHttp(String body, String contentType) {
    this.body = body.getBytes(StandardCharsets.UTF_8);
    this.headers = Headers.builder().put("content-type", contentType).put("request-id", "req_bench").build();
  }

  @Override
  public HttpResponse execute(HttpRequest request, RequestOptions requestOptions) {
    HttpRequestBody requestBody = request.body();
    if (requestBody != null) {
      requestBody.writeTo(OutputStream.nullOutputStream()); // serialised, as a real transport would
    }
    InputStream in = new ByteArrayInputStream(body);
    return new HttpResponse() {
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
        return in;
      }

      @Override
      public void close() {} // a byte array holds nothing to release
    };
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, RequestOptions requestOptions) {
    return CompletableFuture.completedFuture(execute(request, requestOptions));
  }

  @Override
  public void close() {}
}
