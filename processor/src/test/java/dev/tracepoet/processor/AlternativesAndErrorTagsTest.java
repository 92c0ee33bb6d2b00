package dev.tracepoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Path alternatives ({@code "key=a|b"}) over the union-typed params of {@link VendorLibrary} and
 * {@code @ErrorTags} over its {@code ServiceException}/{@code RateLimitException}, on real spans and
 * metrics: the first present alternative wins, a throwing one costs only itself, single values and
 * lists record one array, GenAI keys and the span name use them; error tags are read from sync
 * throws, failed futures and failing streams, endpoint before client, and {@code ^error.type} sets
 * {@code error.type} on the span and the metrics.
 */
class AlternativesAndErrorTagsTest {

  static final JavaFileObject UNION_VIEW =
      JavaFileObjects.forSourceString(
          "views.UnionView",
          """
          package views;

          import dev.tracepoet.annotations.ErrorTags;
          import dev.tracepoet.annotations.TracedClient;
          import dev.tracepoet.annotations.TracedEndpoint;
          import java.util.concurrent.CompletableFuture;
          import java.util.stream.Stream;
          import vendor.sdk.Completion;
          import vendor.sdk.RateLimitException;
          import vendor.sdk.RequestOptions;
          import vendor.sdk.ServiceException;
          import vendor.sdk.UnionParams;
          import vendor.sdk.UnionService;

          @TracedClient(integration = "vendor", genAiProvider = "vendor", wraps = UnionService.class,
              errorTags = @ErrorTags(type = ServiceException.class, tags = {
                  "^http.response.status_code=statusCode", "code=code", "type=type",
                  "retry_after=headers.retryAfter|headers.requestId", "api_key=headers.apiKey"}))
          public interface UnionView extends UnionService {
            @Override
            @TracedEndpoint(name = "chat", genAiOperation = "chat",
                requestTags = {"model=params.model.string|params.model.chat",
                    "stop_sequences=params.stop.strings|params.stop.string",
                    "failing=params.model.broken|params.model.string"},
                errorTags = @ErrorTags(type = RateLimitException.class,
                    tags = {"^error.type=statusCode", "retry_after_seconds=retryAfterSeconds"}))
            Completion create(UnionParams params, RequestOptions requestOptions);

            @Override
            @TracedEndpoint(name = "chatAsync", requestTags = "model=params.model.chat|params.model.string")
            CompletableFuture<Completion> createAsync(UnionParams params, RequestOptions requestOptions);

            @Override
            @TracedEndpoint(name = "chatStream")
            Stream<Completion> createStreaming(UnionParams params, RequestOptions requestOptions);
          }
          """);

  private InMemorySpanExporter exporter;
  private InMemoryMetricReader metrics;
  private OpenTelemetrySdk openTelemetry;

  @BeforeEach
  void setUp() {
    exporter = InMemorySpanExporter.create();
    metrics = InMemoryMetricReader.create();
    openTelemetry =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .build();
  }

  @AfterEach
  void tearDown() {
    openTelemetry.close();
  }

