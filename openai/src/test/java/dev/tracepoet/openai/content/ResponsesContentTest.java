package dev.tracepoet.openai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.models.ChatModel;
import com.openai.models.ResponsesModel;
import com.openai.models.responses.EasyInputMessage;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseStreamEvent;
import com.openai.models.responses.Tool;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Responses API content, finish reasons and model union with the real SDK against the fixtures (both SDK versions). */
class ResponsesContentTest extends ContentFixtureTest {
  private static final AttributeKey<List<String>> FINISH_REASONS = AttributeKey.stringArrayKey("gen_ai.response.finish_reasons");
  private static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");

  /** Instructions, input items of every mapped kind, a function tool and an MCP tool with credentials. */
  static ResponseCreateParams request(String fixture) {
    ResponseCreateParams.Builder builder = ResponseCreateParams.builder()
        .model("gpt-4.1-mini")
        .instructions("Answer in one sentence.")
        .inputOfResponse(List.of(
            ResponseInputItem.ofEasyInputMessage(
                EasyInputMessage.builder().role(EasyInputMessage.Role.DEVELOPER).content("Prefer Celsius.").build()),
            ResponseInputItem.ofEasyInputMessage(
                EasyInputMessage.builder().role(EasyInputMessage.Role.USER).content("Weather in Paris?").build()),
            ResponseInputItem.ofFunctionCall(ResponseFunctionToolCall.builder()
                .callId("call_a").name("get_weather").arguments("{\"city\":\"Paris\"}").build()),
            ResponseInputItem.ofFunctionCall(ResponseFunctionToolCall.builder()
                .callId("call_b").name("get_time").arguments("{\"city\":\"Paris\"}").build()),
            ResponseInputItem.ofFunctionCallOutput(
                ResponseInputItem.FunctionCallOutput.builder().callId("call_a").output("sunny").build()),
            ResponseInputItem.ofFunctionCallOutput(
                ResponseInputItem.FunctionCallOutput.builder().callId("call_b").output("noon").build())))
        .addTool(FunctionTool.builder()
            .name("get_weather")
            .description("The weather of a city")
            .parameters(FunctionTool.Parameters.builder()
                .putAdditionalProperty("type", JsonValue.from("object"))
                .putAdditionalProperty("properties", JsonValue.from(Map.of("city", Map.of("type", "string"))))
                .build())
            .strict(false)
            .build())
        .addTool(Tool.Mcp.builder()
            .serverLabel("docs")
            .serverUrl("https://mcp.example.com/sse")
            .authorization("mcp-oauth-token-s3cr3t")
            .headers(Tool.Mcp.Headers.builder().putAdditionalProperty("X-Api-Key", JsonValue.from("k3y-s3cr3t")).build())
            .build());
    if (fixture != null) {
      builder.putAdditionalHeader("x-fixture", fixture);
    }
    return builder.build();
  }

  @Test
  void contentIsOffByDefault() {
    OpenAIClient traced = traced(TracingSettings.builder());
    traced.responses().create(request("responses/tool-call.json"));
    SpanData span = onlySpan();
    for (AttributeKey<String> key : CONTENT_KEYS) {
      assertNull(span.getAttributes().get(key), () -> key + " recorded without content capture");
    }
    assertEquals(List.of("tool_calls"), span.getAttributes().get(FINISH_REASONS), "finish reasons are not content");
  }

  @Test
  void instructionsInputItemsAndOutputItems() {
    Response response = capturing().responses().create(request("responses/tool-call.json"));

    assertEquals(3, response.output().size());
    SpanData span = onlySpan();
    JsonNode instructions = json(span, INSTRUCTIONS);
    assertEquals(1, instructions.size());
    assertEquals("text", instructions.get(0).get("type").asText());
    assertEquals("Answer in one sentence.", instructions.get(0).get("content").asText());

    JsonNode input = json(span, INPUT);
    assertEquals(List.of("developer", "user", "assistant", "tool"), roles(input));
    assertEquals(List.of("tool_call", "tool_call"), partTypes(input.get(2)), "consecutive calls share a message");
    assertEquals("call_b", input.get(2).get("parts").get(1).get("id").asText());
    assertEquals("get_time", input.get(2).get("parts").get(1).get("name").asText());
    assertEquals(List.of("tool_call_response", "tool_call_response"), partTypes(input.get(3)));
    assertEquals("call_a", input.get(3).get("parts").get(0).get("id").asText());
    assertEquals("sunny", input.get(3).get("parts").get(0).get("response").asText());

    JsonNode output = json(span, OUTPUT);
    assertEquals(1, output.size());
    assertEquals("assistant", output.get(0).get("role").asText());
    assertEquals("tool_calls", output.get(0).get("finish_reason").asText());
    assertEquals(List.of("text", "tool_call"), partTypes(output.get(0)), "the reasoning item has no part");
    assertEquals("Checking the weather.", output.get(0).get("parts").get(0).get("content").asText());
    assertEquals("call_Rs9dK2", output.get(0).get("parts").get(1).get("id").asText());
    assertEquals(List.of("tool_calls"), span.getAttributes().get(FINISH_REASONS));
  }

