package dev.tracepoet.openai;

import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_OPERATION_NAME;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_PROVIDER_NAME;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_REQUEST_MAX_TOKENS;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_REQUEST_MODEL;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_REQUEST_STOP_SEQUENCES;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_REQUEST_TEMPERATURE;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_RESPONSE_FINISH_REASONS;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_RESPONSE_ID;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_RESPONSE_MODEL;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_USAGE_INPUT_TOKENS;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_USAGE_REASONING_OUTPUT_TOKENS;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_USAGE_OUTPUT_TOKENS;
import static io.opentelemetry.semconv.incubating.OpenaiIncubatingAttributes.OPENAI_API_TYPE;
import static io.opentelemetry.semconv.incubating.OpenaiIncubatingAttributes.OPENAI_REQUEST_SERVICE_TIER;
import static io.opentelemetry.semconv.incubating.OpenaiIncubatingAttributes.OPENAI_RESPONSE_SYSTEM_FINGERPRINT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.http.StreamResponse;
import com.openai.errors.RateLimitException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.embeddings.EmbeddingModel;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import dev.tracepoet.openai.fixture.OpenAiFixtureTest;
import dev.tracepoet.runtime.TracingSettings;
import dev.tracepoet.sdktesting.TestTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.semconv.ErrorAttributes;
import io.opentelemetry.semconv.HttpAttributes;
import io.opentelemetry.semconv.ServerAttributes;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real SDK, wrapped by {@link OpenAiTracing}, against the loopback fixtures: the spans it records. */
class OpenAiTracingTest extends OpenAiFixtureTest {

  private InMemorySpanExporter spans;
  private TestTelemetry telemetry;
  private OpenAIClient traced;

  @BeforeEach
  void trace() {
    telemetry = TestTelemetry.create();
    spans = telemetry.spans();
    traced = OpenAiTracing.wrap(client, telemetry.otel(), TracingSettings.builder().metricsEnabled(false).build());
  }

  @AfterEach
  void stopTracing() {
    telemetry.close();
  }

  @SuppressWarnings("deprecation") // GPT_4O_MINI and seed() are deprecated in 4.105.0; users still send them
  private static ChatCompletionCreateParams chat(String model) {
    return ChatCompletionCreateParams.builder()
        .model(model)
        .addSystemMessage("You explain tracing.")
        .addUserMessage("What is a span?")
        .temperature(0.2)
        .maxCompletionTokens(64L)
        .stop("\n\n")
        .serviceTier(ChatCompletionCreateParams.ServiceTier.DEFAULT)
        .build();
  }

  private SpanData onlySpan() {
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(1, finished.size(), () -> "exactly one span: " + finished);
    return finished.get(0);
  }

  private void assertServer(SpanData span) {
    assertEquals(server.host(), span.getAttributes().get(ServerAttributes.SERVER_ADDRESS));
    assertEquals(server.port(), span.getAttributes().get(ServerAttributes.SERVER_PORT));
  }