  /** Runs {@code body} (with {@code otel} and a traced {@code view} in scope) in a compiled driver. */
  private String drive(String body) {
    JavaFileObject driver =
        JavaFileObjects.forSourceString(
            "views.Driver",
            """
            package views;

            import io.opentelemetry.api.OpenTelemetry;
            import java.util.List;
            import java.util.function.Function;
            import vendor.sdk.*;

            public final class Driver implements Function<OpenTelemetry, String> {
              @Override
              public String apply(OpenTelemetry otel) {
                UnionView view = TracedUnionView.wrap(UnionService.impl(), otel);
            """ + body + """
              }
            }
            """);
    Compilation compilation = VendorLibrary.compile(ViewsTest.STRICT, UNION_VIEW, driver);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader =
        new GeneratedBehaviourTest.CompiledClassLoader(compilation, VendorLibrary.loader(getClass().getClassLoader()));
    try {
      @SuppressWarnings("unchecked")
      Function<OpenTelemetry, String> function =
          (Function<OpenTelemetry, String>) loader.loadClass("views.Driver").getDeclaredConstructor().newInstance();
      return function.apply(openTelemetry);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private List<SpanData> spans() {
    return exporter.getFinishedSpanItems();
  }

  @Test
  void generatedAlternativesAndErrorTagsMatchTheGolden() {
    Compilation compilation = VendorLibrary.compile(ViewsTest.STRICT, UNION_VIEW);
    assertThat(compilation).succeededWithoutWarnings();
    TracedClientGenerationTest.assertGolden(compilation, "views.TracedUnionView");
  }

  private static final AttributeKey<String> GEN_AI_MODEL = AttributeKey.stringKey("gen_ai.request.model");
  private static final AttributeKey<List<String>> GEN_AI_STOP = AttributeKey.stringArrayKey("gen_ai.request.stop_sequences");
  private static final AttributeKey<String> FAILING = AttributeKey.stringKey("vendor.request.failing");
  private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  @Test
  void firstPresentAlternativeWinsAndSingleValuesRecordArraysOfOne() {
    String result =
        drive(
            """
                Completion a = view.create(new UnionParams(ModelUnion.ofString("m-1"), Stop.ofStrings(List.of("x", "y")), null));
                Completion b = view.create(new UnionParams(ModelUnion.ofChat(ChatModel.FAST), Stop.ofString("end"), null));
                Completion c = view.create(new UnionParams(ModelUnion.ofChat(ChatModel.FAST), null, null));
                return a.model() + "|" + b.model() + "|" + c.model();
            """);
    assertEquals("m-1|fast-1|fast-1", result, "the caller gets what the delegate gives");
    List<SpanData> spans = spans();
    assertEquals(List.of("chat m-1", "chat fast-1", "chat fast-1"), spans.stream().map(SpanData::getName).collect(Collectors.toList()),
        "the span name reads the model through the alternatives");
    assertEquals("m-1", spans.get(0).getAttributes().get(GEN_AI_MODEL));
    assertEquals(List.of("x", "y"), spans.get(0).getAttributes().get(GEN_AI_STOP));
    assertEquals("fast-1", spans.get(1).getAttributes().get(GEN_AI_MODEL), "an enum-like class records its toString");
    assertEquals(List.of("end"), spans.get(1).getAttributes().get(GEN_AI_STOP), "a single value records an array of one");
    assertNull(spans.get(2).getAttributes().get(GEN_AI_STOP), "no alternative present: nothing recorded");
    // The first alternative always throws: the second is used, the other tags are unaffected.
    assertEquals("m-1", spans.get(0).getAttributes().get(FAILING));
    assertNull(spans.get(1).getAttributes().get(FAILING), "neither alternative present");
    assertTrue(spans.stream().allMatch(span -> span.getStatus().getStatusCode() == StatusCode.UNSET));
  }

  @Test
  void errorTagsOfASyncThrowEndpointBeforeClientAndErrorTypeOnSpanAndMetrics() {
    String result =
        drive(
            """
                try {
                  view.create(new UnionParams(ModelUnion.ofString("limited"), null, null));
                  return "no exception";
                } catch (RateLimitException e) {
                  return e.getMessage();
                }
            """);
    assertEquals("slow down", result, "the caller gets the delegate's exception itself");
    SpanData span = spans().get(0);
    Attributes attributes = span.getAttributes();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals("429", attributes.get(ERROR_TYPE), "the endpoint's ^error.type tag");
    assertEquals(20L, attributes.get(AttributeKey.longKey("vendor.error.retry_after_seconds")));
    assertEquals(429L, attributes.get(STATUS), "the client's error tags apply to the subclass too");
    assertEquals("rate_limit_exceeded", attributes.get(AttributeKey.stringKey("vendor.error.code")));
    assertEquals("server_error", attributes.get(AttributeKey.stringKey("vendor.error.type")));
    assertEquals("20", attributes.get(AttributeKey.stringKey("vendor.error.retry_after")));
    String key = attributes.get(AttributeKey.stringKey("vendor.error.api_key"));
    assertTrue(key != null && !key.contains("secret") && key.endsWith("1234"), "masked: " + key);
    Set<String> metricErrorTypes =
        metrics.collectAllMetrics().stream()
            .filter(metric -> metric.getName().equals("gen_ai.client.operation.duration"))
            .map(MetricData::getHistogramData)
            .flatMap(data -> data.getPoints().stream())
            .map(point -> point.getAttributes().get(ERROR_TYPE))
            .collect(Collectors.toSet());
    assertEquals(Set.of("429"), metricErrorTypes);
  }

  @Test
  void errorTagsOfAnotherServiceExceptionSkipTheEndpointsRateLimitTags() {
    drive(
        """
            try {
              view.create(new UnionParams(ModelUnion.ofString("broken"), null, null));
              return "no exception";
            } catch (ServiceException e) {
              return e.getMessage();
            }
        """);
    Attributes attributes = spans().get(0).getAttributes();
    assertEquals(500L, attributes.get(STATUS));
    assertEquals("vendor.sdk.ServiceException", attributes.get(ERROR_TYPE), "no ^error.type: the class name");
    assertNull(attributes.get(AttributeKey.longKey("vendor.error.retry_after_seconds")));
    assertNull(attributes.get(AttributeKey.stringKey("vendor.error.code")), "an empty Optional records nothing");
    assertEquals("req-1", attributes.get(AttributeKey.stringKey("vendor.error.retry_after")), "the second alternative");
  }

  @Test
  void errorTagsOfAFailedFutureAndAFailingStream() {
    String result =
        drive(
            """
                String async;
                try {
                  view.createAsync(new UnionParams(ModelUnion.ofString("limited"), null, null), RequestOptions.none()).join();
                  async = "no exception";
                } catch (java.util.concurrent.CompletionException e) {
                  async = e.getCause().getClass().getSimpleName();
                }
                String stream;
                try {
                  stream = String.valueOf(view.createStreaming(new UnionParams(ModelUnion.ofString("broken"), null, null), RequestOptions.none()).toList().size());
                } catch (ServiceException e) {
                  stream = e.getMessage();
                }
                return async + "|" + stream;
            """);
    assertEquals("RateLimitException|internal", result);
    List<SpanData> spans = spans();
    assertEquals(2, spans.size());
    SpanData async = spans.stream().filter(span -> span.getName().equals("chatAsync")).findFirst().orElseThrow();
    assertEquals("limited", async.getAttributes().get(AttributeKey.stringKey("vendor.request.model")),
        "the chat() alternative is empty, the string() one wins");
    assertEquals(429L, async.getAttributes().get(STATUS), "client error tags on a failed future");
    assertEquals("vendor.sdk.RateLimitException", async.getAttributes().get(ERROR_TYPE),
        "the endpoint-level ^error.type belongs to create only");
    SpanData stream = spans.stream().filter(span -> span.getName().equals("chatStream")).findFirst().orElseThrow();
    assertEquals(500L, stream.getAttributes().get(STATUS), "client error tags on a failing stream");
    assertEquals(StatusCode.ERROR, stream.getStatus().getStatusCode());
  }
}
