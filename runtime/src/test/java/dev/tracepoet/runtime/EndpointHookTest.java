package dev.tracepoet.runtime;

import static dev.tracepoet.runtime.SpanCollector.assertAttribute;
import static dev.tracepoet.runtime.SpanCollector.assertNoAttribute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EndpointHookTest {

  private final SpanCollector otel = new SpanCollector();

  @AfterEach
  void close() {
    otel.close();
  }

  @Nested
  class Lifecycle {

    @Test
    void oneClientSpanNamedByTheDefaultNameWithEndpointAndMethod() {
      TestHook<String, String> hook = otel.hook();

      hook.call("in", arguments -> "out");

      SpanData span = otel.onlySpan();
      assertEquals("doThing", span.getName());
      assertEquals(SpanKind.CLIENT, span.getKind());
      assertEquals(ClientTracing.INSTRUMENTATION_NAME, span.getInstrumentationScopeInfo().getName());
      assertAttribute(span, "acme.request.endpoint", AttributeType.STRING, "/things");
      assertAttribute(span, "acme.request.method", AttributeType.STRING, "POST");
      assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
      assertTrue(span.getEvents().isEmpty());
      assertFalse(span.getParentSpanContext().isValid(), "a root span when nothing is current");
    }

    @Test
    void integrationNamesTheAttributeNamespace() {
      Endpoint endpoint =
          ClientTracing.create(otel.openTelemetry, "openai", TracingSettings.defaults())
              .endpoint("chat", "/chat/completions", "POST");
      new TestHook<String, String>(endpoint).call("in", arguments -> "out");

      SpanData span = otel.onlySpan();
      assertEquals("chat", span.getName());
      assertAttribute(span, "openai.request.endpoint", AttributeType.STRING, "/chat/completions");
      assertAttribute(span, "openai.request.method", AttributeType.STRING, "POST");
      assertEquals("openai:chat", endpoint.toString());
    }

    @Test
    void emptyEndpointAndMethodRecordNothing() {
      ClientTracing tracing = otel.tracing(TracingSettings.defaults());
      new TestHook<String, String>(tracing.endpoint("empty", "", "")).call("a", a -> "b");
      new TestHook<String, String>(tracing.endpoint("nulls", null, null)).call("a", a -> "b");
      new TestHook<String, String>(tracing.endpoint("pathOnly", "/p", "")).call("a", a -> "b");
      new TestHook<String, String>(tracing.endpoint("methodOnly", null, "GET")).call("a", a -> "b");

      List<SpanData> spans = otel.spans();
      assertEquals(4, spans.size());
      assertTrue(spans.get(0).getAttributes().isEmpty(), () -> spans.get(0).getAttributes().toString());
      assertTrue(spans.get(1).getAttributes().isEmpty(), () -> spans.get(1).getAttributes().toString());
      assertAttribute(spans.get(2), "acme.request.endpoint", AttributeType.STRING, "/p");
      assertNoAttribute(spans.get(2), "acme.request.method");
      assertNoAttribute(spans.get(3), "acme.request.endpoint");
      assertAttribute(spans.get(3), "acme.request.method", AttributeType.STRING, "GET");
    }

    @Test
    void spanIsCurrentWhileTheInvocationRunsAndNotAfterwards() {
      TestHook<String, String> hook = otel.hook();
      AtomicReference<SpanContext> insideInvocation = new AtomicReference<>();
      AtomicReference<SpanContext> insidePreResponse = new AtomicReference<>();
      AtomicReference<SpanContext> preResponseSpan = new AtomicReference<>();
      hook.preResponse(
          (h, span, arguments) -> {
            preResponseSpan.set(span.getSpanContext());
            insidePreResponse.set(Span.current().getSpanContext());
          });

      hook.call(
          "in",
          arguments -> {
            insideInvocation.set(Span.current().getSpanContext());
            return "out";
          });

      SpanData span = otel.onlySpan();
      assertEquals(span.getSpanContext(), insideInvocation.get());
      assertEquals(span.getSpanContext(), preResponseSpan.get(), "steps get the call's span");
      assertFalse(insidePreResponse.get().isValid(), "not yet current in preResponse");
      assertFalse(Span.current().getSpanContext().isValid(), "not current after the call");
    }

    @Test
    void callInsideAnOuterSpanIsItsChildAndRestoresIt() {
      TestHook<String, String> hook = otel.hook();
      Span outer = otel.openTelemetry.getTracer("test").spanBuilder("outer").startSpan();
      try (Scope ignored = outer.makeCurrent()) {
        hook.call("in", arguments -> "out");
        assertEquals(outer.getSpanContext(), Span.current().getSpanContext(), "outer restored");
      } finally {
        outer.end();
      }
      SpanData call = otel.spans().get(0);
      assertEquals("doThing", call.getName());
      assertEquals(outer.getSpanContext(), call.getParentSpanContext());
    }

    @Test
    void spansCreatedInsideTheInvocationAreChildren() {
      TestHook<String, String> hook = otel.hook();

      hook.call(
          "in",
          arguments -> {
            otel.openTelemetry.getTracer("http").spanBuilder("GET /things").startSpan().end();
            return "out";
          });

      List<SpanData> spans = otel.spans();
      assertEquals(2, spans.size());
      SpanData child = spans.get(0);
      SpanData parent = spans.get(1);
      assertEquals("GET /things", child.getName());
      assertEquals("doThing", parent.getName());
      assertEquals(parent.getTraceId(), child.getTraceId());
      assertEquals(parent.getSpanId(), child.getParentSpanId());
    }

    @Test
    void returnsExactlyWhatTheInvocationReturned() {
      TestHook<String, StringBuilder> hook = otel.hook();
      StringBuilder response = new StringBuilder("response");

      StringBuilder result = hook.call("in", arguments -> response);

      assertSame(response, result);
    }

    @Test
    void argumentsArePassedToTheInvocationAndSteps() {
      TestHook<List<String>, String> hook = otel.hook();
      List<String> arguments = new ArrayList<>(List.of("a"));
      List<Object> seen = new ArrayList<>();
      hook.recordRequest((h, span, a) -> seen.add(a))
          .preResponse((h, span, a) -> seen.add(a))
          .postResponse((h, span, a, response, error) -> seen.add(a));

      hook.call(arguments, a -> {
        seen.add(a);
        return "out";
      });

      assertEquals(4, seen.size());
      seen.forEach(a -> assertSame(arguments, a));
    }

    @Test
    void nullResponseIsReturnedAndPassedOn() {
      TestHook<String, String> hook = otel.hook();
      List<Object> recordResponseSaw = new ArrayList<>();
      List<Object> postResponseSaw = new ArrayList<>();
      hook.recordResponse((h, span, response) -> recordResponseSaw.add(response))
          .postResponse(
              (h, span, arguments, response, error) -> {
                postResponseSaw.add(response);
                postResponseSaw.add(error);
              });

      assertNull(hook.call("in", arguments -> null));

      // recordResponse may be skipped for a null response (nothing to read), but never gets a
      // value that was not returned
      recordResponseSaw.forEach(org.junit.jupiter.api.Assertions::assertNull);
      assertEquals(Arrays.asList(null, null), postResponseSaw);
      SpanData span = otel.onlySpan();
      assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
      assertNoAttribute(span, "error.type");
    }

    @Test
    void stepsRunInOrder() {
      TestHook<String, String> hook = otel.hook();
      List<String> steps = new ArrayList<>();
      hook.recordRequest((h, span, arguments) -> steps.add("recordRequest:" + arguments))
          .preResponse((h, span, arguments) -> steps.add("preResponse:" + arguments))
          .recordResponse((h, span, response) -> steps.add("recordResponse:" + response))
          .postResponse(
              (h, span, arguments, response, error) -> {
                assertTrue(span.isRecording(), "the span is still open in postResponse");
                steps.add("postResponse:" + arguments + "," + response + "," + error);
              });

      hook.call(
          "in",
          arguments -> {
            steps.add("invoke:" + arguments);
            return "out";
          });

      assertEquals(
          List.of(
              "recordRequest:in",
              "preResponse:in",
              "invoke:in",
              "recordResponse:out",
              "postResponse:in,out,null"),
          steps);
    }

    @Test
    void stepsSeeAnOpenSpanAndTheirAttributesAreExported() {
      TestHook<String, String> hook = otel.hook();
      hook.recordRequest((h, span, a) -> h.tags.string(span, AttributeKey.stringKey("acme.request.a"), a))
          .preResponse((h, span, a) -> h.tags.booleanValue(span, AttributeKey.booleanKey("acme.pre"), true))
          .recordResponse(
              (h, span, r) -> h.tags.string(span, AttributeKey.stringKey("acme.response.r"), r))
          .postResponse(
              (h, span, a, r, e) -> h.tags.longValue(span, AttributeKey.longKey("acme.post"), 1));

      hook.call("in", arguments -> "out");

      SpanData span = otel.onlySpan();
      assertAttribute(span, "acme.request.a", AttributeType.STRING, "in");
      assertAttribute(span, "acme.pre", AttributeType.BOOLEAN, true);
      assertAttribute(span, "acme.response.r", AttributeType.STRING, "out");
      assertAttribute(span, "acme.post", AttributeType.LONG, 1L);
    }

    @Test
    void recordStepsAreSkippedWhenTheSpanIsNotRecording() {
      try (SpanCollector off = new SpanCollector(Sampler.alwaysOff())) {
        TestHook<String, String> hook = new TestHook<>(off.endpoint());
        List<String> steps = new ArrayList<>();
        hook.recordRequest((h, span, a) -> steps.add("recordRequest"))
            .preResponse(
                (h, span, a) -> {
                  assertFalse(span.isRecording());
                  steps.add("preResponse");
                })
            .recordResponse((h, span, r) -> steps.add("recordResponse"))
            .postResponse((h, span, a, r, e) -> steps.add("postResponse:" + r + "," + e));
        String response = new String("out");

        String result =
            hook.call(
                "in",
                arguments -> {
                  steps.add("invoke");
                  return response;
                });

        assertSame(response, result);
        assertEquals(List.of("preResponse", "invoke", "postResponse:out,null"), steps);
        assertEquals(0, hook.recordRequestCalls.get());
        assertEquals(0, hook.recordResponseCalls.get());
        assertTrue(off.spans().isEmpty());
      }
    }

    @Test
    void notRecordingFailureStillRunsPostResponseAndRethrows() {
      try (SpanCollector off = new SpanCollector(Sampler.alwaysOff())) {
        TestHook<String, String> hook = new TestHook<>(off.endpoint());
        AtomicReference<Throwable> seen = new AtomicReference<>();
        hook.postResponse((h, span, a, r, e) -> seen.set(e));
        IOException failure = new IOException("down");

        Throwable thrown =
            assertThrows(
                IOException.class,
                () ->
                    hook.call(
                        "in",
                        arguments -> {
                          throw failure;
                        }));

        assertSame(failure, thrown);
        assertSame(failure, seen.get());
        assertEquals(0, hook.recordRequestCalls.get());
        assertEquals(0, hook.recordResponseCalls.get());
      }
    }

    @Test
    void spanEndsExactlyOnce() {
      FaultyOpenTelemetry counting = new FaultyOpenTelemetry(otel.openTelemetry);
      TestHook<String, String> hook =
          new TestHook<>(
              otel.tracing(counting, TracingSettings.defaults()).endpoint("doThing", "/t", "GET"));

      hook.call("in", arguments -> "out");

      assertEquals(1, counting.endCalls.get());
      assertTrue(otel.onlySpan().hasEnded());
    }

    @Test
    void failingCallEndsTheSpanExactlyOnce() {
      FaultyOpenTelemetry counting = new FaultyOpenTelemetry(otel.openTelemetry);
      TestHook<String, String> hook =
          new TestHook<>(
              otel.tracing(counting, TracingSettings.defaults()).endpoint("doThing", "/t", "GET"));

      assertThrows(
          IllegalStateException.class,
          () ->
              hook.call(
                  "in",
                  arguments -> {
                    throw new IllegalStateException();
                  }));

      assertEquals(1, counting.endCalls.get());
      assertTrue(otel.onlySpan().hasEnded());
    }

    @Test
    void theSpanIsStillOpenWhenTheInvocationRuns() {
      TestHook<String, String> hook = otel.hook();

      hook.call(
          "in",
          arguments -> {
            assertTrue(otel.spans().isEmpty(), "not exported before the invocation returned");
            assertTrue(Span.current().isRecording());
            return "out";
          });

      otel.onlySpan();
    }

    @Test
    void eachCallHasItsOwnSpan() {
      TestHook<Integer, Integer> hook = otel.hook();
      hook.recordRequest(
          (h, span, a) -> h.tags.longValue(span, AttributeKey.longKey("acme.request.n"), a));

      hook.call(1, a -> a);
      hook.call(2, a -> a);

      List<SpanData> spans = otel.spans();
      assertEquals(2, spans.size());
      assertAttribute(spans.get(0), "acme.request.n", AttributeType.LONG, 1L);
      assertAttribute(spans.get(1), "acme.request.n", AttributeType.LONG, 2L);
      assertFalse(spans.get(1).getParentSpanContext().isValid(), "not a child of the first call");
      assertTrue(!spans.get(0).getTraceId().equals(spans.get(1).getTraceId()));
    }

    @Test
    void endpointAccessors() {
      Endpoint endpoint = otel.endpoint();
      TestHook<String, String> hook = new TestHook<>(endpoint);
      assertSame(endpoint, hook.endpoint());
      assertEquals("doThing", endpoint.defaultName());
      assertEquals("/things", endpoint.path());
      assertEquals("POST", endpoint.method());
      assertEquals("acme", endpoint.tracing().integration());
      assertSame(TracingSettings.defaults(), hook.settings());
      assertThrows(NullPointerException.class, () -> new TestHook<String, String>(null));
      assertThrows(
          NullPointerException.class,
          () -> ClientTracing.create(null, "acme", TracingSettings.defaults()));
      assertThrows(
          NullPointerException.class,
          () -> ClientTracing.create(otel.openTelemetry, null, TracingSettings.defaults()));
      assertThrows(
          NullPointerException.class, () -> ClientTracing.create(otel.openTelemetry, "acme", null));
    }
  }

  @Nested
  class Errors {

    static Stream<Throwable> failures() {
      return Stream.of(
          new IOException("checked"),
          new IllegalArgumentException("unchecked"),
          new StackOverflowError("an error"),
          new CustomError(),
          new Exception("plain checked"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void theSameThrowableIsRethrownAndRecorded(Throwable failure) {
      TestHook<String, String> hook = otel.hook();
      List<String> steps = new ArrayList<>();
      List<Object> postArguments = new ArrayList<>();
      hook.recordRequest((h, span, a) -> steps.add("recordRequest"))
          .preResponse((h, span, a) -> steps.add("preResponse"))
          .recordResponse((h, span, r) -> steps.add("recordResponse"))
          .postResponse(
              (h, span, a, response, error) -> {
                steps.add("postResponse");
                assertTrue(span.isRecording(), "span still open in postResponse");
                postArguments.add(a);
                postArguments.add(response);
                postArguments.add(error);
              });

      Throwable thrown =
          assertThrows(
              Throwable.class,
              () ->
                  hook.call(
                      "in",
                      arguments -> {
                        steps.add("invoke");
                        throw failure;
                      }));

      assertSame(failure, thrown);
      assertEquals(List.of("recordRequest", "preResponse", "invoke", "postResponse"), steps);
      assertEquals(0, hook.recordResponseCalls.get());
      assertEquals("in", postArguments.get(0));
      assertNull(postArguments.get(1), "no response on failure");
      assertSame(failure, postArguments.get(2));

      SpanData span = otel.onlySpan();
      assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
      assertAttribute(span, "error.type", AttributeType.STRING, failure.getClass().getName());
      assertAttribute(span, "acme.request.endpoint", AttributeType.STRING, "/things");
      assertEquals(1, span.getEvents().size());
      EventData event = span.getEvents().get(0);
      assertEquals("exception", event.getName());
      // exception.type is written by the SDK (its canonical name, '.' for nested classes);
      // error.type above is the runtime's and uses Class#getName.
      assertEquals(
          failure.getClass().getCanonicalName(),
          event.getAttributes().get(AttributeKey.stringKey("exception.type")));
      assertEquals(
          failure.getMessage(),
          event.getAttributes().get(AttributeKey.stringKey("exception.message")));
      assertNotNull(event.getAttributes().get(AttributeKey.stringKey("exception.stacktrace")));
      assertFalse(Span.current().getSpanContext().isValid(), "not current after a failure");
    }

    @Test
    void checkedExceptionIsNotWrapped() {
      TestHook<String, String> hook = otel.hook();
      IOException failure = new IOException("io");

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
      assertNull(thrown.getCause());
      assertEquals(0, thrown.getSuppressed().length);
    }

    @Test
    void errorTypeIsTheRuntimeClassName() {
      TestHook<String, String> hook = otel.hook();

      assertThrows(
          CustomError.class,
          () ->
              hook.call(
                  "in",
                  arguments -> {
                    throw new CustomError();
                  }));

      assertAttribute(
          otel.onlySpan(),
          "error.type",
          AttributeType.STRING,
          "dev.tracepoet.runtime.EndpointHookTest$CustomError");
      assertEquals(AttributeKey.stringKey("error.type"), EndpointHook.ERROR_TYPE);
    }
  }

  static final class CustomError extends Error {
    CustomError() {
      super("custom");
    }
  }
}
