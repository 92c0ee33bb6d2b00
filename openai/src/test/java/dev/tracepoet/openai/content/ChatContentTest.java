package dev.tracepoet.openai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.core.JsonField;
import com.openai.core.JsonMissing;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionContentPart;
import com.openai.models.chat.completions.ChatCompletionContentPartImage;
import com.openai.models.chat.completions.ChatCompletionContentPartInputAudio;
import com.openai.models.chat.completions.ChatCompletionContentPartText;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import dev.tracepoet.runtime.GenAiSettings;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chat completions content capture with the real SDK against the fixtures (run on both SDK versions). */
class ChatContentTest extends ContentFixtureTest {

  /** A history with every role and part type, and one function tool. */
  static ChatCompletionCreateParams history() {
    return ChatCompletionCreateParams.builder()
        .model("gpt-4o-mini")
        .addSystemMessage("You explain tracing.")
        .addDeveloperMessage("Answer in one sentence.")
        .addUserMessageOfArrayOfContentParts(List.of(
            ChatCompletionContentPart.ofText(ChatCompletionContentPartText.builder().text("What is on this picture?").build()),
            ChatCompletionContentPart.ofImageUrl(ChatCompletionContentPartImage.builder()
                .imageUrl(ChatCompletionContentPartImage.ImageUrl.builder().url("data:image/png;base64,iVBORw0KGgo=").build())
                .build()),
            ChatCompletionContentPart.ofInputAudio(ChatCompletionContentPartInputAudio.builder()
                .inputAudio(ChatCompletionContentPartInputAudio.InputAudio.builder()
                    .data("UklGRiQAAABXQVZF")
                    .format(ChatCompletionContentPartInputAudio.InputAudio.Format.WAV)
                    .build())
                .build()),
            ChatCompletionContentPart.ofFile(ChatCompletionContentPart.File.builder()
                .file(ChatCompletionContentPart.File.FileObject.builder()
                    .fileData("data:application/pdf;base64,JVBERi0x")
                    .filename("spec.pdf")
                    .build())
                .build())))
        .addMessage(ChatCompletionAssistantMessageParam.builder()
            .addToolCall(ChatCompletionMessageFunctionToolCall.builder()
                .id("call_1")
                .function(ChatCompletionMessageFunctionToolCall.Function.builder()
                    .name("get_weather")
                    .arguments("{\"city\":\"Paris\"}")
                    .build())
                .build())
            .build())
        .addMessage(ChatCompletionToolMessageParam.builder().toolCallId("call_1").content("sunny, 21°C").build())
        .addFunctionTool(FunctionDefinition.builder()
            .name("get_weather")
            .description("The weather of a city")
            .parameters(FunctionParameters.builder()
                .putAdditionalProperty("type", JsonValue.from("object"))
                .putAdditionalProperty("properties", JsonValue.from(Map.of("city", Map.of("type", "string"))))
                .build())
            .build())
        .build();
  }

  @Test
  void contentIsOffByDefault() {
    OpenAIClient traced = traced(TracingSettings.builder());
    traced.chat().completions().create(history());
    try (StreamResponse<ChatCompletionChunk> stream = traced.chat().completions().createStreaming(history())) {
      stream.stream().count();
    }
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(2, finished.size());
    for (SpanData span : finished) {
      for (AttributeKey<String> key : CONTENT_KEYS) {
        assertNull(span.getAttributes().get(key), () -> key + " recorded without content capture");
      }
      assertTrue(span.getAttributes().asMap().keySet().stream().noneMatch(k -> k.getKey().contains("messages")));
    }
  }

  @Test
  void theHistoryWithEveryRoleAndPartType() {
    capturing().chat().completions().create(history());

    JsonNode input = json(onlySpan(), INPUT);
    assertEquals(List.of("system", "developer", "user", "assistant", "tool"), roles(input));
    assertEquals("You explain tracing.", input.get(0).get("parts").get(0).get("content").asText());
    assertEquals("Answer in one sentence.", input.get(1).get("parts").get(0).get("content").asText());

    JsonNode user = input.get(2);
    assertEquals(List.of("text", "blob", "blob", "blob"), partTypes(user));
    JsonNode image = user.get("parts").get(1);
    assertEquals("image", image.get("modality").asText());
    assertEquals("image/png", image.get("mime_type").asText());
    assertEquals(8, image.get("size").asLong());
    assertEquals("", image.get("content").asText(), "the bytes are never written");
    JsonNode audio = user.get("parts").get(2);
    assertEquals("audio", audio.get("modality").asText());
    assertEquals("audio/wav", audio.get("mime_type").asText());
    assertEquals(12, audio.get("size").asLong());
    JsonNode file = user.get("parts").get(3);
    assertEquals("application/pdf", file.get("mime_type").asText());
    assertEquals(6, file.get("size").asLong());

    JsonNode call = input.get(3).get("parts").get(0);
    assertEquals("tool_call", call.get("type").asText());
    assertEquals("call_1", call.get("id").asText());
    assertEquals("get_weather", call.get("name").asText());
    assertEquals("{\"city\":\"Paris\"}", call.get("arguments").asText());
    JsonNode result = input.get(4).get("parts").get(0);
    assertEquals("tool_call_response", result.get("type").asText());
    assertEquals("call_1", result.get("id").asText());
    assertEquals("sunny, 21°C", result.get("response").asText());
  }

