package dev.tracepoet.runtime;

import static dev.tracepoet.runtime.SpanCollector.assertAttribute;
import static dev.tracepoet.runtime.SpanCollector.assertNoAttribute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeType;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link EndpointHook#callAdapted} and the {@link CallObserver} it hands to a {@link ResultAdapter}. */
class ResultAdapterTest {
  private final SpanCollector otel = new SpanCollector();

  @AfterEach
  void close() {
    otel.close();
  }

  /** A tiny library result type: pull elements with {@code next()} (null at the end), or close. */
  interface Feed<E> {
    E next();

    void close();
  }

  static Feed<String> feed(Supplier<String> next) {
    return new Feed<>() {
      @Override
      public String next() {
        return next.get();
      }

      @Override
      public void close() {}
    };
  }

  static Feed<String> feedOf(String... elements) {
    Iterator<String> iterator = List.of(elements).iterator();
    return feed(() -> iterator.hasNext() ? iterator.next() : null);
  }

  /** The adapter a library would ship: pulls in the call, reports elements, the end and close. */
  static final class FeedAdapter<E> implements ResultAdapter<Feed<E>, E> {
    @Override
    public Feed<E> adapt(Feed<E> feed, CallObserver<E> call) {
      Feed<E> traced =
          new Feed<>() {
            @Override
            public E next() {
              E element;
              try {
                element = call.inCall(feed::next);
              } catch (RuntimeException e) {
                call.fail(e);
                throw e;
              }
              if (element == null) {
                call.complete();
              } else {
                call.element(element);
              }
              return element;
            }

            @Override
            public void close() {
              call.cancel();
              feed.close();
            }
          };
      call.watch(traced);
      return traced;
    }
  }

  /** Records the current span in each continuation step; tags the last element as the id. */
  static final class ContextHook extends NoStepsHook<String, String> {
    final Map<String, SpanContext> currentIn = new ConcurrentHashMap<>();
    final AtomicInteger elements = new AtomicInteger();
    final AtomicInteger posts = new AtomicInteger();

    ContextHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected void recordResponse(Span span, String response) {
      currentIn.put("recordResponse", Span.current().getSpanContext());
      span.setAttribute("acme.response.id", response);
    }

    @Override
    protected void onElement(Span span, String arguments, String element) {
      elements.incrementAndGet();
      currentIn.put("onElement", Span.current().getSpanContext());
    }

    @Override
    protected void postResponse(Span span, String arguments, String response, Throwable error) {
      posts.incrementAndGet();
      currentIn.put("postResponse", Span.current().getSpanContext());
    }
  }

  private final FeedAdapter<String> adapter = new FeedAdapter<>();

  @Test
  void aConsumedResultEndsTheSpanOnceWithItsElementsAndStepsInTheCallsContext() {
    ContextHook hook = new ContextHook(otel.endpoint());
    Span caller = otel.openTelemetry.getTracer("caller").spanBuilder("caller").startSpan();
    List<String> seen = new ArrayList<>();
    List<SpanContext> callerCode = new ArrayList<>();
    try (Scope ignored = caller.makeCurrent()) {
      Feed<String> feed = hook.callAdapted("prompt", a -> feedOf("a", "b"), adapter);
      assertTrue(otel.spans().isEmpty(), "the span is open until the result ends");
      for (String e = feed.next(); e != null; e = feed.next()) {
        seen.add(e);
        callerCode.add(Span.current().getSpanContext());
      }
      assertNull(feed.next(), "pulling after the end is harmless");
      feed.close();
    } finally {
      caller.end();
    }
    assertEquals(List.of("a", "b"), seen);
    SpanData call = otel.spans().stream().filter(s -> s.getName().equals("doThing")).findFirst().orElseThrow();
    assertEquals(2, otel.spans().size(), "the call's span and the caller's, each once: " + otel.spans());
    assertEquals(caller.getSpanContext().getSpanId(), call.getParentSpanId());
    assertAttribute(call, "tracepoet.stream.elements", AttributeType.LONG, 2L);
    assertAttribute(call, "acme.response.id", AttributeType.STRING, "b");
    assertNoAttribute(call, "tracepoet.cancelled");
    assertEquals(StatusCode.UNSET, call.getStatus().getStatusCode());
    assertEquals(2, hook.elements.get());
    assertEquals(1, hook.posts.get());
    for (String step : List.of("onElement", "recordResponse", "postResponse")) {
      assertNotNull(hook.currentIn.get(step), step + " ran");
      assertEquals(call.getSpanId(), hook.currentIn.get(step).getSpanId(), step + " sees the call's span");
    }
    for (SpanContext context : callerCode) {
      assertEquals(caller.getSpanContext(), context, "the caller's code runs in the caller's context");
    }
  }

