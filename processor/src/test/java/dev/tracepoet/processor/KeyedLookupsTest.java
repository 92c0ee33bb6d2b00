package dev.tracepoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keyed lookups in tag paths ({@code "retry_after=headers.values('retry-after')"}): a public method
 * with one String / CharSequence / Object parameter called with a constant, in request, response
 * and error tags, on real spans: a list result records its first value, an empty one nothing,
 * Optionals are unwrapped, numbers stay numbers, a secret-named argument is masked, an argument may
 * contain {@code . | =}, lookups work as alternatives, and the generated code is -Xlint:all clean.
 */
class KeyedLookupsTest {

  static final JavaFileObject TYPES =
      GeneratedBehaviourTest.java(
          "lookups.Types",
          """
          package lookups;

          import java.util.List;
          import java.util.Map;
          import java.util.Optional;

          public final class Types {
            private Types() {}

            /** Shaped like the OpenAI SDK's com.openai.core.http.Headers. */
            public static final class Headers {
              private final Map<String, List<String>> values;
              public Headers(Map<String, List<String>> values) { this.values = values; }
              public List<String> values(String name) { return values.getOrDefault(name, List.of()); }
              public Optional<String> first(CharSequence name) { return values(name.toString()).stream().findFirst(); }
              public int count(Object name) { return values(String.valueOf(name)).size(); }
            }

            public record Request(String model, Headers headers) {}

            public record Response(String id, Headers headers) {}

            public static class ApiException extends RuntimeException {
              private static final long serialVersionUID = 1L;
              private final Headers headers;
              public ApiException(String message, Headers headers) { super(message); this.headers = headers; }
              public int statusCode() { return 429; }
              public Headers headers() { return headers; }
            }
          }
          """);

  static final JavaFileObject API =
      GeneratedBehaviourTest.java(
          "lookups.Api",
          """
          package lookups;

          import dev.tracepoet.annotations.ErrorTags;
          import dev.tracepoet.annotations.TracedClient;
          import dev.tracepoet.annotations.TracedEndpoint;
          import lookups.Types.ApiException;
          import lookups.Types.Request;
          import lookups.Types.Response;

          @TracedClient(integration = "acme",
              errorTags = @ErrorTags(type = ApiException.class, tags = {
                  "^http.response.status_code=statusCode",
                  "retry_after=headers.values('retry-after')",
                  "request_id=headers.first(\\"x-request-id\\")",
                  "limit=headers.values('x-limit')|headers.values('x-limit-fallback')",
                  "key_header=headers.values('x-api-key')",
                  "absent=headers.values('nothing')",
                  "remaining=headers.values('x-remaining').as_long",
                  "retry_ms=headers.values('retry-after-ms').asLong|headers.values('retry-after').asLong",
                  "date=headers.values('x-date').asLong"}))
          public interface Api {
            @TracedEndpoint(
                requestTags = {"trace=headers.values('x-trace.id|a=b')", "trace_count=headers.count('x-trace.id|a=b')"},
                responseTags = {"etag=headers.values('etag')", "etags=headers.count('etag')"})
            Response call(Request request);
          }
          """);

  static final JavaFileObject DRIVER =
      GeneratedBehaviourTest.java(
          "lookups.Driver",
          """
          package lookups;

          import io.opentelemetry.api.OpenTelemetry;
          import java.util.List;
          import java.util.Map;
          import java.util.function.Function;
          import lookups.Types.ApiException;
          import lookups.Types.Headers;
          import lookups.Types.Request;
          import lookups.Types.Response;

          public final class Driver implements Function<OpenTelemetry, String> {
            @Override
            public String apply(OpenTelemetry otel) {
              Api api = TracedApi.wrap(request -> {
                if (request.model().equals("limited")) {
                  throw new ApiException("slow down", new Headers(Map.of(
                      "retry-after", List.of("20", "30"), "x-request-id", List.of("req-7"),
                      "x-limit-fallback", List.of("500"), "x-api-key", List.of("sk-secret-key-9876"),
                      "nothing", List.of(), "x-remaining", List.of(" 0 "), "retry-after-ms", List.of("soon"),
                      "x-date", List.of("Wed, 21 Oct 2026 07:28:00 GMT"))));
                }
                return new Response("r-1", new Headers(Map.of("etag", List.of("e-1", "e-2"))));
              }, otel);
              Response ok = api.call(new Request("m", new Headers(Map.of("x-trace.id|a=b", List.of("t-1")))));
              String failed;
              try {
                api.call(new Request("limited", new Headers(Map.of())));
                failed = "no exception";
              } catch (ApiException e) {
                failed = e.getMessage();
              }
              return ok.id() + "|" + failed;
            }
          }
          """);

