package dev.tracepoet.it.genai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tracepoet.it.genai.GenAiChatApi.Choice;
import dev.tracepoet.it.genai.GenAiChatApi.Message;
import dev.tracepoet.it.genai.GenAiChatApi.Request;
import dev.tracepoet.it.genai.GenAiChatApi.Response;
import dev.tracepoet.it.genai.GenAiChatApi.Usage;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every GenAI semantic-convention attribute and metric (semconv v1.41.0). */
class GenAiConventionsTest {
  static final List<Double> DURATION_BUCKETS =
      List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92);
  static final List<Double> TOKEN_BUCKETS =
      List.of(1.0, 4.0, 16.0, 64.0, 256.0, 1024.0, 4096.0, 16384.0, 65536.0, 262144.0, 1048576.0, 4194304.0,
          16777216.0, 67108864.0);

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private OpenTelemetrySdk otel;
  private GenAiChatApi traced;
  private boolean fail;
  private Usage usage = new Usage(12, 7, 19);

  @BeforeEach
  void setUp() {
    otel =
        OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .build();
    GenAiChatApi delegate =
        new GenAiChatApi() {
          @Override
          public Response chat(Request request) throws IOException {
            if (fail) {
              throw new IOException("connection reset");
            }
            return new Response("chatcmpl-42", "gpt-4o-mini-2024-07-18",
                List.of(new Choice("stop", new Message("assistant", "Hello world")),
                    new Choice("length", new Message("assistant", "Hi"))),
                usage);
          }

          @Override
          public Response embed(Request request) {
            return new Response(null, "text-embedding-3-small", List.of(), new Usage(5, 0, 5));
          }

          @Override
          public List<String> listModels() {
            return List.of("gpt-4o-mini");
          }
        };
    TracingSettings settings = TracingSettings.builder().server("api.openai.com", 443).build();
    traced = TracedGenAiChatApi.wrap(delegate, otel, settings);
  }

  @AfterEach
  void tearDown() {
    otel.close();
  }

  private static Request request() {
    return new Request("gpt-4o-mini", List.of(new Message("user", "hello world")), 64, 0.2, 0.9, List.of("END"));
  }

  @Test
  void chatSpanFollowsTheConventions() throws IOException {
    traced.chat(request());

    SpanData span = spans.getFinishedSpanItems().get(0);
    assertEquals("chat gpt-4o-mini", span.getName(), "{gen_ai.operation.name} {gen_ai.request.model}");
    assertEquals(SpanKind.CLIENT, span.getKind());
    Attributes a = span.getAttributes();
    assertEquals("chat", a.get(AttributeKey.stringKey("gen_ai.operation.name")));
    assertEquals("openai", a.get(AttributeKey.stringKey("gen_ai.provider.name")));
    assertEquals("gpt-4o-mini", a.get(AttributeKey.stringKey("gen_ai.request.model")));
    assertEquals(64L, a.get(AttributeKey.longKey("gen_ai.request.max_tokens")));
    assertEquals(0.2, a.get(AttributeKey.doubleKey("gen_ai.request.temperature")));
    assertEquals(0.9, a.get(AttributeKey.doubleKey("gen_ai.request.top_p")));
    assertEquals(List.of("END"), a.get(AttributeKey.stringArrayKey("gen_ai.request.stop_sequences")));
    assertEquals("chatcmpl-42", a.get(AttributeKey.stringKey("gen_ai.response.id")));
    assertEquals("gpt-4o-mini-2024-07-18", a.get(AttributeKey.stringKey("gen_ai.response.model")));
    assertEquals(List.of("stop", "length"), a.get(AttributeKey.stringArrayKey("gen_ai.response.finish_reasons")));
    assertEquals(12L, a.get(AttributeKey.longKey("gen_ai.usage.input_tokens")));
    assertEquals(7L, a.get(AttributeKey.longKey("gen_ai.usage.output_tokens")));
    assertEquals("api.openai.com", a.get(AttributeKey.stringKey("server.address")));
    assertEquals(443L, a.get(AttributeKey.longKey("server.port")));
    // no openai.* copy of a value that has a GenAI key (issue 13 item 6); tracepoet's own usage keys stay
    assertNull(a.get(AttributeKey.stringKey("openai.request.model")));
    assertNull(a.get(AttributeKey.stringKey("openai.response.id")));
    assertEquals(19L, a.get(AttributeKey.longKey("openai.response.usage.total_tokens")));
  }

  @Test
  void estimatedUsageAlsoFillsTheGenAiUsageAttributes() throws IOException {
    usage = null;
    traced.chat(request());

    Attributes a = spans.getFinishedSpanItems().get(0).getAttributes();
    // Tokens.estimate("hello world") = 2; "Hello world\nHi" = 3
    assertEquals(2L, a.get(AttributeKey.longKey("gen_ai.usage.input_tokens")));
    assertEquals(3L, a.get(AttributeKey.longKey("gen_ai.usage.output_tokens")));
    assertEquals(true, a.get(AttributeKey.booleanKey("openai.response.usage.estimated")));
  }

  @Test
  void errorsCarryErrorType() {
    fail = true;
    assertThrows(IOException.class, () -> traced.chat(request()));

    SpanData span = spans.getFinishedSpanItems().get(0);
    assertEquals("java.io.IOException", span.getAttributes().get(AttributeKey.stringKey("error.type")));
    assertEquals("chat gpt-4o-mini", span.getName());
  }

  @Test
  void endpointsWithoutAnOperationKeepThePlainConventions() {
    traced.listModels();

    SpanData span = spans.getFinishedSpanItems().get(0);
    assertEquals("listModels", span.getName());
    assertNull(span.getAttributes().get(AttributeKey.stringKey("gen_ai.operation.name")));
    assertEquals("api.openai.com", span.getAttributes().get(AttributeKey.stringKey("server.address")));
  }

  @Test
  void genAiMetricsHaveTheConventionsNamesUnitsAttributesAndBuckets() throws IOException {
    traced.chat(request());
    traced.embed(request());
    fail = true;
    assertThrows(IOException.class, () -> traced.chat(request()));

    Collection<MetricData> data = metrics.collectAllMetrics();
    MetricData duration = metric(data, "gen_ai.client.operation.duration");
    assertEquals("s", duration.getUnit());
    Map<Attributes, Long> counts =
        duration.getHistogramData().getPoints().stream()
            .collect(Collectors.toMap(HistogramPointData::getAttributes, HistogramPointData::getCount));
    Attributes chat =
        Attributes.builder()
            .put("gen_ai.operation.name", "chat")
            .put("gen_ai.provider.name", "openai")
            .put("gen_ai.request.model", "gpt-4o-mini")
            .put("server.address", "api.openai.com")
            .put("server.port", 443L)
            .build();
    Attributes answered = chat.toBuilder().put("gen_ai.response.model", "gpt-4o-mini-2024-07-18").build();
    Attributes embeddings = chat.toBuilder().put("gen_ai.operation.name", "embeddings")
        .put("gen_ai.response.model", "text-embedding-3-small").build();
    assertEquals(1L, counts.get(answered), () -> "points: " + counts);
    assertEquals(1L, counts.get(chat.toBuilder().put("error.type", "java.io.IOException").build()));
    assertEquals(1L, counts.get(embeddings));
    duration.getHistogramData().getPoints().forEach(p -> assertEquals(DURATION_BUCKETS, p.getBoundaries()));

    MetricData tokens = metric(data, "gen_ai.client.token.usage");
    assertEquals("{token}", tokens.getUnit());
    Map<Attributes, Double> sums =
        tokens.getHistogramData().getPoints().stream()
            .collect(Collectors.toMap(HistogramPointData::getAttributes, HistogramPointData::getSum));
    assertEquals(12.0, sums.get(answered.toBuilder().put("gen_ai.token.type", "input").build()));
    assertEquals(7.0, sums.get(answered.toBuilder().put("gen_ai.token.type", "output").build()));
    assertEquals(5.0, sums.get(embeddings.toBuilder().put("gen_ai.token.type", "input").build()));
    tokens.getHistogramData().getPoints().forEach(p -> assertEquals(TOKEN_BUCKETS, p.getBoundaries()));
  }

  private static MetricData metric(Collection<MetricData> data, String name) {
    return data.stream().filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + name + " in " + data));
  }
}