  @Test
  void closingBeforeTheEndCancels() {
    ContextHook hook = new ContextHook(otel.endpoint());
    Feed<String> feed = hook.callAdapted("prompt", a -> feedOf("a", "b", "c"), adapter);
    assertEquals("a", feed.next());
    feed.close();
    feed.close();
    SpanData span = otel.onlySpan();
    assertAttribute(span, "tracepoet.cancelled", AttributeType.BOOLEAN, true);
    assertAttribute(span, "tracepoet.stream.elements", AttributeType.LONG, 1L);
    assertEquals(1, hook.posts.get());
  }

  @Test
  void aFailingPullRecordsWhatArrivedThenTheErrorAndReachesTheCallerUnchanged() {
    ContextHook hook = new ContextHook(otel.endpoint());
    IllegalStateException broken = new IllegalStateException("connection reset");
    AtomicInteger pulls = new AtomicInteger();
    Feed<String> delegate =
        feed(
            () -> {
              if (pulls.incrementAndGet() == 2) {
                throw broken;
              }
              return "a";
            });
    Feed<String> feed = hook.callAdapted("prompt", a -> delegate, adapter);
    assertEquals("a", feed.next());
    assertSame(broken, assertThrows(IllegalStateException.class, feed::next));
    SpanData span = otel.onlySpan();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertAttribute(span, "error.type", AttributeType.STRING, IllegalStateException.class.getName());
    assertAttribute(span, "acme.response.id", AttributeType.STRING, "a");
    assertAttribute(span, "tracepoet.stream.elements", AttributeType.LONG, 1L);
  }

  @Test
  void delegateWorkRunThroughInCallCreatesChildrenOfTheCall() {
    var tracer = otel.openTelemetry.getTracer("delegate");
    AtomicInteger pulls = new AtomicInteger();
    Feed<String> delegate =
        feed(
            () -> {
              tracer.spanBuilder("read-chunk").startSpan().end();
              return pulls.incrementAndGet() == 1 ? "a" : null;
            });
    Feed<String> feed = new ContextHook(otel.endpoint()).callAdapted("prompt", a -> delegate, adapter);
    while (feed.next() != null) {
      // consume
    }
    SpanData call = otel.spans().stream().filter(s -> s.getName().equals("doThing")).findFirst().orElseThrow();
    List<SpanData> reads = otel.spans().stream().filter(s -> s.getName().equals("read-chunk")).toList();
    assertEquals(2, reads.size());
    for (SpanData read : reads) {
      assertEquals(call.getSpanId(), read.getParentSpanId(), "a pull inside inCall is a child of the call");
    }
    assertEquals(Span.getInvalid(), Span.current(), "nothing leaks into the caller's context");
  }

  @Test
  void theAdapterRunsWithTheCallsSpanCurrent() {
    List<String> current = new ArrayList<>();
    ResultAdapter<Feed<String>, String> probe =
        (feed, call) -> {
          current.add(Span.current().getSpanContext().getSpanId());
          call.complete();
          return feed;
        };
    new ContextHook(otel.endpoint()).callAdapted("prompt", a -> feedOf(), probe);
    assertEquals(List.of(otel.onlySpan().getSpanId()), current);
    assertEquals(Span.getInvalid(), Span.current());
  }