  private InMemorySpanExporter exporter;
  private OpenTelemetrySdk openTelemetry;

  @BeforeEach
  void setUp() {
    exporter = InMemorySpanExporter.create();
    openTelemetry = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
        .build();
  }

  @AfterEach
  void tearDown() {
    openTelemetry.close();
  }

  @Test
  void generatedLookupsMatchTheGolden() {
    Compilation compilation = Compilations.compile(ViewsTest.STRICT, TYPES, API);
    assertThat(compilation).succeededWithoutWarnings();
    TracedClientGenerationTest.assertGolden(compilation, "lookups.TracedApi");
  }

  @Test
  void lookupsRecordOnRequestResponseAndErrorSpans() {
    Compilation compilation = Compilations.compile(ViewsTest.STRICT, TYPES, API, DRIVER);
    assertThat(compilation).succeededWithoutWarnings();
    GeneratedBehaviourTest.CompiledClassLoader loader =
        new GeneratedBehaviourTest.CompiledClassLoader(compilation, getClass().getClassLoader());
    String result;
    try {
      @SuppressWarnings("unchecked")
      Function<OpenTelemetry, String> driver =
          (Function<OpenTelemetry, String>) loader.loadClass("lookups.Driver").getDeclaredConstructor().newInstance();
      result = driver.apply(openTelemetry);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    assertEquals("r-1|slow down", result, "the caller gets what the delegate gives, the exception unchanged");
    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertEquals(2, spans.size());

    Attributes ok = spans.get(0).getAttributes();
    assertEquals("t-1", ok.get(AttributeKey.stringKey("acme.request.trace")), "an argument may contain . | =");
    assertEquals(1L, ok.get(AttributeKey.longKey("acme.request.trace_count")), "an int result records a long");
    assertEquals("e-1", ok.get(AttributeKey.stringKey("acme.response.etag")), "a list records its first value");
    assertEquals(2L, ok.get(AttributeKey.longKey("acme.response.etags")));
    assertEquals(StatusCode.UNSET, spans.get(0).getStatus().getStatusCode());

    SpanData failed = spans.get(1);
    Attributes error = failed.getAttributes();
    assertEquals(StatusCode.ERROR, failed.getStatus().getStatusCode());
    assertEquals(429L, error.get(AttributeKey.longKey("http.response.status_code")));
    assertEquals("20", error.get(AttributeKey.stringKey("acme.error.retry_after")), "the first of two values");
    assertEquals("req-7", error.get(AttributeKey.stringKey("acme.error.request_id")), "an Optional result unwrapped");
    assertEquals("500", error.get(AttributeKey.stringKey("acme.error.limit")), "the second alternative: the first is empty");
    String token = error.get(AttributeKey.stringKey("acme.error.key_header"));
    assertTrue(token != null && !token.contains("secret") && token.endsWith("9876"), "a secret-named lookup argument masks the value: " + token);
    assertNull(error.get(AttributeKey.stringKey("acme.error.absent")), "an empty list records nothing");
    assertEquals(0L, error.get(AttributeKey.longKey("acme.error.remaining")), "asLong parses a numeric header, trimmed");
    assertEquals(20L, error.get(AttributeKey.longKey("acme.error.retry_ms")), "not a number: the next alternative");
    assertNull(error.get(AttributeKey.longKey("acme.error.date")), "an HTTP date is no long: nothing recorded");
    assertNull(error.get(AttributeKey.stringKey("acme.request.trace")), "no such header on the second request");
    assertEquals(0L, error.get(AttributeKey.longKey("acme.request.trace_count")), "a count of 0 is still a value");
  }
}
