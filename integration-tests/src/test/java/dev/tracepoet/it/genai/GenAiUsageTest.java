package dev.tracepoet.it.genai;

import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_USAGE_INPUT_TOKENS;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_USAGE_OUTPUT_TOKENS;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_USAGE_REASONING_OUTPUT_TOKENS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tracepoet.it.genai.GenAiUsageApi.AnthropicResponse;
import dev.tracepoet.it.genai.GenAiUsageApi.AnthropicUsage;
import dev.tracepoet.it.genai.GenAiUsageApi.CompletionDetails;
import dev.tracepoet.it.genai.GenAiUsageApi.OpenAiResponse;
import dev.tracepoet.it.genai.GenAiUsageApi.OpenAiUsage;
import dev.tracepoet.it.genai.GenAiUsageApi.PromptDetails;
import dev.tracepoet.it.genai.GenAiUsageApi.Request;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 13 item 3: cached and reasoning tokens from the usage wiring, input including the cache. */
class GenAiUsageTest {
  private final GenAiFixture fixture = new GenAiFixture();

  @Test
  void openAiDetailsAreRecordedAndInputAlreadyIncludesTheCache() {
    fixture.openAi = new OpenAiResponse("gpt-4o", List.of(),
        new OpenAiUsage(100, 40, 140, Optional.of(new PromptDetails(Optional.of(64L))),
            Optional.of(new CompletionDetails(Optional.of(25L)))));
    fixture.client().chat(new Request("gpt-4o", null, null, null));
    SpanData span = fixture.onlySpan();
    assertEquals(100L, span.getAttributes().get(GEN_AI_USAGE_INPUT_TOKENS));
    assertEquals(40L, span.getAttributes().get(GEN_AI_USAGE_OUTPUT_TOKENS));
    assertEquals(64L, span.getAttributes().get(GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS));
    assertEquals(25L, span.getAttributes().get(GEN_AI_USAGE_REASONING_OUTPUT_TOKENS));
    assertNull(span.getAttributes().get(GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS));
    assertEquals(100L, fixture.tokenSum("input"));
  }

  @Test
  void absentOptionalDetailsRecordNothing() {
    fixture.openAi = new OpenAiResponse("gpt-4o", List.of(),
        new OpenAiUsage(10, 4, 14, Optional.empty(), Optional.of(new CompletionDetails(Optional.empty()))));
    fixture.client().chat(new Request("gpt-4o", null, null, null));
    SpanData span = fixture.onlySpan();
    assertEquals(10L, span.getAttributes().get(GEN_AI_USAGE_INPUT_TOKENS));
    assertNull(span.getAttributes().get(GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS));
    assertNull(span.getAttributes().get(GEN_AI_USAGE_REASONING_OUTPUT_TOKENS));
  }

  @Test
  void anthropicInputTokensGetTheCacheAdded() {
    fixture.anthropic = new AnthropicResponse("claude", new AnthropicUsage(20, 9, 300L, 50L));
    fixture.client().messages(new Request("claude", null, null, null));
    SpanData span = fixture.onlySpan();
    assertEquals(370L, span.getAttributes().get(GEN_AI_USAGE_INPUT_TOKENS));
    assertEquals(300L, span.getAttributes().get(GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS));
    assertEquals(50L, span.getAttributes().get(GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS));
    assertEquals(9L, span.getAttributes().get(GEN_AI_USAGE_OUTPUT_TOKENS));
    // One set of keys: no acme.response.usage copy of a count that has a GenAI key; the total (no
    // GenAI key) counts the input as the GenAI input does.
    assertNull(span.getAttributes().get(AttributeKey.longKey("acme.response.usage.prompt_tokens")));
    assertNull(span.getAttributes().get(AttributeKey.longKey("acme.response.usage.completion_tokens")));
    assertEquals(379L, span.getAttributes().get(AttributeKey.longKey("acme.response.usage.total_tokens")));
    assertEquals(370L, fixture.tokenSum("input"));
  }

  @Test
  void anthropicWithoutCacheCountsKeepTheReportedInput() {
    fixture.anthropic = new AnthropicResponse("claude", new AnthropicUsage(20, 9, null, null));
    fixture.client().messages(new Request("claude", null, null, null));
    assertEquals(20L, fixture.onlySpan().getAttributes().get(GEN_AI_USAGE_INPUT_TOKENS));
  }
}
