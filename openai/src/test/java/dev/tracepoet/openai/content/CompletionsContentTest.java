package dev.tracepoet.openai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionCreateParams;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Legacy completions content capture with the real SDK against the fixtures (run on both SDK versions). */
class CompletionsContentTest extends ContentFixtureTest {

  private static CompletionCreateParams.Builder params() {
    return CompletionCreateParams.builder().model("gpt-3.5-turbo-instruct").maxTokens(16L);
  }

  @Test
  void thePromptIsUserTextAndEachChoiceAnAssistantMessage() {
    Completion completion = capturing().completions().create(params().prompt("Define a trace.").build());

    assertEquals(2, completion.choices().size());
    SpanData span = onlySpan();
    JsonNode input = json(span, INPUT);
    assertEquals(List.of("user"), roles(input));
    assertEquals("Define a trace.", input.get(0).get("parts").get(0).get("content").asText());
    assertEquals("text", input.get(0).get("parts").get(0).get("type").asText());
    JsonNode output = json(span, OUTPUT);
    assertEquals(List.of("assistant", "assistant"), roles(output));
    assertEquals("\n\nA trace is a tree of spans.", output.get(0).get("parts").get(0).get("content").asText());
    assertEquals("stop", output.get(0).get("finish_reason").asText());
    assertEquals("\n\nTraces connect", output.get(1).get("parts").get(0).get("content").asText());
    assertEquals("length", output.get(1).get("finish_reason").asText());
  }

  @Test
  void aBatchOfPromptsIsOneUserMessageEachAndTokenPromptsHaveNoText() {
    capturing().completions().create(params().promptOfArrayOfStrings(List.of("Define a trace.", "Define a span.")).build());
    JsonNode input = json(onlySpan(), INPUT);
    assertEquals(List.of("user", "user"), roles(input));
    assertEquals("Define a span.", input.get(1).get("parts").get(0).get("content").asText());

    OpenAIClient tokens = capturing();
    tokens.completions().create(params().promptOfArrayOfTokens(List.of(1L, 2L, 3L)).build());
    SpanData span = onlySpan();
    assertNull(span.getAttributes().get(INPUT), "token ids are not text");
    assertEquals(List.of("assistant", "assistant"), roles(json(span, OUTPUT)));
  }

  @Test
  void aStreamFoldsTheChunksTextAndFinishReason() {
    try (StreamResponse<Completion> stream = capturing().completions().createStreaming(params().prompt("Define a trace.").build())) {
      assertEquals(5, stream.stream().count());
    }
    SpanData span = onlySpan();
    assertEquals(List.of("user"), roles(json(span, INPUT)));
    JsonNode output = json(span, OUTPUT);
    assertEquals(List.of("assistant"), roles(output));
    assertEquals("\n\nA trace is a tree of spans.", output.get(0).get("parts").get(0).get("content").asText());
    assertEquals("stop", output.get(0).get("finish_reason").asText());
  }

  @Test
  void nothingIsCapturedByDefault() {
    traced(TracingSettings.builder()).completions().create(params().prompt("Define a trace.").build());
    SpanData span = onlySpan();
    for (var key : CONTENT_KEYS) {
      assertNull(span.getAttributes().get(key), key.getKey());
    }
  }
}
