package dev.tracepoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** With nothing to observe, generated hooks call straight through; custom hooks still run. */
class DisabledTelemetryTest {

  /** A hook that, like generated ones without a custom hook, has no logic of its own. */
  static final class GeneratedLike extends EndpointHook<String, String> {
    int steps;

    GeneratedLike(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected boolean hasEndpointLogic() {
      return false;
    }

    @Override
    protected void recordRequest(Span span, String arguments) {
      steps++;
    }

    @Override
    protected void preResponse(Span span, String arguments) {
      steps++;
    }

    @Override
    protected void recordResponse(Span span, String response) {
      steps++;
    }

    @Override
    protected void postResponse(Span span, String arguments, String response, Throwable error) {
      steps++;
    }
  }

  @Test
  void noopOpenTelemetryDisablesTheClient() {
    ClientTracing tracing = ClientTracing.create(OpenTelemetry.noop(), "acme", TracingSettings.defaults());
    assertTrue(tracing.disabled());
    assertEquals(null, tracing.metrics(), "a no-op meter records nothing: no instruments");
  }

  @Test
  void anSdkWithoutMetricReadersHasNoInstrumentsButTraces() {
    try (SpanCollector collector = new SpanCollector()) {
      ClientTracing tracing = collector.tracing(TracingSettings.defaults());
      assertFalse(tracing.disabled());
      assertEquals(null, tracing.metrics());
    }
  }

  @Test
  void generatedHooksCallStraightThroughWhenDisabled() throws Exception {
    GeneratedLike hook =
        new GeneratedLike(
            ClientTracing.create(OpenTelemetry.noop(), "acme", TracingSettings.defaults())
                .endpoint("get", "", ""));
    String response = "response";
    assertSame(response, hook.call("in", a -> response));
    IOException failure = new IOException("boom");
    assertSame(failure, assertThrows(IOException.class, () -> hook.call("in", a -> {
      throw failure;
    })));
    assertEquals(0, hook.steps, "no step runs: nothing could observe it");
  }

  @Test
  void customHooksStillRunTheirStepsWhenDisabled() {
    TestHook<String, String> hook =
        new TestHook<>(
            ClientTracing.create(OpenTelemetry.noop(), "acme", TracingSettings.defaults())
                .endpoint("get", "", ""));
    hook.call("in", a -> "out");
    assertEquals(1, hook.preResponseCalls.get());
    assertEquals(1, hook.postResponseCalls.get());
  }
}
