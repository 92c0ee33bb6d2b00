package dev.tracepoet.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.ObjectMappers;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.messages.Base64ImageSource;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.ImageBlockParam;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.TextBlockParam;
import com.anthropic.models.messages.ThinkingBlockParam;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlockParam;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tracepoet.anthropic.fixture.AnthropicFixtureTest;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Content capture on: system instructions, every part type of the history, tool definitions, output (also streamed). */
class ContentCaptureTest extends AnthropicFixtureTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private AnthropicClient traced;

  @BeforeEach
  void trace() {
    traced = AnthropicTracing.wrap(client, otel, TracingSettings.builder().captureContent(true).build());
  }

  private static MessageCreateParams conversation() {
    MessageCreateParams.Builder builder = MessageCreateParams.builder()
        .model("claude-sonnet-4-5")
        .maxTokens(256)
        .system("You are terse.");
    add(builder, "User", List.of(
        ContentBlockParam.ofText(TextBlockParam.builder().text("Weather in Paris? See the map.").build()),
        ContentBlockParam.ofImage(ImageBlockParam.builder().source(Base64ImageSource.builder()
            .mediaType(Base64ImageSource.MediaType.IMAGE_PNG).data("iVBORw0KGgoAAAANSUhEUg==").build()).build())));
    add(builder, "Assistant", List.of(
        ContentBlockParam.ofThinking(ThinkingBlockParam.builder().thinking("Call the tool.").signature("sig").build()),
        // read from JSON: the builder's input(...) setters differ between the SDK versions tested
        ContentBlockParam.ofToolUse(ObjectMappers.jsonMapper().convertValue(
            Map.of("type", "tool_use", "id", "toolu_1", "name", "get_weather", "input", Map.of("city", "Paris")),
            ToolUseBlockParam.class))));
    add(builder, "User", List.of(
        ContentBlockParam.ofToolResult(ToolResultBlockParam.builder().toolUseId("toolu_1").content("sunny").build())));
    return builder
        .addTool(ObjectMappers.jsonMapper().convertValue(Map.of("name", "get_weather", "description", "Current weather",
            "input_schema", Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string")))), Tool.class))
        .build();
  }

  /** A message of {@code role} with {@code blocks}: 3.x renamed {@code add*MessageOfBlockParams} to {@code add*MessageOfContentBlockParams}. */
  private static void add(MessageCreateParams.Builder builder, String role, List<ContentBlockParam> blocks) {
    SdkShape.call(builder, "add" + role + (SdkShape.V3 ? "MessageOfContentBlockParams" : "MessageOfBlockParams"), blocks);
  }

  private static JsonNode json(SpanData span, String key) throws Exception {
    return JSON.readTree(span.getAttributes().get(AttributeKey.stringKey(key)));
  }

  @Test
  void theHistoryInstructionsToolsAndOutputAreMessages() throws Exception {
    traced.messages().create(conversation());
    SpanData span = onlySpan();
    assertEquals(JSON.readTree("[{\"type\":\"text\",\"content\":\"You are terse.\"}]"), json(span, "gen_ai.system_instructions"));
    assertEquals(JSON.readTree("["
        + "{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"Weather in Paris? See the map.\"},"
        + "{\"type\":\"blob\",\"modality\":\"image\",\"mime_type\":\"image/png\",\"content\":\"\",\"content_omitted\":true,\"size\":18}]},"
        + "{\"role\":\"assistant\",\"parts\":[{\"type\":\"reasoning\",\"content\":\"Call the tool.\"},"
        + "{\"type\":\"tool_call\",\"id\":\"toolu_1\",\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}]},"
        + "{\"role\":\"user\",\"parts\":[{\"type\":\"tool_call_response\",\"id\":\"toolu_1\",\"response\":\"sunny\"}]}]"),
        json(span, "gen_ai.input.messages"));
    JsonNode tools = json(span, "gen_ai.tool.definitions");
    assertEquals("get_weather", tools.get(0).get("name").asText());
    assertEquals("Current weather", tools.get(0).get("description").asText());
    assertEquals("string", tools.get(0).get("parameters").get("properties").get("city").get("type").asText());
    assertEquals(JSON.readTree("[{\"role\":\"assistant\",\"parts\":["
        + "{\"type\":\"reasoning\",\"content\":\"The user asks what a span is.\"},"
        + "{\"type\":\"text\",\"content\":\"A span is one timed operation in a trace.\"},"
        + "{\"type\":\"tool_call\",\"id\":\"toolu_01A09q90qw90lq917835lq9\",\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}],"
        + "\"finish_reason\":\"tool_use\"}]"), json(span, "gen_ai.output.messages"));
    assertFalse(span.getAttributes().asMap().values().stream().anyMatch(v -> v.toString().contains("iVBORw0KGgo")),
        "image bytes are never recorded");
  }

  @Test
  void streamedBlocksAreMergedIntoOneOutputMessage() throws Exception {
    try (StreamResponse<RawMessageStreamEvent> stream = traced.messages().createStreaming(conversation())) {
      stream.stream().forEach(event -> {});
    }
    SpanData span = onlySpan();
    assertEquals(JSON.readTree("[{\"role\":\"assistant\",\"parts\":["
        + "{\"type\":\"text\",\"content\":\"A span is one timed operation.\"},"
        + "{\"type\":\"tool_call\",\"id\":\"toolu_01StreamTool\",\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\": \\\"Paris\\\"}\"}],"
        + "\"finish_reason\":\"end_turn\"}]"), json(span, "gen_ai.output.messages"));
    assertEquals("You are terse.", json(span, "gen_ai.system_instructions").get(0).get("content").asText());
  }
}
