package dev.tracepoet.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.RequestOptions;
import com.anthropic.core.http.HttpResponseFor;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.InternalServerException;
import com.anthropic.errors.RateLimitException;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCountTokensParams;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.batches.BatchCreateParams;
import com.anthropic.models.messages.batches.MessageBatch;
import dev.tracepoet.anthropic.fixture.AnthropicFixtureTest;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.semconv.ErrorAttributes;
import io.opentelemetry.semconv.HttpAttributes;
import io.opentelemetry.semconv.ServerAttributes;
import io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real SDK, wrapped by {@link AnthropicTracing}, against the loopback fixtures: the spans and metrics it records. */
class AnthropicTracingTest extends AnthropicFixtureTest {
  static final String MODEL = "claude-sonnet-4-5";

  private AnthropicClient traced;

  @BeforeEach
  void trace() {
    traced = AnthropicTracing.wrap(client, otel, TracingSettings.defaults());
  }

  /** A chat request; with the sampling params on 2.x (3.x has none: {@link SdkShape}). */
  static MessageCreateParams chat(String model) {
    MessageCreateParams.Builder builder = MessageCreateParams.builder()
        .model(model)
        .maxTokens(1024)
        .system("You explain tracing.")
        .addUserMessage("What is a span?")
        .stopSequences(List.of("\n\nHuman:"));
    if (!SdkShape.V3) {
      builder.temperature(0.2).topP(0.9).topK(40);
    }
    return builder.build();
  }

  private void assertServer(SpanData span) {
    assertEquals(server.host(), span.getAttributes().get(ServerAttributes.SERVER_ADDRESS));
    assertEquals(server.port(), span.getAttributes().get(ServerAttributes.SERVER_PORT));
  }

