package dev.tracepoet.runtime;

import static dev.tracepoet.runtime.SpanCollector.assertAttribute;
import static dev.tracepoet.runtime.SpanCollector.assertNoAttribute;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracepoet.runtime.FaultyOpenTelemetry.Fault;
import dev.tracepoet.runtime.FaultyOpenTelemetry.Op;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Tracing never breaks the caller. */
class ContainmentTest {

  private final SpanCollector otel = new SpanCollector();

  @AfterEach
  void close() {
    otel.close();
  }

  /** The step made to fail. */
  enum Step {
    RECORD_REQUEST,
    PRE_RESPONSE,
    RECORD_RESPONSE,
    POST_RESPONSE
  }

  private static <A, R> TestHook<A, R> failingIn(TestHook<A, R> hook, Step step, Throwable t) {
    switch (step) {
      case RECORD_REQUEST:
        return hook.recordRequest((h, s, a) -> throwIt(t));
      case PRE_RESPONSE:
        return hook.preResponse((h, s, a) -> throwIt(t));
      case RECORD_RESPONSE:
        return hook.recordResponse((h, s, r) -> throwIt(t));
      case POST_RESPONSE:
        return hook.postResponse((h, s, a, r, e) -> throwIt(t));
      default:
        throw new AssertionError(step);
    }
  }

  private static void throwIt(Throwable t) {
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    throw new AssertionError("unexpected", t);
  }

  @Nested
  class FailingSteps {

    @ParameterizedTest
    @EnumSource(Step.class)
    void callerGetsTheReturnValue(Step step) {
      TestHook<String, Object> hook = failingIn(otel.hook(), step, new IllegalStateException());
      Object response = new Object();
      AtomicInteger invocations = new AtomicInteger();

      Object result =
          hook.call(
              "in",
              arguments -> {
                invocations.incrementAndGet();
                return response;
              });

      assertSame(response, result);
      assertEquals(1, invocations.get());
      SpanData span = otel.onlySpan();
      assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode(), "the call did not fail");
      assertNoAttribute(span, "error.type");
      assertAttribute(span, "acme.request.endpoint", AttributeType.STRING, "/things");
      assertFalse(Span.current().getSpanContext().isValid(), "no span leaks into the context");
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void callerGetsTheSameException(Step step) {
      TestHook<String, Object> hook = failingIn(otel.hook(), step, new IllegalStateException());
      IOException failure = new IOException("from the delegate");

      IOException thrown =
          assertThrows(
              IOException.class,
              () ->
                  hook.call(
                      "in",
                      arguments -> {
                        throw failure;
                      }));

      assertSame(failure, thrown);
      assertEquals(0, thrown.getSuppressed().length, "nothing added to the caller's exception");
      SpanData span = otel.onlySpan();
      assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
      assertAttribute(span, "error.type", AttributeType.STRING, "java.io.IOException");
      assertFalse(Span.current().getSpanContext().isValid());
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void errorsThrownByStepsAreContainedToo(Step step) {
      TestHook<String, String> hook = failingIn(otel.hook(), step, new LinkageError("linkage"));

      assertEquals("out", hook.call("in", arguments -> "out"));

      otel.onlySpan();
    }

    @Test
    void laterStepsStillRunAfterAFailingStep() {
      TestHook<String, String> hook = otel.hook();
      List<String> steps = new ArrayList<>();
      hook.recordRequest(
              (h, s, a) -> {
                steps.add("recordRequest");
                throw new IllegalStateException();
              })
          .preResponse(
              (h, s, a) -> {
                steps.add("preResponse");
                throw new IllegalStateException();
              })
          .recordResponse(
              (h, s, r) -> {
                steps.add("recordResponse");
                throw new IllegalStateException();
              })
          .postResponse(
              (h, s, a, r, e) -> {
                steps.add("postResponse");
                throw new IllegalStateException();
              });

      assertEquals("out", hook.call("in", a -> "out"));

      assertEquals(
          List.of("recordRequest", "preResponse", "recordResponse", "postResponse"), steps);
      otel.onlySpan();
    }

    @Test
    void checkedExceptionFromAStepIsContained() {
      TestHook<String, String> hook = otel.hook();
      hook.recordRequest(
          (h, s, a) -> {
            throw new IOException("checked, from a step");
          });

      assertEquals("out", hook.call("in", a -> "out"));
      otel.onlySpan();
    }

    @Test
    void attributesRecordedBeforeTheFailureAreKept() {
      TestHook<String, String> hook = otel.hook();
      hook.recordRequest(
              (h, s, a) -> {
                h.tags.string(s, stringKey("acme.request.before"), "kept");
                throw new IllegalStateException();
              })
          .recordResponse((h, s, r) -> h.tags.string(s, stringKey("acme.response.after"), r));

      hook.call("in", a -> "out");

      SpanData span = otel.onlySpan();
      assertAttribute(span, "acme.request.before", AttributeType.STRING, "kept");
      assertAttribute(span, "acme.response.after", AttributeType.STRING, "out");
    }

    @Test
    void aRepeatedlyFailingHookKeepsWorking() {
      TestHook<Integer, Integer> hook = otel.hook();
      hook.recordRequest((h, s, a) -> throwIt(new IllegalStateException()))
          .postResponse((h, s, a, r, e) -> throwIt(new UnsupportedOperationException()));

      for (int i = 0; i < 5; i++) {
        final int n = i;
        assertEquals(n * 10, hook.call(n, a -> a * 10));
      }

      List<SpanData> spans = otel.spans();
      assertEquals(5, spans.size());
      spans.forEach(span -> assertTrue(span.hasEnded()));
      assertEquals(5, hook.recordRequestCalls.get());
      assertEquals(5, hook.postResponseCalls.get());
    }
  }

