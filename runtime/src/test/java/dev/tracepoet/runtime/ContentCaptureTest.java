package dev.tracepoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Prompt/completion text: off by default, truncated when on, sampled deterministically per trace. */
class ContentCaptureTest {
  static final AttributeKey<String> PROMPT = AttributeKey.stringKey("acme.request.prompt");
  static final AttributeKey<String> COMPLETION = AttributeKey.stringKey("acme.response.completion");

  private final SpanCollector collector = new SpanCollector();

  @AfterEach
  void close() {
    collector.close();
  }

  /** A hook with token wiring, as the processor generates it for prompt/completion paths. */
  static final class WiredHook extends NoStepsHook<String, String> {
    WiredHook(Endpoint endpoint) {
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
  }

  private WiredHook hook(TracingSettings settings) {
    return new WiredHook(collector.tracing(settings).endpoint("complete", "", ""));
  }

  @Test
  void offByDefault() {
    hook(TracingSettings.defaults()).call("hello world", a -> "Hello there");
    SpanData span = collector.exporter.getFinishedSpanItems().get(0);
    assertNull(span.getAttributes().get(PROMPT));
    assertNull(span.getAttributes().get(COMPLETION));
    assertEquals(2L, span.getAttributes().get(AttributeKey.longKey("acme.response.usage.prompt_tokens")));
  }

  @Test
  void capturedAndTruncatedWhenOn() {
    hook(TracingSettings.builder().captureContent(true).characterLimit(5).build())
        .call("hello world", a -> "Hello there");
    SpanData span = collector.exporter.getFinishedSpanItems().get(0);
    assertEquals("hello...", span.getAttributes().get(PROMPT));
    assertEquals("Hello...", span.getAttributes().get(COMPLETION));
  }

  @Test
  @SuppressWarnings("try") // the scope only has to be open
  void sampledDeterministicallyPerTrace() {
    WiredHook hook = hook(TracingSettings.builder().captureContent(true).contentSampleRate(0.5).build());
    var tracer = collector.openTelemetry.getTracer("test");
    int traces = 400;
    for (int i = 0; i < traces; i++) {
      Span root = tracer.spanBuilder("root").startSpan();
      try (Scope ignored = root.makeCurrent()) {
        hook.call("first", a -> "one");
        hook.call("second", a -> "two");
      } finally {
        root.end();
      }
    }
    Map<String, List<SpanData>> byTrace =
        collector.exporter.getFinishedSpanItems().stream()
            .filter(s -> s.getName().equals("complete"))
            .collect(Collectors.groupingBy(SpanData::getTraceId));
    assertEquals(traces, byTrace.size());
    int captured = 0;
    for (List<SpanData> spans : byTrace.values()) {
      boolean first = spans.get(0).getAttributes().get(PROMPT) != null;
      boolean second = spans.get(1).getAttributes().get(PROMPT) != null;
      assertEquals(first, second, "all spans of a trace agree");
      captured += first ? 1 : 0;
    }
    // 400 independent random trace ids at rate 0.5: 200 expected; 140..260 is > 6 standard deviations
    assertTrue(captured > 140 && captured < 260, "captured " + captured + " of " + traces);
  }

  @Test
  void rateZeroCapturesNothing() {
    hook(TracingSettings.builder().captureContent(true).contentSampleRate(0.0).build())
        .call("hello world", a -> "Hello there");
    assertNull(collector.exporter.getFinishedSpanItems().get(0).getAttributes().get(PROMPT));
  }
}