  @Test
  void messagesCreateIsOneGenAiChatSpanWithCachedTokensInTheInput() {
    Message message = traced.messages().create(chat(MODEL), RequestOptions.none());

    assertEquals("msg_01XFDUDYJgAACzvnptvVoYEL", message.id());
    SpanData span = onlySpan();
    assertEquals("chat " + MODEL, span.getName());
    assertEquals(SpanKind.CLIENT, span.getKind());
    assertEquals("chat", span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_OPERATION_NAME));
    assertEquals("anthropic", span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_PROVIDER_NAME));
    assertEquals(MODEL, span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_REQUEST_MODEL));
    assertEquals(1024L, span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_REQUEST_MAX_TOKENS));
    assertEquals(SdkShape.V3 ? null : 0.2, span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_REQUEST_TEMPERATURE));
    assertEquals(SdkShape.V3 ? null : 0.9, span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_REQUEST_TOP_P));
    assertEquals(SdkShape.V3 ? null : 40.0, span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_REQUEST_TOP_K));
    assertEquals(List.of("\n\nHuman:"), span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_REQUEST_STOP_SEQUENCES));
    assertEquals("msg_01XFDUDYJgAACzvnptvVoYEL", span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_RESPONSE_ID));
    assertEquals("claude-sonnet-4-5-20250929", span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_RESPONSE_MODEL));
    assertEquals(List.of("tool_use"), span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_RESPONSE_FINISH_REASONS));
    // v1.41.0: input tokens include the cached ones: 21 uncached + 1200 read + 100 written
    assertEquals(1321L, span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_USAGE_INPUT_TOKENS));
    assertEquals(47L, span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_USAGE_OUTPUT_TOKENS));
    assertEquals(1200L, span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS));
    assertEquals(100L, span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS));
    assertNull(span.getAttributes().get(AttributeKey.stringKey("gen_ai.input.messages")), "content is opt-in");
    assertServer(span);
    assertEquals("/v1/messages", server.received().get(0).path());
  }

  @Test
  void theTokenUsageMetricCountsCachedInputTokens() {
    traced.messages().create(chat(MODEL));
    MetricData usage = metrics.collectAllMetrics().stream()
        .filter(m -> m.getName().equals("gen_ai.client.token.usage")).findFirst().orElseThrow();
    Map<String, Long> sums = usage.getHistogramData().getPoints().stream().collect(Collectors.toMap(
        p -> p.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_TOKEN_TYPE), p -> (long) p.getSum()));
    assertEquals(Map.of("input", 1321L, "output", 47L), sums);
    HistogramPointData point = usage.getHistogramData().getPoints().iterator().next();
    assertEquals("anthropic", point.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_PROVIDER_NAME));
    assertEquals("claude-sonnet-4-5-20250929", point.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_RESPONSE_MODEL));
  }

  @Test
  void theOneArgumentOverloadRecordsExactlyOneSpan() {
    traced.messages().create(chat(MODEL));
    assertEquals("chat " + MODEL, onlySpan().getName());
  }

  @Test
  void aStreamIsFoldedIntoOneSpanWithTimeToFirstChunk() {
    long events;
    try (StreamResponse<RawMessageStreamEvent> stream = traced.messages().createStreaming(chat(MODEL))) {
      assertTrue(spans.getFinishedSpanItems().isEmpty(), "open while streaming");
      events = stream.stream().count();
    }
    assertEquals(11, events, "every event reaches the caller (the SDK drops pings)");
    SpanData span = onlySpan();
    assertEquals("chat " + MODEL, span.getName());
    assertEquals(Boolean.TRUE, span.getAttributes().get(AttributeKey.booleanKey("gen_ai.request.stream")));
    assertEquals("msg_01StreamAbCdEfGhIjKlMnOp", span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_RESPONSE_ID));
    assertEquals("claude-sonnet-4-5-20250929", span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_RESPONSE_MODEL));
    assertEquals(List.of("end_turn"), span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_RESPONSE_FINISH_REASONS));
    assertEquals(325L, span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_USAGE_INPUT_TOKENS), "25 + 300 cached");
    assertEquals(15L, span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_USAGE_OUTPUT_TOKENS), "from message_delta");
    assertEquals(300L, span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS));
    Double ttfc = span.getAttributes().get(AttributeKey.doubleKey("gen_ai.response.time_to_first_chunk"));
    assertNotNull(ttfc);
    assertTrue(ttfc > 0 && ttfc < 60, "seconds: " + ttfc);
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    assertServer(span);
  }

  @Test
  void aStreamClosedAfterTheFirstEventEndsItsSpanOnceAsCancelled() {
    StreamResponse<RawMessageStreamEvent> stream = traced.messages().createStreaming(chat(MODEL));
    RawMessageStreamEvent first = stream.stream().findFirst().orElseThrow();
    assertTrue(first.isMessageStart());
    stream.close();
    stream.close();
    SpanData span = onlySpan();
    assertEquals(Boolean.TRUE, span.getAttributes().get(AttributeKey.booleanKey("tracepoet.cancelled")));
    assertEquals("msg_01StreamAbCdEfGhIjKlMnOp", span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_RESPONSE_ID));
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
  }

  @Test
  void aRateLimitReachesTheCallerUnchangedAndIsRecorded() {
    RateLimitException thrown =
        assertThrows(RateLimitException.class, () -> traced.messages().create(chat("trigger-429")));
    assertEquals(429, thrown.statusCode());
    SpanData span = onlySpan();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals("429", span.getAttributes().get(ErrorAttributes.ERROR_TYPE));
    assertEquals(429L, span.getAttributes().get(HttpAttributes.HTTP_RESPONSE_STATUS_CODE));
    assertEquals("rate_limit_error", span.getAttributes().get(AttributeKey.stringKey("anthropic.error.type")));
    assertEquals("req_011CfixtureRequest1", span.getAttributes().get(AttributeKey.stringKey("anthropic.error.request_id")));
    assertEquals(7000L, span.getAttributes().get(AttributeKey.longKey("anthropic.error.retry_after_ms")));
    assertEquals(1, span.getEvents().size(), "one exception event");
  }

  @Test
  void anOverloadedApiIsA529() {
    InternalServerException thrown =
        assertThrows(InternalServerException.class, () -> traced.messages().create(chat("trigger-529")));
    assertEquals(529, thrown.statusCode());
    SpanData span = onlySpan();
    assertEquals("529", span.getAttributes().get(ErrorAttributes.ERROR_TYPE));
    assertEquals("overloaded_error", span.getAttributes().get(AttributeKey.stringKey("anthropic.error.type")));
  }

  @Test
  void countTokensIsAPlainSpan() {
    long count = traced.messages()
        .countTokens(MessageCountTokensParams.builder().model(MODEL).addUserMessage("What is a span?").build())
        .inputTokens();
    assertEquals(2095, count);
    SpanData span = onlySpan();
    assertEquals("messages.count_tokens", span.getName());
    assertEquals(2095L, span.getAttributes().get(AttributeKey.longKey("anthropic.response.input_tokens")));
    assertEquals(MODEL, span.getAttributes().get(AttributeKey.stringKey("anthropic.request.model")));
    assertNull(span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_OPERATION_NAME));
  }

  @Test
  void batchesRecordIdsStatusAndCountsNeverRequests() {
    MessageBatch created = traced.messages().batches().create(BatchCreateParams.builder()
        .addRequest(BatchCreateParams.Request.builder().customId("a").params(
            BatchCreateParams.Request.Params.builder().model(MODEL).maxTokens(16).addUserMessage("secret prompt").build())
            .build())
        .build());
    traced.messages().batches().retrieve(created.id());
    traced.messages().batches().list();
    traced.messages().batches().cancel(created.id());
    traced.messages().batches().delete(created.id());
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(List.of("messages.batches.create", "messages.batches.retrieve", "messages.batches.list",
        "messages.batches.cancel", "messages.batches.delete"),
        finished.stream().map(SpanData::getName).collect(Collectors.toList()));
    SpanData retrieve = finished.get(1);
    assertEquals("msgbatch_013Zva2CMHLNnXjNJJKqJ2EF",
        retrieve.getAttributes().get(AttributeKey.stringKey("anthropic.request.message_batch_id")));
    assertEquals("ended", retrieve.getAttributes().get(AttributeKey.stringKey("anthropic.response.processing_status")));
    assertEquals(95L, retrieve.getAttributes().get(AttributeKey.longKey("anthropic.response.request_counts.succeeded")));
    assertEquals(1L, finished.get(0).getAttributes().get(AttributeKey.longKey("anthropic.request.request_count")));
    assertEquals(2L, finished.get(2).getAttributes().get(AttributeKey.longKey("anthropic.response.count")));
    for (SpanData span : finished) {
      assertTrue(span.getAttributes().asMap().values().stream().noneMatch(v -> v.toString().contains("secret prompt")));
    }
  }

  @Test
  void modelsAndBetaServices() {
    traced.models().list();
    traced.models().retrieve("claude-sonnet-4-5-20250929");
    traced.beta().models().list();
    traced.beta().files().list();
    SdkShape.call(traced.beta().files(), "retrieveMetadata", "file_011CNha8iCJcU1wXNR6q4V8w");
    SdkShape.call(traced.beta().files(), "delete", "file_011CNha8iCJcU1wXNR6q4V8w");
    traced.beta().messages().create(com.anthropic.models.beta.messages.MessageCreateParams.builder()
        .model(MODEL).maxTokens(64).addUserMessage("What is a span?").build());
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(List.of("models.list", "models.retrieve", "beta.models.list", "beta.files.list",
        "beta.files.retrieve_metadata", "beta.files.delete", "chat " + MODEL),
        finished.stream().map(SpanData::getName).collect(Collectors.toList()));
    assertEquals(3L, finished.get(0).getAttributes().get(AttributeKey.longKey("anthropic.response.count")));
    assertEquals("Claude Sonnet 4.5",
        finished.get(1).getAttributes().get(AttributeKey.stringKey("anthropic.response.display_name")));
    assertEquals(Boolean.TRUE, finished.get(3).getAttributes().get(AttributeKey.booleanKey("anthropic.response.has_more")));
    assertEquals(1048576L, finished.get(4).getAttributes().get(AttributeKey.longKey("anthropic.response.size_bytes")));
    SpanData beta = finished.get(6);
    assertEquals("anthropic", beta.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_PROVIDER_NAME));
    assertEquals(1321L, beta.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_USAGE_INPUT_TOKENS));
    assertEquals(SdkShape.BETA_QUERY, server.received().get(6).query());
  }

  @Test
  void withOptionsStaysTracedAndWithRawResponseKeepsWorking() {
    AnthropicClient derived = traced.withOptions(options -> options.maxRetries(0));
    derived.messages().create(chat(MODEL));
    assertEquals("chat " + MODEL, onlySpan().getName());
    HttpResponseFor<Message> raw = traced.withRawResponse().messages().create(chat(MODEL));
    assertEquals(200, raw.statusCode());
    assertEquals("msg_01XFDUDYJgAACzvnptvVoYEL", raw.parse().id());
    assertSame(traced.messages(), traced.messages(), "one wrapper per SDK service");
  }

  @Test
  void asyncAndSyncStayTraced() {
    traced.async().sync().messages().create(chat(MODEL));
    assertEquals("chat " + MODEL, onlySpan().getName());
  }
}