  @Nested
  class ThrowingToString {

    private final Object broken =
        new Object() {
          @Override
          public String toString() {
            throw new IllegalStateException("toString is broken");
          }
        };

    @Test
    void recordsNothingForThatAttributeAndContinues() {
      TestHook<String, String> hook = otel.hook();
      hook.recordRequest(
          (h, s, a) -> {
            h.tags.object(s, stringKey("acme.request.broken"), broken);
            h.tags.string(s, stringKey("acme.request.next"), "still recorded");
          });
      String response = new String("out");

      assertSame(response, hook.call("in", a -> response));

      SpanData span = otel.onlySpan();
      assertNoAttribute(span, "acme.request.broken");
      assertAttribute(span, "acme.request.next", AttributeType.STRING, "still recorded");
    }

    @Test
    void throughTagValueAndTagMap() {
      TestHook<String, String> hook = otel.hook();
      hook.recordRequest(
          (h, s, a) -> {
            h.tags.value(s, "acme.request.value", broken);
            h.tags.map(s, "acme.request.map", Map.of("bad", broken));
            h.tags.string(s, stringKey("acme.request.next"), "still recorded");
          });

      assertEquals("out", hook.call("in", a -> "out"));

      SpanData span = otel.onlySpan();
      assertNoAttribute(span, "acme.request.value");
      assertNoAttribute(span, "acme.request.map.bad");
      assertAttribute(span, "acme.request.next", AttributeType.STRING, "still recorded");
    }

    @Test
    void isLoggedOncePerAttribute() {
      TestHook<String, String> hook =
          new TestHook<>(otel.tracing(TracingSettings.defaults()).endpoint("toStringLog", "", ""));
      hook.recordRequest((h, s, a) -> h.tags.object(s, stringKey("acme.request.broken"), broken));

      try (LogCapture log = new LogCapture()) {
        hook.call("in", a -> "out");
        hook.call("in", a -> "out");
        hook.call("in", a -> "out");

        List<LogRecord> warnings = log.at(Level.WARNING, "acme:toStringLog");
        assertEquals(1, warnings.size(), () -> messages(log.records));
        assertTrue(warnings.get(0).getMessage().contains("acme.request.broken"));
        assertTrue(warnings.get(0).getThrown() instanceof IllegalStateException);
        assertEquals(2, log.at(Level.FINE, "acme:toStringLog").size());
      }
    }
  }