  @Test
  void anAdapterThatThrowsGivesTheCallerTheDelegatesResultAndEndsTheSpan() {
    try (LogCapture log = new LogCapture()) {
      Feed<String> original = feedOf("a");
      ResultAdapter<Feed<String>, String> broken =
          (feed, call) -> {
            throw new UnsupportedOperationException("adapter bug");
          };
      Feed<String> got = new ContextHook(otel.endpoint()).callAdapted("prompt", a -> original, broken);
      assertSame(original, got);
      SpanData span = otel.onlySpan();
      assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode(), "not the call's error");
      assertNoAttribute(span, "error.type");
      assertTrue(span.getEvents().isEmpty(), "no exception event: " + span.getEvents());
      assertFalse(log.at(Level.WARNING, "adapt").isEmpty(), "the failure is logged: " + log.records);
    }
  }

  @Test
  void anAdapterReturningNullGivesTheCallerTheDelegatesResult() {
    Feed<String> original = feedOf("a");
    Feed<String> got = new ContextHook(otel.endpoint()).callAdapted("prompt", a -> original, (feed, call) -> null);
    assertSame(original, got);
    otel.onlySpan();
  }

  @Test
  void aNullResultIsReturnedAndEndsTheSpanWithoutAdapting() {
    AtomicInteger adapted = new AtomicInteger();
    Feed<String> got =
        new ContextHook(otel.endpoint())
            .callAdapted(
                "prompt",
                a -> null,
                (feed, call) -> {
                  adapted.incrementAndGet();
                  return feed;
                });
    assertNull(got);
    assertEquals(0, adapted.get());
    otel.onlySpan();
  }

  @Test
  void aThrowingDelegateIsAnErrorAndTheAdapterIsNotCalled() {
    IllegalArgumentException refused = new IllegalArgumentException("400");
    AtomicInteger adapted = new AtomicInteger();
    ResultAdapter<Feed<String>, String> counting =
        (feed, call) -> {
          adapted.incrementAndGet();
          return feed;
        };
    ContextHook hook = new ContextHook(otel.endpoint());
    assertSame(
        refused,
        assertThrows(IllegalArgumentException.class, () -> hook.callAdapted("prompt", a -> { throw refused; }, counting)));
    assertEquals(0, adapted.get());
    assertEquals(StatusCode.ERROR, otel.onlySpan().getStatus().getStatusCode());
  }

  @Test
  void withNothingToObserveTheDelegatesResultIsReturnedUnadapted() {
    ClientTracing disabled = ClientTracing.create(OpenTelemetry.noop(), "acme", TracingSettings.defaults());
    EndpointHook<String, String> generatedLike =
        new NoStepsHook<>(disabled.endpoint("doThing", "", "")) {
          @Override
          protected boolean hasEndpointLogic() {
            return false;
          }
        };
    Feed<String> original = feedOf("a");
    AtomicInteger adapted = new AtomicInteger();
    Feed<String> got =
        generatedLike.callAdapted(
            "prompt",
            a -> original,
            (feed, call) -> {
              adapted.incrementAndGet();
              return feed;
            });
    assertSame(original, got);
    assertEquals(0, adapted.get());
  }

  @Test
  void racingTerminalCallsEndTheSpanExactlyOnce() throws Exception {
    int calls = 200;
    ContextHook hook = new ContextHook(otel.endpoint());
    for (int i = 0; i < calls; i++) {
      AtomicInteger index = new AtomicInteger();
      List<CallObserver<String>> observer = new ArrayList<>();
      hook.callAdapted(
          "prompt",
          a -> feedOf(),
          (feed, call) -> {
            observer.add(call);
            return feed;
          });
      CallObserver<String> call = observer.get(0);
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int kind = t;
        Thread thread =
            new Thread(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    return;
                  }
                  for (int k = 0; k < 20; k++) {
                    switch (kind) {
                      case 0 -> call.element("e" + index.incrementAndGet());
                      case 1 -> call.complete();
                      case 2 -> call.fail(new IllegalStateException("boom"));
                      default -> call.cancel();
                    }
                  }
                });
        thread.start();
        threads.add(thread);
      }
      start.countDown();
      for (Thread thread : threads) {
        thread.join();
      }
    }
    List<SpanData> spans = otel.spans();
    assertEquals(calls, spans.size(), "one span per call, never two");
    assertEquals(calls, spans.stream().map(SpanData::getSpanId).distinct().count());
    assertEquals(calls, hook.posts.get(), "postResponse once per call");
    for (SpanData span : spans) {
      int endings =
          (span.getStatus().getStatusCode() == StatusCode.ERROR ? 1 : 0)
              + (Boolean.TRUE.equals(span.getAttributes().get(TracepoetAttributes.CANCELLED)) ? 1 : 0);
      assertTrue(endings <= 1, "one ending only: " + span);
      assertNotNull(span.getAttributes().get(TracepoetAttributes.ELEMENTS));
    }
  }

  @Test
  void aWatchedResultDroppedBeforeTheEndIsAbandoned() throws Exception {
    ContextHook hook = new ContextHook(otel.endpoint());
    WeakReference<?> dropped = pullOneAndDrop(hook);
    StreamedResponsesTest.collect(dropped);
    for (int i = 0; i < 100 && otel.spans().isEmpty(); i++) {
      System.gc();
      Thread.sleep(20);
    }
    SpanData span = otel.onlySpan();
    assertAttribute(span, "tracepoet.abandoned", AttributeType.BOOLEAN, true);
    assertAttribute(span, "tracepoet.stream.elements", AttributeType.LONG, 1L);
  }

  private WeakReference<?> pullOneAndDrop(ContextHook hook) {
    Feed<String> feed = hook.callAdapted("prompt", a -> feedOf("a", "b"), adapter);
    assertEquals("a", feed.next());
    return new WeakReference<>(feed);
  }

  @Test
  void aWatchedResultStillHeldIsNotAbandoned() throws Exception {
    ContextHook hook = new ContextHook(otel.endpoint());
    Feed<String> feed = hook.callAdapted("prompt", a -> feedOf("a", "b"), adapter);
    WeakReference<?> traced = new WeakReference<>(feed);
    assertNotSame(null, traced.get());
    assertEquals("a", feed.next());
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertTrue(otel.spans().isEmpty(), "no span ended while the caller holds the result");
    assertEquals("b", feed.next());
    assertNull(feed.next());
    assertNoAttribute(otel.onlySpan(), "tracepoet.abandoned");
  }
}