  @Test
  void chatCreateIsOneGenAiChatSpan() {
    ChatCompletion completion = traced.chat().completions().create(chat("gpt-4o-mini"), com.openai.core.RequestOptions.none());

    assertEquals("chatcmpl-TPc0aK3r9Z3DqAqvL2tYkU1QxHn0P", completion.id());
    SpanData span = onlySpan();
    assertEquals("chat gpt-4o-mini", span.getName());
    assertEquals(SpanKind.CLIENT, span.getKind());
    assertEquals("chat", span.getAttributes().get(GEN_AI_OPERATION_NAME));
    assertEquals("openai", span.getAttributes().get(GEN_AI_PROVIDER_NAME));
    assertEquals("gpt-4o-mini", span.getAttributes().get(GEN_AI_REQUEST_MODEL));
    assertEquals(0.2, span.getAttributes().get(GEN_AI_REQUEST_TEMPERATURE));
    assertEquals(64L, span.getAttributes().get(GEN_AI_REQUEST_MAX_TOKENS));
    assertEquals(List.of("\n\n"), span.getAttributes().get(GEN_AI_REQUEST_STOP_SEQUENCES));
    assertEquals("chatcmpl-TPc0aK3r9Z3DqAqvL2tYkU1QxHn0P", span.getAttributes().get(GEN_AI_RESPONSE_ID));
    assertEquals("gpt-4o-mini-2024-07-18", span.getAttributes().get(GEN_AI_RESPONSE_MODEL));
    assertEquals(List.of("stop", "tool_calls"), span.getAttributes().get(GEN_AI_RESPONSE_FINISH_REASONS));
    assertEquals(42L, span.getAttributes().get(GEN_AI_USAGE_INPUT_TOKENS));
    assertEquals(31L, span.getAttributes().get(GEN_AI_USAGE_OUTPUT_TOKENS));
    assertEquals(16L, span.getAttributes().get(GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS));
    assertEquals(8L, span.getAttributes().get(GEN_AI_USAGE_REASONING_OUTPUT_TOKENS));
    assertEquals("default", span.getAttributes().get(OPENAI_REQUEST_SERVICE_TIER));
    assertEquals("fp_7f2a1c9d3e", span.getAttributes().get(OPENAI_RESPONSE_SYSTEM_FINGERPRINT));
    assertEquals("chat_completions", span.getAttributes().get(OPENAI_API_TYPE));
    assertServer(span);
  }

  @Test
  void theOneArgumentOverloadRecordsExactlyOneSpan() {
    traced.chat().completions().create(chat("gpt-4o-mini"));
    assertEquals("chat gpt-4o-mini", onlySpan().getName());
  }

  @Test
  void aStreamClosedAfterOneChunkEndsItsSpanOnceQuietly() {
    ChatCompletionCreateParams params =
        chat("gpt-4o-mini").toBuilder()
            .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
            .build();
    StreamResponse<ChatCompletionChunk> stream = traced.chat().completions().createStreaming(params);
    ChatCompletionChunk first = stream.stream().findFirst().orElseThrow();
    assertTrue(spans.getFinishedSpanItems().isEmpty(), "the span stays open while the stream is");
    stream.close();
    stream.close();
    assertEquals("chatcmpl-TPc1bS7rQ2mNvE8pLd3TgYh1WcZaF", first.id());
    SpanData span = onlySpan();
    assertEquals("chat gpt-4o-mini", span.getName());
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
  }

  @Test
  void aFullyConsumedStreamRecordsUsageFromTheLastChunk() {
    ChatCompletionCreateParams params =
        chat("gpt-4o-mini").toBuilder()
            .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
            .build();
    long count;
    try (StreamResponse<ChatCompletionChunk> stream = traced.chat().completions().createStreaming(params)) {
      count = stream.stream().count();
    }
    assertEquals(9, count);
    SpanData span = onlySpan();
    assertEquals(25L, span.getAttributes().get(GEN_AI_USAGE_INPUT_TOKENS));
    assertEquals(12L, span.getAttributes().get(GEN_AI_USAGE_OUTPUT_TOKENS));
    assertEquals("chatcmpl-TPc1bS7rQ2mNvE8pLd3TgYh1WcZaF", span.getAttributes().get(GEN_AI_RESPONSE_ID));
    assertServer(span);
  }

  @Test
  void responsesCreateReadsTheModelUnion() {
    Response response =
        traced.responses()
            .create(ResponseCreateParams.builder().model("gpt-4.1-mini").input("What is a span?").build());
    assertEquals("resp_68a1f0c2d4e6b8a0", response.id());
    SpanData span = onlySpan();
    assertEquals("chat gpt-4.1-mini", span.getName());
    assertEquals("gpt-4.1-mini", span.getAttributes().get(GEN_AI_REQUEST_MODEL));
    assertEquals("gpt-4.1-mini-2025-04-14", span.getAttributes().get(GEN_AI_RESPONSE_MODEL));
    assertEquals("resp_68a1f0c2d4e6b8a0", span.getAttributes().get(GEN_AI_RESPONSE_ID));
    assertEquals(36L, span.getAttributes().get(GEN_AI_USAGE_INPUT_TOKENS));
    assertEquals(19L, span.getAttributes().get(GEN_AI_USAGE_OUTPUT_TOKENS));
    assertEquals("responses", span.getAttributes().get(OPENAI_API_TYPE));
  }