  @Nested
  class BrokenTracer {

    @ParameterizedTest
    @EnumSource(
        value = Op.class,
        names = {"GET_TRACER"},
        mode = EnumSource.Mode.EXCLUDE)
    void callerGetsTheReturnValue(Op op) {
      FaultyOpenTelemetry faulty = new FaultyOpenTelemetry(otel.openTelemetry, op);
      TestHook<String, Object> hook =
          new TestHook<>(
              otel.tracing(faulty, TracingSettings.defaults()).endpoint("doThing", "/t", "GET"));
      Object response = new Object();
      AtomicInteger invocations = new AtomicInteger();

      for (int i = 0; i < 3; i++) {
        Object result =
            hook.call(
                "in",
                arguments -> {
                  invocations.incrementAndGet();
                  return response;
                });
        assertSame(response, result);
      }

      assertEquals(3, invocations.get());
      assertEquals(3, hook.preResponseCalls.get(), "preResponse runs even without a span");
      assertEquals(3, hook.postResponseCalls.get(), "postResponse runs even without a span");
      assertEquals(faulty.startedSpans.get(), faulty.endCalls.get(), "every span ended once");
      assertFalse(Span.current().getSpanContext().isValid(), "no span leaks into the context");
      assertSpansEndedOnce(faulty);
    }

    @ParameterizedTest
    @EnumSource(
        value = Op.class,
        names = {"GET_TRACER"},
        mode = EnumSource.Mode.EXCLUDE)
    void callerGetsTheSameException(Op op) {
      FaultyOpenTelemetry faulty = new FaultyOpenTelemetry(otel.openTelemetry, op);
      TestHook<String, Object> hook =
          new TestHook<>(
              otel.tracing(faulty, TracingSettings.defaults()).endpoint("doThing", "/t", "GET"));
      AtomicReference<Throwable> seenByPostResponse = new AtomicReference<>();
      hook.postResponse((h, s, a, r, e) -> seenByPostResponse.set(e));

      for (Throwable failure :
          List.of(new IOException("checked"), new IllegalStateException(), new AssertionError())) {
        Throwable thrown =
            assertThrows(
                Throwable.class,
                () ->
                    hook.call(
                        "in",
                        arguments -> {
                          throw failure;
                        }));
        assertSame(failure, thrown);
        assertSame(failure, seenByPostResponse.get());
        assertFalse(thrown instanceof Fault);
      }

      assertEquals(faulty.startedSpans.get(), faulty.endCalls.get(), "every span ended once");
      assertFalse(Span.current().getSpanContext().isValid());
      assertSpansEndedOnce(faulty);
    }

    private void assertSpansEndedOnce(FaultyOpenTelemetry faulty) {
      // Spans that were started through the SDK and not broken at end() are exported once each.
      if (!faulty.faults.contains(Op.END)) {
        assertEquals(faulty.startedSpans.get(), otel.spans().size());
        otel.spans().forEach(span -> assertTrue(span.hasEnded()));
      } else {
        assertTrue(otel.spans().isEmpty());
      }
    }

    @Test
    void withoutASpanTheStepsGetAnInvalidSpanAndRecordNothing() {
      FaultyOpenTelemetry faulty = new FaultyOpenTelemetry(otel.openTelemetry, Op.SPAN_BUILDER);
      TestHook<String, String> hook =
          new TestHook<>(
              otel.tracing(faulty, TracingSettings.defaults()).endpoint("doThing", "/t", "GET"));
      AtomicReference<Span> preResponseSpan = new AtomicReference<>();
      hook.preResponse((h, s, a) -> preResponseSpan.set(s));

      assertEquals("out", hook.call("in", a -> "out"));

      assertNotNull(preResponseSpan.get());
      assertFalse(preResponseSpan.get().getSpanContext().isValid());
      assertEquals(0, hook.recordRequestCalls.get(), "nothing to record into");
      assertEquals(0, hook.recordResponseCalls.get());
      assertTrue(otel.spans().isEmpty());
    }

