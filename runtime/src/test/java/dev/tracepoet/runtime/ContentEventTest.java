package dev.tracepoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tracepoet.runtime.GenAiSettings.ContentDestination;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
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
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Captured content as the conventions' event {@code gen_ai.client.inference.operation.details}. */
class ContentEventTest {
  private static final AttributeKey<String> INPUT = AttributeKey.stringKey("gen_ai.input.messages");
  private static final AttributeKey<String> OUTPUT = AttributeKey.stringKey("gen_ai.output.messages");
  private static final AttributeKey<String> INSTRUCTIONS = AttributeKey.stringKey("gen_ai.system_instructions");
  private static final AttributeKey<String> TOOLS = AttributeKey.stringKey("gen_ai.tool.definitions");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryLogRecordExporter logs = InMemoryLogRecordExporter.create();
  private final OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
      .setLoggerProvider(SdkLoggerProvider.builder().addLogRecordProcessor(SimpleLogRecordProcessor.create(logs)).build())
      .build();

  @AfterEach
  void close() {
    otel.close();
  }

  static final class ChatHook extends NoStepsHook<String, String> {
    ChatHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected Object promptSource(String arguments) {
      return arguments;
    }

    @Override
    protected CharSequence completionText(String response) {
      return response;
    }

    @Override
    protected String model(String arguments) {
      return "acme-llm";
    }
  }

  private ChatHook hook(ContentDestination destination, boolean capture) {
    TracingSettings settings = TracingSettings.builder().captureContent(capture)
        .genAi(GenAiSettings.builder().contentDestination(destination).build()).build();
    ClientTracing tracing = ClientTracing.create(otel, "acme", "acme-ai", settings);
    return new ChatHook(tracing.endpoint("chat", "", "").withGenAiOperation("chat"));
  }

  @Test
  void spanAttributesByDefaultAndNoEvent() {
    assertEquals(ContentDestination.SPAN, GenAiSettings.defaults().contentDestination());
    hook(ContentDestination.SPAN, true).call("Hi?", a -> "Hello");
    SpanData span = spans.getFinishedSpanItems().get(0);
    assertNotNull(span.getAttributes().get(INPUT));
    assertNotNull(span.getAttributes().get(OUTPUT));
    assertTrue(logs.getFinishedLogRecordItems().isEmpty());
  }

  @Test
  void theEventCarriesTheMessagesInTheSpansContextAndTheSpanDoesNot() throws Exception {
    hook(ContentDestination.EVENT, true).call("Hi?", a -> "Hello");
    SpanData span = spans.getFinishedSpanItems().get(0);
    assertNull(span.getAttributes().get(INPUT));
    assertNull(span.getAttributes().get(OUTPUT));
    List<LogRecordData> records = logs.getFinishedLogRecordItems();
    assertEquals(1, records.size());
    LogRecordData record = records.get(0);
    assertEquals("gen_ai.client.inference.operation.details", record.getEventName());
    assertEquals(span.getSpanContext(), record.getSpanContext());
    assertEquals("chat", record.getAttributes().get(TracepoetAttributes.GEN_AI_OPERATION));
    assertEquals("acme-ai", record.getAttributes().get(TracepoetAttributes.GEN_AI_PROVIDER));
    assertEquals("acme-llm", record.getAttributes().get(TracepoetAttributes.GEN_AI_REQUEST_MODEL));
    JsonNode input = JSON.readTree(record.getAttributes().get(INPUT));
    assertEquals("user", input.get(0).get("role").asText());
    assertEquals("Hi?", input.get(0).get("parts").get(0).get("content").asText());
    JsonNode output = JSON.readTree(record.getAttributes().get(OUTPUT));
    assertEquals("assistant", output.get(0).get("role").asText());
    assertEquals("Hello", output.get(0).get("parts").get(0).get("content").asText());
    assertEquals(span.getAttributes().get(TracepoetAttributes.GEN_AI_INPUT_TOKENS),
        record.getAttributes().get(TracepoetAttributes.GEN_AI_INPUT_TOKENS), "usage is in the event too");
    assertNotNull(record.getAttributes().get(TracepoetAttributes.GEN_AI_OUTPUT_TOKENS));
  }

