package dev.tracepoet.it.genai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tracepoet.it.genai.GenAiChatApi.Choice;
import dev.tracepoet.it.genai.GenAiChatApi.Message;
import dev.tracepoet.it.genai.GenAiChatApi.Request;
import dev.tracepoet.it.genai.GenAiChatApi.Response;
import dev.tracepoet.it.genai.GenAiChatApi.Usage;
import dev.tracepoet.runtime.GenAiMessages;
import dev.tracepoet.runtime.GenAiSettings;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 2: content as the conventions' messages (JSON parsed with Jackson). The message
 * attributes are "any"-typed in the conventions, so the semconv Java artifact has no constants for
 * them: their names are spelled here.
 */
class GenAiMessagesTest {
  private static final AttributeKey<String> INPUT = AttributeKey.stringKey("gen_ai.input.messages");
  private static final AttributeKey<String> OUTPUT = AttributeKey.stringKey("gen_ai.output.messages");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void builderWritesTheConventionsShapeRedactsTruncatesAndStaysValid() throws Exception {
    GenAiSettings settings = GenAiSettings.builder()
        .contentPartLimit(10)
        .redactor(text -> text.replace("secret", "******"))
        .build();
    String json = GenAiMessages.create(settings)
        .message("system").text("a \"b\"\n\tc\\")
        .message("user").text("my secret is 1234567890").blob("image", "image/png", 2048)
        .message("assistant", "tool_call").toolCall("call_1", "weather", "{\"city\":\"Paris\"}")
        .message("tool").toolCallResponse("call_1", "sunny")
        .toJson();
    JsonNode messages = JSON.readTree(json);
    assertEquals(4, messages.size());
    assertEquals("system", messages.get(0).get("role").asText());
    JsonNode system = messages.get(0).get("parts").get(0);
    assertEquals("text", system.get("type").asText());
    assertEquals("a \"b\"\n\tc\\", system.get("content").asText());
    JsonNode user = messages.get(1).get("parts");
    assertEquals("my ******", user.get(0).get("content").asText().substring(0, 9));
    assertEquals(10, user.get(0).get("content").asText().length());
    assertTrue(user.get(0).get("truncated").asBoolean());
    assertEquals("blob", user.get(1).get("type").asText());
    assertEquals(2048, user.get(1).get("size").asLong());
    assertEquals("", user.get(1).get("content").asText(), "binary content is never written");
    JsonNode call = messages.get(2).get("parts").get(0);
    assertEquals("tool_call", call.get("type").asText());
    assertEquals("call_1", call.get("id").asText());
    assertEquals("weather", call.get("name").asText());
    assertEquals("tool_call", messages.get(2).get("finish_reason").asText());
    assertNull(messages.get(1).get("finish_reason"));
    JsonNode response = messages.get(3).get("parts").get(0);
    assertEquals("tool_call_response", response.get("type").asText());
    assertEquals("sunny", response.get("response").asText());

    JsonNode instructions = JSON.readTree(GenAiMessages.instructions(settings).text("Answer in French.").toJson());
    assertEquals("text", instructions.get(0).get("type").asText());
    assertFalse(instructions.get(0).has("role"));
  }

  @Test
  void promptAndCompletionWiringMapOntoMessagesOnlyWhenCaptureIsOn() throws Exception {
    for (boolean capture : new boolean[] {true, false}) {
      InMemorySpanExporter spans = InMemorySpanExporter.create();
      OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
          .build();
      GenAiChatApi delegate = new GenAiChatApi() {
        @Override
        public Response chat(Request request) {
          return new Response("id", "gpt-4o", List.of(new Choice("stop", new Message("assistant", "Bonjour"))),
              new Usage(1, 1, 2));
        }

        @Override
        public Response embed(Request request) {
          return null;
        }

        @Override
        public List<String> listModels() {
          return List.of();
        }
      };
      GenAiChatApi traced = TracedGenAiChatApi.wrap(delegate, otel,
          TracingSettings.builder().captureContent(capture).build());
      traced.chat(new Request("gpt-4o", List.of(new Message("user", "Hello"), new Message("user", "there")),
          null, null, null, null));
      SpanData span = spans.getFinishedSpanItems().get(0);
      if (!capture) {
        assertNull(span.getAttributes().get(INPUT));
        assertNull(span.getAttributes().get(OUTPUT));
        continue;
      }
      JsonNode input = JSON.readTree(span.getAttributes().get(INPUT));
      assertEquals("user", input.get(0).get("role").asText());
      assertEquals("Hello", input.get(0).get("parts").get(0).get("content").asText());
      assertEquals("there", input.get(0).get("parts").get(1).get("content").asText());
      JsonNode output = JSON.readTree(span.getAttributes().get(OUTPUT));
      assertEquals("assistant", output.get(0).get("role").asText());
      assertEquals("Bonjour", output.get(0).get("parts").get(0).get("content").asText());
      assertEquals("stop", output.get(0).get("finish_reason").asText());
      otel.close();
    }
  }
}