    @Test
    void failingMakeCurrentStillEndsTheSpanAndRecordsTheError() {
      FaultyOpenTelemetry faulty = new FaultyOpenTelemetry(otel.openTelemetry, Op.MAKE_CURRENT);
      TestHook<String, String> hook =
          new TestHook<>(
              otel.tracing(faulty, TracingSettings.defaults()).endpoint("doThing", "/t", "GET"));
      IllegalStateException failure = new IllegalStateException();

      assertSame(
          failure,
          assertThrows(
              IllegalStateException.class,
              () ->
                  hook.call(
                      "in",
                      a -> {
                        throw failure;
                      })));

      SpanData span = otel.onlySpan();
      assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
      assertAttribute(
          span, "error.type", AttributeType.STRING, "java.lang.IllegalStateException");
      assertEquals(1, faulty.endCalls.get());
    }

    @Test
    void failingBuilderAttributesAreLoggedOnceAndDoNotLoseTheCall() {
      FaultyOpenTelemetry faulty =
          new FaultyOpenTelemetry(otel.openTelemetry, Op.BUILDER_SET_ATTRIBUTE);
      TestHook<String, String> hook =
          new TestHook<>(
              otel.tracing(faulty, TracingSettings.defaults()).endpoint("builderLog", "/t", "GET"));

      try (LogCapture log = new LogCapture()) {
        assertEquals("out", hook.call("in", a -> "out"));
        assertEquals("out", hook.call("in", a -> "out"));

        List<LogRecord> warnings = log.at(Level.WARNING, "acme:builderLog");
        assertEquals(1, warnings.size(), () -> messages(log.records));
        assertTrue(warnings.get(0).getThrown() instanceof Fault);
      }
    }

    @Test
    void brokenGetTracerDoesNotBreakTheClient() {
      FaultyOpenTelemetry faulty = new FaultyOpenTelemetry(otel.openTelemetry, Op.GET_TRACER);
      ClientTracing tracing = otel.tracing(faulty, TracingSettings.defaults());
      TestHook<String, String> hook = new TestHook<>(tracing.endpoint("doThing", "/t", "GET"));
      assertEquals("out", hook.call("in", a -> "out"));
    }
  }

  @Nested
  class Logging {

    @Test
    void aFailureIsLoggedAtWarningOncePerHookStageAndCause() {
      Endpoint endpoint = otel.tracing(TracingSettings.defaults()).endpoint("logOnce", "", "");
      TestHook<String, String> hook = new TestHook<>(endpoint);
      AtomicReference<RuntimeException> next = new AtomicReference<>();
      hook.recordRequest((h, s, a) -> throwIt(next.get()));

      try (LogCapture log = new LogCapture()) {
        next.set(new IllegalStateException("first"));
        hook.call("in", a -> "out");
        next.set(new IllegalStateException("second"));
        hook.call("in", a -> "out");
        next.set(new IllegalStateException("third"));
        hook.call("in", a -> "out");

        List<LogRecord> warnings = log.at(Level.WARNING, "acme:logOnce");
        assertEquals(1, warnings.size(), () -> messages(log.records));
        assertTrue(warnings.get(0).getMessage().contains("recordRequest"));
        assertEquals("first", warnings.get(0).getThrown().getMessage());
        assertEquals(2, log.at(Level.FINE, "acme:logOnce").size(), "later ones at DEBUG");

        // another cause in the same stage: warned once more
        next.set(new UnsupportedOperationException());
        hook.call("in", a -> "out");
        hook.call("in", a -> "out");
        assertEquals(2, log.at(Level.WARNING, "acme:logOnce").size());

        // another hook instance warns on its own
        TestHook<String, String> other = new TestHook<>(endpoint);
        other.recordRequest((h, s, a) -> throwIt(new IllegalStateException("other hook")));
        other.call("in", a -> "out");
        assertEquals(3, log.at(Level.WARNING, "acme:logOnce").size());
      }
    }