  @Test
  void theChoicesAsOutputMessagesWithTheirFinishReasons() {
    ChatCompletion completion = capturing().chat().completions().create(history());

    assertEquals(2, completion.choices().size());
    JsonNode output = json(onlySpan(), OUTPUT);
    assertEquals(List.of("assistant", "assistant"), roles(output));
    assertEquals("stop", output.get(0).get("finish_reason").asText());
    assertEquals("Spans record one operation each; attributes describe it.",
        output.get(0).get("parts").get(0).get("content").asText());
    assertEquals("tool_calls", output.get(1).get("finish_reason").asText());
    JsonNode call = output.get(1).get("parts").get(0);
    assertEquals("tool_call", call.get("type").asText());
    assertEquals("call_Qm3f8TzL1vXo2pRk", call.get("id").asText());
    assertEquals("get_weather", call.get("name").asText());
    assertEquals("{\"city\":\"Paris\"}", call.get("arguments").asText());
  }

  @Test
  void theToolDefinitionsInTheSourceFormat() {
    capturing().chat().completions().create(history());

    JsonNode tools = json(onlySpan(), TOOLS);
    assertEquals(1, tools.size());
    assertEquals("function", tools.get(0).get("type").asText());
    JsonNode function = tools.get(0).get("function");
    assertEquals("get_weather", function.get("name").asText());
    assertEquals("The weather of a city", function.get("description").asText());
    assertEquals("string", function.get("parameters").get("properties").get("city").get("type").asText());
  }

  @Test
  void streamedTextAndToolCallFragmentsAreMergedIntoOneOutputMessage() {
    long chunks;
    try (StreamResponse<ChatCompletionChunk> stream = capturing().chat().completions().createStreaming(history())) {
      chunks = stream.stream().count();
    }
    assertEquals(9, chunks);
    SpanData span = onlySpan();
    JsonNode output = json(span, OUTPUT);
    assertEquals(1, output.size());
    assertEquals("assistant", output.get(0).get("role").asText());
    assertEquals("tool_calls", output.get(0).get("finish_reason").asText());
    assertEquals(List.of("text", "tool_call"), partTypes(output.get(0)));
    assertEquals("Spans end exactly once.", output.get(0).get("parts").get(0).get("content").asText());
    JsonNode call = output.get(0).get("parts").get(1);
    assertEquals("call_Zr8kP2wQ5nYd", call.get("id").asText());
    assertEquals("get_weather", call.get("name").asText());
    assertEquals("{\"city\":\"Paris\"}", call.get("arguments").asText());
    assertEquals(List.of("system", "developer", "user", "assistant", "tool"), roles(json(span, INPUT)));
  }

  @Test
  void theRedactorRunsOnEveryTextPart() {
    OpenAIClient traced = traced(TracingSettings.builder()
        .captureContent(true)
        .genAi(GenAiSettings.builder().redactor(text -> text.replace("Paris", "[city]")).build()));
    traced.chat().completions().create(history());

    SpanData span = onlySpan();
    String input = span.getAttributes().get(INPUT);
    String output = span.getAttributes().get(OUTPUT);
    assertFalse(input.contains("Paris"), input);
    assertFalse(output.contains("Paris"), output);
    assertEquals("{\"city\":\"[city]\"}", json(span, INPUT).get(3).get("parts").get(0).get("arguments").asText());
  }

  @Test
  void truncatedPartsKeepTheJsonValidAndSaySo() {
    OpenAIClient traced = traced(TracingSettings.builder()
        .captureContent(true)
        .genAi(GenAiSettings.builder().contentPartLimit(8).build()));
    try (StreamResponse<ChatCompletionChunk> stream = traced.chat().completions().createStreaming(history())) {
      stream.stream().count();
    }
    traced.chat().completions().create(history());

    for (SpanData span : spans.getFinishedSpanItems()) {
      JsonNode input = json(span, INPUT);
      JsonNode system = input.get(0).get("parts").get(0);
      assertEquals("You expl", system.get("content").asText());
      assertTrue(system.get("truncated").asBoolean());
      JsonNode output = json(span, OUTPUT);
      JsonNode text = output.get(0).get("parts").get(0);
      assertEquals(8, text.get("content").asText().length());
      assertTrue(text.get("truncated").asBoolean());
      JsonNode tools = json(span, TOOLS);
      assertEquals("get_weather", tools.get(0).get("name").asText());
      assertTrue(tools.get(0).get("truncated").asBoolean());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aMessageTheSdkCannotReadIsLeftOutAndNothingElseIsLost() {
    // a tool call without its required id: the SDK's id() accessor throws
    JsonField<String> missing = (JsonField<String>) (JsonField<?>) JsonMissing.of();
    ChatCompletionCreateParams params = history().toBuilder()
        .addMessage(ChatCompletionAssistantMessageParam.builder()
            .addToolCall(ChatCompletionMessageFunctionToolCall.builder()
                .id(missing)
                .function(ChatCompletionMessageFunctionToolCall.Function.builder().name("x").arguments("{}").build())
                .build())
            .build())
        .addUserMessage("and after it?")
        .putAdditionalHeader("x-fixture", "chat/completion-odd.json")
        .build();

    ChatCompletion completion = capturing().chat().completions().create(params);

    assertEquals("chatcmpl-TPc0aK3r9Z3DqAqvL2tYkU1QxHn0P", completion.id());
    SpanData span = onlySpan();
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    assertEquals(42L, span.getAttributes().get(AttributeKey.longKey("gen_ai.usage.input_tokens")));
    JsonNode input = json(span, INPUT);
    assertEquals("user", input.get(input.size() - 1).get("role").asText());
    assertEquals("and after it?", input.get(input.size() - 1).get("parts").get(0).get("content").asText());
    // choice 0 has no message (its accessor throws): only choice 1 is recorded
    JsonNode output = json(span, OUTPUT);
    assertEquals(1, output.size());
    assertEquals("tool_calls", output.get(0).get("finish_reason").asText());
  }
}
