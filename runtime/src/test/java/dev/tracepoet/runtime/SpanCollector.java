package dev.tracepoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.List;
import java.util.Map;

/** A real OpenTelemetry SDK whose finished spans are kept in memory. */
final class SpanCollector implements AutoCloseable {
  final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  final SdkTracerProvider tracerProvider;
  final OpenTelemetrySdk openTelemetry;

  SpanCollector() {
    this(Sampler.alwaysOn());
  }

  SpanCollector(Sampler sampler) {
    tracerProvider =
        SdkTracerProvider.builder()
            .setSampler(sampler)
            .addSpanProcessor(SimpleSpanProcessor.create(exporter))
            .build();
    openTelemetry = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build();
  }

  ClientTracing tracing(TracingSettings settings) {
    return ClientTracing.create(openTelemetry, "acme", settings);
  }

  ClientTracing tracing(OpenTelemetry otel, TracingSettings settings) {
    return ClientTracing.create(otel, "acme", settings);
  }

  /** {@code acme}'s {@code doThing} endpoint at {@code POST /things}, default settings. */
  Endpoint endpoint() {
    return tracing(TracingSettings.defaults()).endpoint("doThing", "/things", "POST");
  }

  /** An endpoint without path and method, so that only the test's own attributes are recorded. */
  Endpoint bareEndpoint(TracingSettings settings) {
    return tracing(settings).endpoint("bare", "", "");
  }

  <A, R> TestHook<A, R> hook() {
    return new TestHook<>(endpoint());
  }

  List<SpanData> spans() {
    return exporter.getFinishedSpanItems();
  }

  SpanData onlySpan() {
    List<SpanData> spans = spans();
    assertEquals(1, spans.size(), () -> "expected exactly one span but got " + spans);
    SpanData span = spans.get(0);
    assertTrue(span.hasEnded(), "span has ended");
    return span;
  }

  @Override
  public void close() {
    openTelemetry.close();
  }

  // ------------------------------------------------------------------ attribute assertions

  /** Asserts an attribute with this name exists, has this type and this value. */
  static void assertAttribute(SpanData span, String name, AttributeType type, Object expected) {
    AttributeKey<?> key = find(span, name);
    if (key == null) {
      fail("no attribute " + name + " in " + span.getAttributes());
    }
    assertEquals(type, key.getType(), () -> "type of " + name);
    assertEquals(expected, span.getAttributes().asMap().get(key), () -> "value of " + name);
  }

  static void assertNoAttribute(SpanData span, String name) {
    AttributeKey<?> key = find(span, name);
    if (key != null) {
      fail("unexpected attribute " + name + " = " + span.getAttributes().asMap().get(key));
    }
  }

  static AttributeKey<?> find(SpanData span, String name) {
    AttributeKey<?> found = null;
    for (Map.Entry<AttributeKey<?>, Object> entry : span.getAttributes().asMap().entrySet()) {
      if (entry.getKey().getKey().equals(name)) {
        if (found != null) {
          fail("attribute " + name + " recorded twice with different types");
        }
        found = entry.getKey();
      }
    }
    return found;
  }
}
