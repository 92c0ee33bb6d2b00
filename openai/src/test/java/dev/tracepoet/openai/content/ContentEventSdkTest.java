package dev.tracepoet.openai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import dev.tracepoet.openai.OpenAiTracing;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The opt-in content event {@code gen_ai.client.inference.operation.details} carries what this
 * module's hooks record (history, tool definitions, output), with the real SDK against the fixtures.
 */
class ContentEventSdkTest extends ContentFixtureTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final InMemorySpanExporter eventSpans = InMemorySpanExporter.create();
  private final InMemoryLogRecordExporter logs = InMemoryLogRecordExporter.create();
  private final OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(eventSpans)).build())
      .setLoggerProvider(SdkLoggerProvider.builder().addLogRecordProcessor(SimpleLogRecordProcessor.create(logs)).build())
      .build();

  @AfterEach
  void closeOtel() {
    otel.close();
  }

  private OpenAIClient traced(ContentDestination destination) {
    return OpenAiTracing.wrap(client, otel, TracingSettings.builder().captureContent(true).metricsEnabled(false)
        .genAi(GenAiSettings.builder().contentDestination(destination).build()).build());
  }

  private static JsonNode parse(LogRecordData record, AttributeKey<String> key) throws Exception {
    String value = record.getAttributes().get(key);
    assertNotNull(value, () -> key + " missing from the event: " + record.getAttributes());
    return JSON.readTree(value);
  }

  @Test
  void chatContentGoesOnlyToTheEvent() throws Exception {
    traced(ContentDestination.EVENT).chat().completions().create(ChatContentTest.history());
    SpanData span = eventSpans.getFinishedSpanItems().get(0);
    for (AttributeKey<String> key : CONTENT_KEYS) {
      assertNull(span.getAttributes().get(key), () -> key + " is on the span");
    }
    List<LogRecordData> records = logs.getFinishedLogRecordItems();
    assertEquals(1, records.size());
    LogRecordData event = records.get(0);
    assertEquals("gen_ai.client.inference.operation.details", event.getEventName());
    assertEquals(span.getSpanContext(), event.getSpanContext());
    assertEquals(List.of("system", "developer", "user", "assistant", "tool"), roles(parse(event, INPUT)));
    assertEquals("get_weather", parse(event, TOOLS).get(0).get("function").get("name").asText());
    assertEquals("assistant", parse(event, OUTPUT).get(0).get("role").asText());
  }

  @Test
  void streamedChatContentOnTheSpanAndInTheEvent() throws Exception {
    try (StreamResponse<ChatCompletionChunk> stream =
        traced(ContentDestination.SPAN_AND_EVENT).chat().completions().createStreaming(ChatContentTest.history())) {
      stream.stream().count();
    }
    SpanData span = eventSpans.getFinishedSpanItems().get(0);
    LogRecordData event = logs.getFinishedLogRecordItems().get(0);
    for (AttributeKey<String> key : List.of(INPUT, OUTPUT, TOOLS)) {
      assertNotNull(span.getAttributes().get(key), () -> key + " missing from the span");
      assertEquals(span.getAttributes().get(key), event.getAttributes().get(key), key.getKey());
    }
  }
}
