package dev.tracepoet.it.genai;

import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_REQUEST_TOP_K;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_USAGE_INPUT_TOKENS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tracepoet.it.genai.GenAiContentApi.Message;
import dev.tracepoet.it.genai.GenAiContentApi.Reply;
import dev.tracepoet.it.genai.GenAiContentApi.Request;
import dev.tracepoet.it.genai.GenAiContentApi.Tool;
import dev.tracepoet.runtime.GenAiSettings;
import dev.tracepoet.runtime.GenAiSettings.ContentDestination;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import io.opentelemetry.sdk.testing.exporter.InMemoryLogRecordExporter;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code systemInstructions} / {@code toolDefinitions} wiring of a plain client and an integer
 * {@code top_k}, on real spans and events. The content attributes are "any"-typed in the
 * conventions (no semconv Java constants): their names are spelled here.
 */
class GenAiContentWiringTest {
  private static final AttributeKey<String> INSTRUCTIONS = AttributeKey.stringKey("gen_ai.system_instructions");
  private static final AttributeKey<String> TOOLS = AttributeKey.stringKey("gen_ai.tool.definitions");
  private static final AttributeKey<String> INPUT = AttributeKey.stringKey("gen_ai.input.messages");
  private static final AttributeKey<String> OUTPUT = AttributeKey.stringKey("gen_ai.output.messages");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryLogRecordExporter logs = InMemoryLogRecordExporter.create();
  private final OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
      .setLoggerProvider(SdkLoggerProvider.builder().addLogRecordProcessor(SimpleLogRecordProcessor.create(logs)).build())
      .build();

  private final GenAiContentApi delegate = new GenAiContentApi() {
    @Override
    public Reply chat(Request request) {
      return new Reply("Sunny.");
    }

    @Override
    public Reply chatWithNames(Request request) {
      return new Reply("Done.");
    }
  };

  @AfterEach
  void close() {
    otel.close();
  }

  private GenAiContentApi traced(boolean capture, GenAiSettings genAi) {
    return TracedGenAiContentApi.wrap(delegate, otel, TracingSettings.builder().captureContent(capture).genAi(genAi).build());
  }

  private static Request request() {
    Map<String, Object> schema = Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string")),
        "required", List.of("city"));
    return new Request("claude-sonnet-4", 40, "You are a weather bot. Key: sk-secret", List.of("Be terse.", "No emojis."),
        List.of(new Message("user", "Weather in Paris?")),
        List.of(new Tool("get_weather", Optional.of("The weather of a city"), schema),
            new Tool("get_time", Optional.empty(), null)),
        List.of("search", "calculator"));
  }

  @Test
  void instructionsAndToolDefinitionsInTheConventionsShapeRedacted() throws Exception {
    Reply reply = traced(true, GenAiSettings.builder().redactor(text -> text.replace("sk-secret", "[key]")).build())
        .chat(request());
    assertEquals("Sunny.", reply.text());
    SpanData span = spans.getFinishedSpanItems().get(0);
    assertEquals(40.0, span.getAttributes().get(GEN_AI_REQUEST_TOP_K), "an int top_k is the double the key wants");
    JsonNode instructions = JSON.readTree(span.getAttributes().get(INSTRUCTIONS));
    assertEquals(1, instructions.size());
    assertEquals("text", instructions.get(0).get("type").asText());
    assertEquals("You are a weather bot. Key: [key]", instructions.get(0).get("content").asText());
    JsonNode tools = JSON.readTree(span.getAttributes().get(TOOLS));
    assertEquals(2, tools.size());
    JsonNode weather = tools.get(0);
    assertEquals("function", weather.get("type").asText());
    assertEquals("get_weather", weather.get("name").asText());
    assertEquals("The weather of a city", weather.get("description").asText());
    assertEquals("string", weather.get("parameters").get("properties").get("city").get("type").asText());
    assertEquals("city", weather.get("parameters").get("required").get(0).asText());
    assertEquals("get_time", tools.get(1).get("name").asText());
    assertFalse(tools.get(1).has("description"), "an empty Optional writes nothing");
    assertFalse(tools.get(1).has("parameters"));
  }

  @Test
  void listsOfInstructionsAndToolNames() throws Exception {
    traced(true, GenAiSettings.defaults()).chatWithNames(request());
    SpanData span = spans.getFinishedSpanItems().get(0);
    JsonNode instructions = JSON.readTree(span.getAttributes().get(INSTRUCTIONS));
    assertEquals(List.of("Be terse.", "No emojis."), List.of(instructions.get(0).get("content").asText(),
        instructions.get(1).get("content").asText()));
    JsonNode tools = JSON.readTree(span.getAttributes().get(TOOLS));
    assertEquals("search", tools.get(0).get("name").asText());
    assertEquals("function", tools.get(1).get("type").asText());
    assertEquals("calculator", tools.get(1).get("name").asText());
  }

  @Test
  void nothingWithoutContentCapture() {
    traced(false, GenAiSettings.defaults()).chat(request());
    SpanData span = spans.getFinishedSpanItems().get(0);
    assertNull(span.getAttributes().get(INSTRUCTIONS));
    assertNull(span.getAttributes().get(TOOLS));
    assertEquals(40.0, span.getAttributes().get(GEN_AI_REQUEST_TOP_K));
  }

  @Test
  void toolsBoundedPerToolAndEverythingInTheEvent() throws Exception {
    traced(true, GenAiSettings.builder().contentPartLimit(60).contentDestination(ContentDestination.EVENT).build())
        .chat(request());
    SpanData span = spans.getFinishedSpanItems().get(0);
    for (AttributeKey<String> key : List.of(INSTRUCTIONS, TOOLS, INPUT, OUTPUT)) {
      assertNull(span.getAttributes().get(key), key.getKey() + " only in the event");
    }
    LogRecordData event = logs.getFinishedLogRecordItems().get(0);
    assertEquals("gen_ai.client.inference.operation.details", event.getEventName());
    assertEquals(span.getAttributes().get(GEN_AI_USAGE_INPUT_TOKENS), event.getAttributes().get(GEN_AI_USAGE_INPUT_TOKENS));
    JsonNode tools = JSON.readTree(event.getAttributes().get(TOOLS));
    assertEquals("get_weather", tools.get(0).get("name").asText());
    assertTrue(tools.get(0).get("truncated").asBoolean(), "a tool longer than the part limit keeps its name");
    assertFalse(tools.get(0).has("parameters"));
    assertFalse(tools.get(1).has("truncated"));
    JsonNode instructions = JSON.readTree(event.getAttributes().get(INSTRUCTIONS));
    assertTrue(instructions.get(0).has("content"));
    assertEquals("Weather in Paris?", JSON.readTree(event.getAttributes().get(INPUT)).get(0).get("parts").get(0)
        .get("content").asText());
    assertEquals("Sunny.", JSON.readTree(event.getAttributes().get(OUTPUT)).get(0).get("parts").get(0)
        .get("content").asText());
  }
}