    @Test
    void sameCauseInAnotherStageIsWarnedSeparately() {
      Endpoint endpoint = otel.tracing(TracingSettings.defaults()).endpoint("stages", "", "");
      TestHook<String, String> hook = new TestHook<>(endpoint);
      hook.recordRequest((h, s, a) -> throwIt(new IllegalStateException()))
          .postResponse((h, s, a, r, e) -> throwIt(new IllegalStateException()));

      try (LogCapture log = new LogCapture()) {
        hook.call("in", a -> "out");
        hook.call("in", a -> "out");

        List<LogRecord> warnings = log.at(Level.WARNING, "acme:stages");
        assertEquals(2, warnings.size(), () -> messages(log.records));
        assertTrue(warnings.stream().anyMatch(r -> r.getMessage().contains("recordRequest")));
        assertTrue(warnings.stream().anyMatch(r -> r.getMessage().contains("postResponse")));
      }
    }

    @Test
    void successfulCallsLogNothing() {
      TestHook<String, String> hook =
          new TestHook<>(otel.tracing(TracingSettings.defaults()).endpoint("quiet", "/q", "GET"));
      try (LogCapture log = new LogCapture()) {
        hook.call("in", a -> "out");
        assertThrows(
            IOException.class,
            () ->
                hook.call(
                    "in",
                    a -> {
                      throw new IOException("the delegate's failure is not a tracing failure");
                    }));
        assertTrue(log.at(Level.WARNING, "acme:quiet").isEmpty(), () -> messages(log.records));
        assertTrue(log.at(Level.FINE, "acme:quiet").isEmpty());
      }
    }

    @Test
    void reportFailureIsAvailableToCustomHooks() {
      TestHook<String, String> hook =
          new TestHook<>(otel.tracing(TracingSettings.defaults()).endpoint("custom", "", ""));
      try (LogCapture log = new LogCapture()) {
        hook.reportFailure("myStage", new IllegalArgumentException());
        hook.reportFailure("myStage", new IllegalArgumentException());
        assertEquals(1, log.at(Level.WARNING, "acme:custom").size());
        assertTrue(log.at(Level.WARNING, "acme:custom").get(0).getMessage().contains("myStage"));
      }
    }
  }

  @Nested
  class NullElements {

    @Test
    void nullElementInAStringListDoesNotLoseLaterAttributes() {
      TestHook<String, String> hook = otel.hook();
      List<String> withNull = new ArrayList<>();
      withNull.add("a");
      withNull.add(null);
      hook.recordRequest(
          (h, s, a) -> {
            h.tags.strings(s, AttributeKey.stringArrayKey("list"), withNull);
            h.tags.string(s, stringKey("after"), "recorded");
          });

      assertEquals("out", hook.call("in", a -> "out"));
      SpanData span = otel.onlySpan();
      assertAttribute(span, "after", AttributeType.STRING, "recorded");
    }

    @Test
    void nullElementInAStringListIsContainedByTheStep() {
      // Current behaviour that does hold: the call is unaffected and the span still ends.
      TestHook<String, String> hook = otel.hook();
      List<String> withNull = new ArrayList<>();
      withNull.add(null);
      hook.recordRequest((h, s, a) -> h.tags.strings(s, AttributeKey.stringArrayKey("list"), withNull));

      assertEquals("out", hook.call("in", a -> "out"));
      otel.onlySpan();
    }
  }

  private static String messages(List<LogRecord> records) {
    StringBuilder text = new StringBuilder();
    for (LogRecord record : records) {
      text.append(record.getLevel()).append(' ').append(record.getMessage()).append('\n');
    }
    return text.toString();
  }
}