  @Test
  void toolDefinitionsWithoutCredentials() {
    capturing().responses().create(request(null));

    SpanData span = onlySpan();
    String raw = span.getAttributes().get(TOOLS);
    assertFalse(raw.contains("s3cr3t"), raw);
    JsonNode tools = json(span, TOOLS);
    assertEquals(2, tools.size());
    assertEquals("function", tools.get(0).get("type").asText());
    assertEquals("get_weather", tools.get(0).get("name").asText());
    assertEquals("object", tools.get(0).get("parameters").get("type").asText());
    assertEquals("mcp", tools.get(1).get("type").asText());
    assertEquals("docs", tools.get(1).get("server_label").asText());
    assertNull(tools.get(1).get("authorization"));
    assertNull(tools.get(1).get("headers"));
  }

  @Test
  void aPlainStringInputIsOneUserMessageAndAFinishedAnswerStops() {
    capturing().responses().create(ResponseCreateParams.builder().model("gpt-4.1-mini").input("What is a span?").build());

    SpanData span = onlySpan();
    JsonNode input = json(span, INPUT);
    assertEquals(List.of("user"), roles(input));
    assertEquals("What is a span?", input.get(0).get("parts").get(0).get("content").asText());
    assertNull(span.getAttributes().get(INSTRUCTIONS));
    assertNull(span.getAttributes().get(TOOLS));
    assertEquals(List.of("stop"), span.getAttributes().get(FINISH_REASONS));
    assertEquals("stop", json(span, OUTPUT).get(0).get("finish_reason").asText());
  }

  @Test
  void anIncompleteResponseFinishesWithLength() {
    capturing().responses().create(request("responses/incomplete.json"));

    SpanData span = onlySpan();
    assertEquals(List.of("length"), span.getAttributes().get(FINISH_REASONS));
    JsonNode output = json(span, OUTPUT);
    assertEquals("length", output.get(0).get("finish_reason").asText());
    assertEquals("A span is one", output.get(0).get("parts").get(0).get("content").asText());
  }

  @Test
  void streamedEventsAreFoldedIntoOneOutputMessage() {
    long events;
    try (StreamResponse<ResponseStreamEvent> stream =
        capturing().responses().createStreaming(request("responses/stream-tool-call.sse"))) {
      events = stream.stream().count();
    }
    assertEquals(8, events);
    SpanData span = onlySpan();
    assertEquals(List.of("tool_calls"), span.getAttributes().get(FINISH_REASONS));
    JsonNode output = json(span, OUTPUT);
    assertEquals(1, output.size());
    assertEquals("tool_calls", output.get(0).get("finish_reason").asText());
    assertEquals(List.of("text", "tool_call"), partTypes(output.get(0)));
    assertEquals("Checking the weather.", output.get(0).get("parts").get(0).get("content").asText());
    JsonNode call = output.get(0).get("parts").get(1);
    assertEquals("call_Rs9dK2", call.get("id").asText());
    assertEquals("get_weather", call.get("name").asText());
    assertEquals("{\"city\":\"Paris\"}", call.get("arguments").asText());
    assertEquals("Answer in one sentence.", json(span, INSTRUCTIONS).get(0).get("content").asText());
  }

  @Test
  void anIncompleteStreamTakesIdModelAndFinishReasonFromItsLastEvent() {
    try (StreamResponse<ResponseStreamEvent> stream =
        capturing().responses().createStreaming(request("responses/stream-incomplete.sse"))) {
      assertEquals(5, stream.stream().count());
    }
    SpanData span = onlySpan();
    assertEquals("resp_68a1f0c2d4e6b8a0", span.getAttributes().get(AttributeKey.stringKey("gen_ai.response.id")));
    assertEquals("gpt-4.1-mini-2025-04-14", span.getAttributes().get(AttributeKey.stringKey("gen_ai.response.model")));
    assertEquals(List.of("length"), span.getAttributes().get(FINISH_REASONS));
    JsonNode output = json(span, OUTPUT);
    assertEquals("length", output.get(0).get("finish_reason").asText());
    assertEquals("Checking the weather.", output.get(0).get("parts").get(0).get("content").asText());
  }

  @Test
  void asyncCreateRecordsTheSameContent() throws Exception {
    Response response = capturing().async().responses().create(request("responses/tool-call.json")).get();

    assertEquals("resp_68a1f0c2d4e6b8a0", response.id());
    SpanData span = onlySpan();
    assertEquals(List.of("developer", "user", "assistant", "tool"), roles(json(span, INPUT)));
    assertEquals("tool_calls", json(span, OUTPUT).get(0).get("finish_reason").asText());
    assertEquals(List.of("tool_calls"), span.getAttributes().get(FINISH_REASONS));
  }

  @Test
  void theModelIsReadFromEveryResponsesModelAlternative() {
    OpenAIClient traced = traced(TracingSettings.builder());
    traced.responses().create(ResponseCreateParams.builder().model("my-deployment").input("hi").build());
    traced.responses().create(ResponseCreateParams.builder().model(ChatModel.GPT_4_1).input("hi").build());
    traced.responses().create(
        ResponseCreateParams.builder().model(ResponsesModel.ResponsesOnlyModel.O1_PRO).input("hi").build());

    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(3, finished.size());
    assertEquals("my-deployment", finished.get(0).getAttributes().get(REQUEST_MODEL));
    assertEquals("chat my-deployment", finished.get(0).getName());
    assertEquals("gpt-4.1", finished.get(1).getAttributes().get(REQUEST_MODEL));
    assertEquals("chat gpt-4.1", finished.get(1).getName());
    assertEquals("o1-pro", finished.get(2).getAttributes().get(REQUEST_MODEL));
    assertEquals("chat o1-pro", finished.get(2).getName());
  }
}