  @Test
  void bothDestinationsAndStreams() throws Exception {
    List<String> received = hook(ContentDestination.SPAN_AND_EVENT, true)
        .callStream("Hi?", a -> Stream.of("Hel", "lo")).collect(Collectors.toList());
    assertEquals(List.of("Hel", "lo"), received);
    SpanData span = spans.getFinishedSpanItems().get(0);
    LogRecordData record = logs.getFinishedLogRecordItems().get(0);
    assertEquals(span.getAttributes().get(OUTPUT), record.getAttributes().get(OUTPUT));
    assertEquals(span.getAttributes().get(INPUT), record.getAttributes().get(INPUT));
    assertEquals("Hello", JSON.readTree(record.getAttributes().get(OUTPUT)).get(0).get("parts").get(0)
        .get("content").asText());
  }

  @Test
  void noEventWithoutContentCapture() {
    hook(ContentDestination.EVENT, false).call("Hi?", a -> "Hello");
    assertEquals(1, spans.getFinishedSpanItems().size());
    assertTrue(logs.getFinishedLogRecordItems().isEmpty());
  }

  @Test
  void theDestinationComesFromTheEnvironmentToo() {
    TracingSettings settings = TracingSettings.fromSources(
        Map.of("tracepoet.genai.content.destination", "Both")::get, key -> null);
    assertEquals(ContentDestination.SPAN_AND_EVENT, settings.genAi().contentDestination());
    assertEquals(ContentDestination.EVENT, ContentDestination.parse(" event "));
    assertThrows(IllegalArgumentException.class, () -> ContentDestination.parse("log"));
  }
  /**
   * A hook that records content itself, the way SDK modules do: messages built with the builder API
   * and set on the span its steps receive, instructions and tool definitions through the wiring
   * methods.
   */
  static final class SdkStyleHook extends NoStepsHook<String, String> {
    SdkStyleHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected void preResponse(Span span, String request) {
      if (capturesContent(span)) {
        span.setAttribute(TracepoetAttributes.GEN_AI_INPUT_MESSAGES,
            GenAiMessages.create(settings().genAi()).message("user").text(request).toJson());
      }
    }

    @Override
    protected void postResponse(Span span, String request, String response, Throwable error) {
      if (response != null && capturesContent(span)) {
        span.setAttribute(TracepoetAttributes.GEN_AI_OUTPUT_MESSAGES,
            GenAiMessages.create(settings().genAi()).message("assistant", "stop").text(response).toJson());
      }
      span.setAttribute("acme.other", "kept on the span");
      span.setAttribute(TracepoetAttributes.GEN_AI_RESPONSE_MODEL, "acme-llm-2");
    }

    @Override
    protected Object systemInstructionsSource(String request) {
      return List.of("Be terse.", "Answer in French.");
    }

    @Override
    protected void toolDefinitions(GenAiToolDefinitions tools, String request) {
      tools.function("get_weather", "The weather of a city", Map.of("type", "object"));
    }

    @Override
    protected String model(String arguments) {
      return "acme-llm";
    }
  }

  private SdkStyleHook sdkHook(ContentDestination destination) {
    TracingSettings settings = TracingSettings.builder().captureContent(true)
        .genAi(GenAiSettings.builder().contentDestination(destination).build()).build();
    return new SdkStyleHook(ClientTracing.create(otel, "acme", "acme-ai", settings)
        .endpoint("chat", "", "").withGenAiOperation("chat"));
  }

