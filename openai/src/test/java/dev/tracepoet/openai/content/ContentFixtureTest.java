package dev.tracepoet.openai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import dev.tracepoet.openai.OpenAiTracing;
import dev.tracepoet.openai.fixture.OpenAiFixtureTest;
import dev.tracepoet.runtime.TracingSettings;
import dev.tracepoet.sdktesting.TestTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The real SDK against the fixtures, traced with given settings; the content attributes parsed with Jackson. */
abstract class ContentFixtureTest extends OpenAiFixtureTest {
  static final AttributeKey<String> INPUT = AttributeKey.stringKey("gen_ai.input.messages");
  static final AttributeKey<String> OUTPUT = AttributeKey.stringKey("gen_ai.output.messages");
  static final AttributeKey<String> INSTRUCTIONS = AttributeKey.stringKey("gen_ai.system_instructions");
  static final AttributeKey<String> TOOLS = AttributeKey.stringKey("gen_ai.tool.definitions");
  static final List<AttributeKey<String>> CONTENT_KEYS = List.of(INPUT, OUTPUT, INSTRUCTIONS, TOOLS);

  private static final ObjectMapper JSON = new ObjectMapper();

  InMemorySpanExporter spans;
  private final List<TestTelemetry> telemetries = new ArrayList<>();

  /** The fixture client wrapped with {@code settings} (metrics off). */
  OpenAIClient traced(TracingSettings.Builder settings) {
    TestTelemetry telemetry = TestTelemetry.create();
    telemetries.add(telemetry);
    spans = telemetry.spans();
    return OpenAiTracing.wrap(client, telemetry.otel(), settings.metricsEnabled(false).build());
  }

  /** The fixture client wrapped with content capture on. */
  OpenAIClient capturing() {
    return traced(TracingSettings.builder().captureContent(true));
  }

  @AfterEach
  void closeProviders() {
    telemetries.forEach(TestTelemetry::close);
  }

  SpanData onlySpan() {
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(1, finished.size(), () -> "exactly one span: " + finished);
    return finished.get(0);
  }

  /** The attribute {@code key} of {@code span}, parsed (fails when absent or not JSON). */
  static JsonNode json(SpanData span, AttributeKey<String> key) {
    String value = span.getAttributes().get(key);
    if (value == null) {
      throw new AssertionError("no " + key + " on " + span.getAttributes());
    }
    try {
      return JSON.readTree(value);
    } catch (java.io.IOException e) {
      throw new AssertionError("not valid JSON: " + value, e);
    }
  }

  /** The roles of the messages, in order. */
  static List<String> roles(JsonNode messages) {
    List<String> roles = new ArrayList<>();
    messages.forEach(m -> roles.add(m.get("role").asText()));
    return roles;
  }

  /** The part types of one message, in order. */
  static List<String> partTypes(JsonNode message) {
    List<String> types = new ArrayList<>();
    message.get("parts").forEach(p -> types.add(p.get("type").asText()));
    return types;
  }
}
