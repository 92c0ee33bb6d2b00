package dev.tracepoet.it.genai;

import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_CONVERSATION_ID;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_OUTPUT_TYPE;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_REQUEST_CHOICE_COUNT;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_REQUEST_ENCODING_FORMATS;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_REQUEST_MODEL;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_USAGE_INPUT_TOKENS;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_REQUEST_STOP_SEQUENCES;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_REQUEST_TOP_K;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_RESPONSE_MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tracepoet.it.genai.GenAiUsageApi.AnthropicResponse;
import dev.tracepoet.it.genai.GenAiUsageApi.EmbedRequest;
import dev.tracepoet.it.genai.GenAiUsageApi.OpenAiResponse;
import dev.tracepoet.it.genai.GenAiUsageApi.OpenAiUsage;
import dev.tracepoet.it.genai.GenAiUsageApi.Request;
import dev.tracepoet.it.genai.StatusErrorHook.HttpStatusException;
import dev.tracepoet.runtime.GenAiSettings;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Issue 13 items 6 (one set of keys), 7 (no duplicate LLM spans) and 8 (errors). */
class GenAiKeysAndNestingTest {
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  private final GenAiFixture fixture = new GenAiFixture();

  private static OpenAiResponse response() {
    return new OpenAiResponse("gpt-4o-2024-08-06", List.of(), new OpenAiUsage(3, 2, 5, Optional.empty(),
        Optional.empty()));
  }

  @Test
  void genAiValuesAreNotCopiedUnderTheIntegrationKeysByDefault() {
    fixture.openAi = response();
    fixture.client().chat(new Request("gpt-4o", 1, "END", 0.5));
    SpanData span = fixture.onlySpan();
    assertEquals("gpt-4o", span.getAttributes().get(GEN_AI_REQUEST_MODEL));
    assertEquals("gpt-4o-2024-08-06", span.getAttributes().get(GEN_AI_RESPONSE_MODEL));
    assertEquals(List.of("END"), span.getAttributes().get(GEN_AI_REQUEST_STOP_SEQUENCES));
    assertEquals(0.5, span.getAttributes().get(GEN_AI_REQUEST_TOP_K));
    assertNull(span.getAttributes().get(GEN_AI_REQUEST_CHOICE_COUNT), "n = 1 is the default");
    span.getAttributes().forEach((key, value) ->
        assertEquals(false, key.getKey().startsWith("acme.request.") || key.getKey().startsWith("acme.response.m")
            || key.getKey().equals("acme.response.usage.prompt_tokens")
            || key.getKey().equals("acme.response.usage.completion_tokens"),
            "copy " + key));
    assertEquals(3L, span.getAttributes().get(GEN_AI_USAGE_INPUT_TOKENS));
    assertEquals(5L, span.getAttributes().get(AttributeKey.longKey("acme.response.usage.total_tokens")),
        "the total has no GenAI key: kept");
  }

  @Test
  void theSettingKeepsTheCopies() {
    fixture.openAi = response();
    TracingSettings settings = TracingSettings.builder()
        .genAi(GenAiSettings.builder().integrationCopies(true).build()).build();
    fixture.client(settings).chat(new Request("gpt-4o", 3, "END", null));
    SpanData span = fixture.onlySpan();
    assertEquals("gpt-4o", span.getAttributes().get(AttributeKey.stringKey("acme.request.model")));
    assertEquals("gpt-4o", span.getAttributes().get(GEN_AI_REQUEST_MODEL));
    assertEquals(3L, span.getAttributes().get(AttributeKey.longKey("acme.request.n")));
    assertEquals(3L, span.getAttributes().get(GEN_AI_REQUEST_CHOICE_COUNT));
    assertEquals("END", span.getAttributes().get(AttributeKey.stringKey("acme.request.stop")));
    assertEquals(3L, span.getAttributes().get(AttributeKey.longKey("acme.response.usage.prompt_tokens")));
    assertEquals(2L, span.getAttributes().get(AttributeKey.longKey("acme.response.usage.completion_tokens")));
  }