  @Test
  void theEventCarriesWhatHooksRecordAndOnlyTheEventHasIt() throws Exception {
    assertEquals("Bonjour", sdkHook(ContentDestination.EVENT).call("Hi?", a -> "Bonjour"));
    SpanData span = spans.getFinishedSpanItems().get(0);
    for (AttributeKey<String> key : List.of(INPUT, OUTPUT, INSTRUCTIONS, TOOLS)) {
      assertNull(span.getAttributes().get(key), key.getKey());
    }
    assertEquals("kept on the span", span.getAttributes().get(AttributeKey.stringKey("acme.other")));
    LogRecordData record = logs.getFinishedLogRecordItems().get(0);
    assertEquals(span.getSpanContext(), record.getSpanContext());
    assertEquals("Hi?", JSON.readTree(record.getAttributes().get(INPUT)).get(0).get("parts").get(0)
        .get("content").asText());
    JsonNode output = JSON.readTree(record.getAttributes().get(OUTPUT)).get(0);
    assertEquals("Bonjour", output.get("parts").get(0).get("content").asText());
    assertEquals("stop", output.get("finish_reason").asText());
    JsonNode instructions = JSON.readTree(record.getAttributes().get(INSTRUCTIONS));
    assertEquals(2, instructions.size());
    assertEquals("Answer in French.", instructions.get(1).get("content").asText());
    JsonNode tool = JSON.readTree(record.getAttributes().get(TOOLS)).get(0);
    assertEquals("function", tool.get("type").asText());
    assertEquals("get_weather", tool.get("name").asText());
    assertEquals("object", tool.get("parameters").get("type").asText());
    assertNull(record.getAttributes().get(TracepoetAttributes.ERROR_TYPE));
    assertEquals("acme-llm-2", record.getAttributes().get(TracepoetAttributes.GEN_AI_RESPONSE_MODEL),
        "response attributes are in the event too");
    assertNull(record.getAttributes().get(AttributeKey.stringKey("acme.other")));
  }

  @Test
  void bothDestinationsCarryTheSameContentForAsyncCallsToo() throws Exception {
    CompletableFuture<String> answer = new CompletableFuture<>();
    CompletableFuture<String> returned = sdkHook(ContentDestination.SPAN_AND_EVENT).callAsync("Hi?", a -> answer);
    assertTrue(logs.getFinishedLogRecordItems().isEmpty(), "the event waits for the end of the call");
    Thread completer = new Thread(() -> answer.complete("Salut"));
    completer.start();
    completer.join();
    assertEquals("Salut", returned.get());
    SpanData span = spans.getFinishedSpanItems().get(0);
    LogRecordData record = logs.getFinishedLogRecordItems().get(0);
    for (AttributeKey<String> key : List.of(INPUT, OUTPUT, INSTRUCTIONS, TOOLS)) {
      assertNotNull(span.getAttributes().get(key), key.getKey());
      assertEquals(span.getAttributes().get(key), record.getAttributes().get(key), key.getKey());
    }
  }

  @Test
  void aFailedCallsEventCarriesTheRequestContentAndTheErrorType() throws Exception {
    IllegalStateException failure = new IllegalStateException("down");
    assertThrows(IllegalStateException.class, () -> sdkHook(ContentDestination.EVENT).call("Hi?", a -> {
      throw failure;
    }));
    SpanData span = spans.getFinishedSpanItems().get(0);
    assertNull(span.getAttributes().get(INPUT));
    LogRecordData record = logs.getFinishedLogRecordItems().get(0);
    assertEquals(IllegalStateException.class.getName(), record.getAttributes().get(TracepoetAttributes.ERROR_TYPE));
    assertNotNull(record.getAttributes().get(INPUT));
    assertNotNull(record.getAttributes().get(TOOLS));
    assertNull(record.getAttributes().get(OUTPUT));
  }

  @Test
  void spanDestinationKeepsTheRealSpanAndEmitsNoEvent() {
    sdkHook(ContentDestination.SPAN).call("Hi?", a -> {
      assertTrue(Span.current() instanceof io.opentelemetry.sdk.trace.ReadableSpan, "no wrapper on the default path");
      return "Bonjour";
    });
    assertNotNull(spans.getFinishedSpanItems().get(0).getAttributes().get(TOOLS));
    assertTrue(logs.getFinishedLogRecordItems().isEmpty());
  }
}
