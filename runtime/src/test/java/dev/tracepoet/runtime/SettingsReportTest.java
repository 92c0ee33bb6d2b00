package dev.tracepoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Issue 13 item 9: each wrapped client logs its effective settings once, at INFO. */
class SettingsReportTest {

  @Test
  void eachClientLogsItsEffectiveSettingsOnceAtInfo() {
    OpenTelemetry otel = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(InMemorySpanExporter.create())).build())
        .build();
    TracingSettings settings = TracingSettings.builder()
        .captureContent(true)
        .server("api.openai.com", 443)
        .genAi(GenAiSettings.builder().suppressNested(false).contentPartLimit(500).redactor(s -> s).build())
        .build();
    try (LogCapture log = new LogCapture()) {
      ClientTracing tracing = ClientTracing.create(otel, "openai", "openai", settings);
      tracing.endpoint("chat", "", "").withGenAiOperation("chat");
      List<LogRecord> reports = log.at(Level.INFO, "tracepoet: tracing openai");
      assertEquals(1, reports.size());
      String message = reports.get(0).getMessage();
      for (String expected : List.of("GenAI semantic conventions v1.41.0", "gen_ai.provider.name=openai",
          "nested GenAI spans kept", "openai.* copies of GenAI keys dropped", "content capture ON",
          "gen_ai.input.messages", "500 characters per part", "redaction set", "sample rate 1.0",
          "character limit 128", "server api.openai.com:443", "spans on")) {
        assertTrue(message.contains(expected), () -> expected + " missing in: " + message);
      }
      ClientTracing.create(OpenTelemetry.noop(), "plain", TracingSettings.defaults());
      List<LogRecord> plain = log.at(Level.INFO, "tracepoet: tracing plain");
      assertEquals(1, plain.size());
      String text = plain.get(0).getMessage();
      assertTrue(text.contains("content capture off") && text.contains("spans off") && !text.contains("GenAI"), text);
    }
  }

  @Test
  void theViewsOfOneWrappedClientDoNotRepeatTheReport() {
    OpenTelemetry otel = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(InMemorySpanExporter.create())).build())
        .build();
    TracingSettings settings = TracingSettings.builder().characterLimit(77).build();
    try (LogCapture log = new LogCapture()) {
      // a wrapped client and the two views it hands out: same OpenTelemetry, same settings
      for (int i = 0; i < 3; i++) {
        ClientTracing.create(otel, "deepwrap", "deepwrap", settings);
      }
      assertEquals(1, log.at(Level.INFO, "tracepoet: tracing deepwrap").size());
      // another client wrapped with its own settings reports again, even if they read the same
      ClientTracing.create(otel, "deepwrap", "deepwrap", TracingSettings.builder().characterLimit(77).build());
      assertEquals(2, log.at(Level.INFO, "tracepoet: tracing deepwrap").size());
    }
  }

  @Test
  void theOpenTelemetryGenAiSwitchTurnsCaptureOnAndTracepoetsOwnWins() {
    TracingSettings otel = TracingSettings.fromSources(
        p -> null, e -> e.equals("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT") ? "true" : null);
    assertTrue(otel.captureContent());
    TracingSettings property = TracingSettings.fromSources(
        p -> p.equals("otel.instrumentation.genai.capture-message-content") ? "true" : null, e -> null);
    assertTrue(property.captureContent());
    TracingSettings both = TracingSettings.fromSources(
        p -> p.equals("tracepoet.capture.content") ? "false" : null,
        e -> e.equals("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT") ? "true" : null);
    assertEquals(false, both.captureContent());
    TracingSettings genAi = TracingSettings.fromSources(
        p -> {
          switch (p) {
            case "tracepoet.genai.suppress.nested":
              return "false";
            case "tracepoet.genai.integration.copies":
              return "true";
            case "tracepoet.genai.content.part.limit":
              return "99";
            default:
              return null;
          }
        },
        e -> null);
    assertEquals(false, genAi.genAi().suppressNested());
    assertEquals(true, genAi.genAi().integrationCopies());
    assertEquals(99, genAi.genAi().contentPartLimit());
    assertEquals(genAi, genAi.toBuilder().build());
  }
}
