package dev.tracepoet.it.genai;

import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_REQUEST_MODEL;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_REQUEST_STREAM;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_RESPONSE_FINISH_REASONS;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_RESPONSE_MODEL;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_RESPONSE_TIME_TO_FIRST_CHUNK;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_TOKEN_TYPE;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_USAGE_INPUT_TOKENS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracepoet.it.genai.GenAiUsageApi.Choice;
import dev.tracepoet.it.genai.GenAiUsageApi.OpenAiResponse;
import dev.tracepoet.it.genai.GenAiUsageApi.OpenAiUsage;
import dev.tracepoet.it.genai.GenAiUsageApi.Request;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 13 items 4 (streams) and 5 (metrics with the response model and server, sampled or not). */
class GenAiStreamsAndMetricsTest {
  private static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  private static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");

  private static OpenAiResponse chunk(String reason0, String reason1, OpenAiUsage usage) {
    return new OpenAiResponse("gpt-4o-2024-08-06",
        usage != null ? List.of() : List.of(new Choice(reason0, "a"), new Choice(reason1, "b")), usage);
  }

  @Test
  void streamsRecordTimeToFirstChunkStreamFlagAndFinishReasonsOfAllChunks() {
    GenAiFixture fixture = new GenAiFixture();
    fixture.chunks = List.of(chunk(null, null, null), chunk("stop", null, null), chunk(null, "length", null),
        chunk(null, null, new OpenAiUsage(7, 3, 10, Optional.empty(), Optional.empty())));
    long count = fixture.client().stream(new Request("gpt-4o", null, null, null)).collect(Collectors.toList()).size();
    assertEquals(4, count);
    SpanData span = fixture.onlySpan();
    assertEquals(Boolean.TRUE, span.getAttributes().get(GEN_AI_REQUEST_STREAM));
    Double ttfc = span.getAttributes().get(GEN_AI_RESPONSE_TIME_TO_FIRST_CHUNK);
    assertNotNull(ttfc);
    assertTrue(ttfc >= 0 && ttfc < 60, "seconds: " + ttfc);
    // The last chunk (usage only) has no choices; the reasons come from the chunks that ended them.
    assertEquals(List.of("stop", "length"), span.getAttributes().get(GEN_AI_RESPONSE_FINISH_REASONS));
    assertEquals(7L, span.getAttributes().get(GEN_AI_USAGE_INPUT_TOKENS));
  }

  @Test
  void plainCallsAreNotMarkedStreamed() {
    GenAiFixture fixture = new GenAiFixture();
    fixture.openAi = chunk("stop", "stop", null);
    fixture.client().chat(new Request("gpt-4o", null, null, null));
    SpanData span = fixture.onlySpan();
    assertNull(span.getAttributes().get(GEN_AI_REQUEST_STREAM));
    assertNull(span.getAttributes().get(GEN_AI_RESPONSE_TIME_TO_FIRST_CHUNK));
    assertEquals(List.of("stop", "stop"), span.getAttributes().get(GEN_AI_RESPONSE_FINISH_REASONS));
  }

  @Test
  void metricsCarryResponseModelAndServerEvenWhenTheSpanIsNotSampled() {
    GenAiFixture fixture = new GenAiFixture(Sampler.alwaysOff());
    fixture.openAi = new OpenAiResponse("gpt-4o-2024-08-06", List.of(),
        new OpenAiUsage(11, 5, 16, Optional.empty(), Optional.empty()));
    fixture.client().chat(new Request("gpt-4o", null, null, null));
    assertTrue(fixture.spans.getFinishedSpanItems().isEmpty());

    List<HistogramPointData> tokens = fixture.tokenPoints();
    assertEquals(2, tokens.size());
    for (HistogramPointData point : tokens) {
      Attributes attributes = point.getAttributes();
      assertEquals("gpt-4o", attributes.get(GEN_AI_REQUEST_MODEL));
      assertEquals("gpt-4o-2024-08-06", attributes.get(GEN_AI_RESPONSE_MODEL));
      assertEquals("api.example.com", attributes.get(SERVER_ADDRESS));
      assertEquals(443L, attributes.get(SERVER_PORT));
    }
    assertEquals(11L, fixture.tokenSum("input"));
    assertEquals(5L, fixture.tokenSum("output"));

    List<HistogramPointData> durations = List.copyOf(
        fixture.metric("gen_ai.client.operation.duration").getHistogramData().getPoints());
    assertEquals(1, durations.size());
    Attributes attributes = durations.get(0).getAttributes();
    assertEquals("gpt-4o-2024-08-06", attributes.get(GEN_AI_RESPONSE_MODEL));
    assertEquals("chat", attributes.get(AttributeKey.stringKey("gen_ai.operation.name")));
    assertEquals("openai", attributes.get(AttributeKey.stringKey("gen_ai.provider.name")));
    // Only bounded attributes: no ids, no content.
    assertEquals(
        List.of("gen_ai.operation.name", "gen_ai.provider.name", "gen_ai.request.model", "gen_ai.response.model",
            "server.address", "server.port"),
        attributes.asMap().keySet().stream().map(AttributeKey::getKey).sorted().collect(Collectors.toList()));
    assertEquals(List.of("input", "output"),
        tokens.stream().map(p -> p.getAttributes().get(GEN_AI_TOKEN_TYPE)).sorted().collect(Collectors.toList()));
  }

  @Test
  void failedCallsRecordDurationWithErrorType() {
    GenAiFixture fixture = new GenAiFixture();
    fixture.failure = new IllegalStateException("overloaded");
    try {
      fixture.client().chat(new Request("gpt-4o", null, null, null));
    } catch (IllegalStateException expected) {
      // the caller gets the delegate's exception
    }
    HistogramPointData point = fixture.metric("gen_ai.client.operation.duration").getHistogramData().getPoints()
        .iterator().next();
    assertEquals("java.lang.IllegalStateException", point.getAttributes().get(AttributeKey.stringKey("error.type")));
    assertNull(point.getAttributes().get(GEN_AI_RESPONSE_MODEL));
  }
}