  @Test
  void encodingFormatsOutputTypeAndConversationId() {
    fixture.openAi = response();
    fixture.client().embed(new EmbedRequest("text-embedding-3-small", "base64", "json", "conv-7"));
    SpanData span = fixture.onlySpan();
    assertEquals(List.of("base64"), span.getAttributes().get(GEN_AI_REQUEST_ENCODING_FORMATS));
    assertEquals("json", span.getAttributes().get(GEN_AI_OUTPUT_TYPE));
    assertEquals("conv-7", span.getAttributes().get(GEN_AI_CONVERSATION_ID));
  }

  /** A traced client whose delegate calls another traced client, e.g. a wrapper over the SDK wrapper. */
  private GenAiUsageApi layered(TracingSettings settings) {
    GenAiUsageApi inner = fixture.client(settings);
    GenAiUsageApi outerDelegate = new GenAiUsageApi() {
      @Override
      public OpenAiResponse chat(Request request) {
        return inner.chat(request);
      }

      @Override
      public AnthropicResponse messages(Request request) {
        return inner.messages(request);
      }

      @Override
      public Stream<OpenAiResponse> stream(Request request) {
        return inner.stream(request);
      }

      @Override
      public OpenAiResponse embed(EmbedRequest request) {
        return inner.embed(request);
      }

      @Override
      public OpenAiResponse chatStatus(Request request) {
        return inner.chatStatus(request);
      }
    };
    return TracedGenAiUsageApi.wrap(outerDelegate, fixture.otel, settings);
  }

  @Test
  void nestedGenAiSpansAreSuppressedByDefault() {
    fixture.openAi = response();
    OpenAiResponse got = layered(TracingSettings.defaults()).chat(new Request("gpt-4o", null, null, null));
    assertSame(fixture.openAi, got);
    fixture.onlySpan();
    assertEquals(3L, fixture.tokenSum("input"), "one usage in the metrics");
    // Streams too.
    fixture.chunks = List.of(response());
    assertEquals(1, layered(TracingSettings.defaults()).stream(new Request("gpt-4o", null, null, null)).toList().size());
    assertEquals(2, fixture.spans.getFinishedSpanItems().size());
  }

  @Test
  void theSettingTurnsSuppressionOff() {
    fixture.openAi = response();
    TracingSettings settings = TracingSettings.builder()
        .genAi(GenAiSettings.builder().suppressNested(false).build()).build();
    layered(settings).chat(new Request("gpt-4o", null, null, null));
    List<SpanData> spans = fixture.spans.getFinishedSpanItems();
    assertEquals(2, spans.size());
    SpanData inner = spans.get(0);
    SpanData outer = spans.get(1);
    assertEquals(outer.getSpanId(), inner.getParentSpanId());
    assertEquals(6L, fixture.tokenSum("input"));
  }

  @Test
  void errorTypeComesFromTheHookWhenItHasOneElseTheExceptionClass() {
    fixture.failure = new HttpStatusException(429, "rate limited");
    HttpStatusException thrown =
        assertThrows(HttpStatusException.class, () -> fixture.client().chatStatus(new Request("gpt-4o", null, null, null)));
    assertSame(fixture.failure, thrown);
    SpanData span = fixture.onlySpan();
    assertEquals("429", span.getAttributes().get(ERROR_TYPE));
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals("rate limited", span.getStatus().getDescription());
    assertEquals("429", fixture.metric("gen_ai.client.operation.duration").getHistogramData().getPoints()
        .iterator().next().getAttributes().get(ERROR_TYPE));

    fixture.spans.reset();
    fixture.failure = new IllegalArgumentException("bad request");
    assertThrows(IllegalArgumentException.class, () -> fixture.client().chatStatus(new Request("gpt-4o", null, null, null)));
    assertEquals("java.lang.IllegalArgumentException", fixture.onlySpan().getAttributes().get(ERROR_TYPE));
  }
}