  @Test
  void embeddings() {
    traced.embeddings()
        .create(EmbeddingCreateParams.builder().model(EmbeddingModel.TEXT_EMBEDDING_3_SMALL).input("span").build());
    SpanData span = onlySpan();
    assertEquals("embeddings text-embedding-3-small", span.getName());
    assertEquals("embeddings", span.getAttributes().get(GEN_AI_OPERATION_NAME));
    assertEquals(9L, span.getAttributes().get(GEN_AI_USAGE_INPUT_TOKENS));
    assertEquals("text-embedding-3-small", span.getAttributes().get(GEN_AI_RESPONSE_MODEL));
  }

  @Test
  void modelsList() {
    traced.models().list();
    SpanData span = onlySpan();
    assertEquals("models.list", span.getName());
    assertEquals(3L, span.getAttributes().get(io.opentelemetry.api.common.AttributeKey.longKey("openai.response.count")));
    assertServer(span);
  }

  @Test
  void aRateLimitReachesTheCallerUnchangedAndIsRecorded() {
    RateLimitException thrown =
        assertThrows(RateLimitException.class, () -> traced.chat().completions().create(chat("trigger-429")));
    assertEquals(429, thrown.statusCode());
    SpanData span = onlySpan();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(429L, span.getAttributes().get(HttpAttributes.HTTP_RESPONSE_STATUS_CODE));
    assertEquals("429", span.getAttributes().get(ErrorAttributes.ERROR_TYPE), "the HTTP status, as the HTTP conventions say");
    assertEquals("requests", span.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey("openai.error.type")));
    assertEquals(0L, span.getAttributes().get(dev.tracepoet.openai.internal.ErrorHeaders.REMAINING_REQUESTS));
    assertEquals("rate_limit_exceeded", span.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey("openai.error.code")));
    assertEquals(20L, span.getAttributes().get(dev.tracepoet.openai.internal.ErrorHeaders.RETRY_AFTER_MS));
  }

  @Test
  void withOptionsStaysTraced() {
    traced.withOptions(b -> b.putHeader("x-trace-test", "1")).chat().completions().create(chat("gpt-4o-mini"));
    assertEquals("1", server.last().headers().get("x-trace-test"));
    assertEquals("chat gpt-4o-mini", onlySpan().getName());
  }

  @Test
  void theSameServiceGivesTheSameWrapper() {
    assertSame(traced.chat().completions(), traced.chat().completions());
  }

  @Test
  void withRawResponseStillWorks() {
    try (HttpResponseFor<ChatCompletion> raw = traced.withRawResponse().chat().completions().create(chat("gpt-4o-mini"))) {
      assertEquals(200, raw.statusCode());
      assertEquals("gpt-4o-mini-2024-07-18", raw.parse().model());
    }
  }

  @Test
  void aServerTheSettingsNameWinsOverTheBaseUrl() {
    OpenAIClient named =
        OpenAiTracing.wrap(
            client,
            OpenTelemetrySdk.builder().setTracerProvider(telemetry.tracerProvider()).build(),
            TracingSettings.builder().metricsEnabled(false).server("gateway.internal", 8443).build());
    named.models().list();
    SpanData span = onlySpan();
    assertEquals("gateway.internal", span.getAttributes().get(ServerAttributes.SERVER_ADDRESS));
    assertEquals(8443L, span.getAttributes().get(ServerAttributes.SERVER_PORT));
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> OpenAiTracing.wrap((OpenAIClient) null));
    assertEquals("client", e.getMessage());
    assertThrows(NullPointerException.class, () -> OpenAiTracing.wrap(client, null));
  }
}
