package dev.tracepoet.runtime;

import static dev.tracepoet.runtime.SpanCollector.assertAttribute;
import static dev.tracepoet.runtime.SpanCollector.assertNoAttribute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Streamed responses: the safety net, the context of continuations and lazy delegate spans. */
class StreamedResponsesTest {
  private final SpanCollector otel = new SpanCollector();

  @AfterEach
  void close() {
    otel.close();
  }

  /** Records what was current in each continuation step; tags the element's text as the id. */
  static final class ContextHook extends NoStepsHook<String, String> {
    final Map<String, SpanContext> currentIn = new ConcurrentHashMap<>();

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
      currentIn.put("onElement", Span.current().getSpanContext());
    }

    @Override
    protected void postResponse(Span span, String arguments, String response, Throwable error) {
      currentIn.put("postResponse", Span.current().getSpanContext());
    }

    @Override
    protected void postStream(Span span, String arguments, List<String> elements, Throwable error) {
      currentIn.put("postStream", Span.current().getSpanContext());
      super.postStream(span, arguments, elements, error);
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
      return "claude-3-5-sonnet"; // no OpenAI encoding: the count must be an estimate
    }
  }

  /** Consumes each kind of streamed response the way a caller does. */
  static List<String> consume(String kind, ContextHook hook, List<String> elements) throws Exception {
    switch (kind) {
      case "stream":
        try (Stream<String> stream = hook.callStream("prompt", a -> elements.stream())) {
          return stream.collect(Collectors.toList());
        }
      case "iterator": {
        List<String> out = new ArrayList<>();
        hook.callIterator("prompt", a -> elements.iterator()).forEachRemaining(out::add);
        return out;
      }
      case "iterable": {
        List<String> out = new ArrayList<>();
        for (String element : hook.callIterable("prompt", a -> elements)) {
          out.add(element);
        }
        return out;
      }
      default: {
        Collector collector = new Collector(Long.MAX_VALUE);
        hook.callPublisher("prompt", a -> new ListPublisher(elements)).subscribe(collector);
        assertTrue(collector.done.await(5, TimeUnit.SECONDS));
        return collector.items;
      }
    }
  }

  /**
   * A finished call unregisters its safety-net watch even while the caller still holds the
   * response: a registered watch is a phantom reference the collector must process, one per
   * streaming call (measured: 18 times the collector's pause time on the OpenAI SDK benchmark).
   */
  @ParameterizedTest
  @ValueSource(strings = {"consumed", "closed", "failed"})
  void aFinishedStreamLeavesNoWatchRegistered(String end) {
    ContextHook hook = new ContextHook(otel.endpoint());
    List<Object> held = new ArrayList<>();
    long before = SafetyNet.registered();
    for (int i = 0; i < 50; i++) {
      Stream<String> stream =
          hook.callStream(
              "prompt",
              a -> Stream.of("a", "b").map(x -> {
                if (end.equals("failed") && x.equals("b")) {
                  throw new IllegalStateException("boom");
                }
                return x;
              }));
      held.add(stream);
      Iterator<String> iterator = hook.callIterator("prompt", a -> List.of("a", "b").iterator());
      held.add(iterator);
      switch (end) {
        case "consumed":
          stream.forEach(x -> { });
          iterator.forEachRemaining(x -> { });
          break;
        case "closed":
          stream.close();
          iterator.next();
          hook.callStream("prompt", a -> Stream.of("c")).close();
          iterator.forEachRemaining(x -> { });
          break;
        default:
          assertThrows(IllegalStateException.class, () -> stream.forEach(x -> { }));
          iterator.forEachRemaining(x -> { });
      }
    }
    assertEquals(held.size() + (end.equals("closed") ? 50 : 0), otel.spans().size());
    assertTrue(SafetyNet.registered() <= before,
        "watches left registered after " + held.size() + " finished calls: "
            + (SafetyNet.registered() - before));
    assertEquals(100, held.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"stream", "iterator", "iterable", "publisher"})
  void continuationStepsRunWithTheCallsSpanCurrent(String kind) throws Exception {
    ContextHook hook = new ContextHook(otel.endpoint());
    Span caller = otel.openTelemetry.getTracer("caller").spanBuilder("caller").startSpan();
    try (Scope ignored = caller.makeCurrent()) {
      assertEquals(List.of("a", "b"), consume(kind, hook, List.of("a", "b")));
    } finally {
      caller.end();
    }
    SpanData call = otel.spans().stream().filter(s -> s.getName().equals("doThing")).findFirst().orElseThrow();
    assertEquals(caller.getSpanContext().getSpanId(), call.getParentSpanId());
    for (String step : List.of("onElement", "recordResponse", "postStream", "postResponse")) {
      SpanContext current = hook.currentIn.get(step);
      assertNotNull(current, step + " ran");
      assertEquals(call.getSpanId(), current.getSpanId(), step + " sees the call's span as current");
    }
  }

  @Test
  void lazilyCreatedIteratorSpansAreChildrenOfTheCall() {
    Tracer delegateTracer = otel.openTelemetry.getTracer("delegate");
    Iterable<String> lazy =
        () -> {
          delegateTracer.spanBuilder("open-connection").startSpan().end();
          return List.of("a").iterator();
        };
    ContextHook hook = new ContextHook(otel.endpoint());
    for (String ignored : hook.callIterable("prompt", a -> lazy)) {
      // consume
    }
    assertChildOfCall("open-connection");
  }

  @Test
  void spansCreatedInsideRequestAreChildrenOfTheCall() throws Exception {
    Tracer delegateTracer = otel.openTelemetry.getTracer("delegate");
    Flow.Publisher<String> publisher =
        subscriber ->
            subscriber.onSubscribe(
                new Flow.Subscription() {
                  boolean done;

                  @Override
                  public void request(long n) {
                    if (!done) {
                      done = true;
                      delegateTracer.spanBuilder("fetch-page").startSpan().end();
                      subscriber.onNext("a");
                      subscriber.onComplete();
                    }
                  }

                  @Override
                  public void cancel() {}
                });
    Collector collector = new Collector(1);
    new ContextHook(otel.endpoint()).callPublisher("prompt", a -> publisher).subscribe(collector);
    assertTrue(collector.done.await(5, TimeUnit.SECONDS));
    assertChildOfCall("fetch-page");
  }

  private void assertChildOfCall(String name) {
    SpanData call = otel.spans().stream().filter(s -> s.getName().equals("doThing")).findFirst().orElseThrow();
    SpanData lazy = otel.spans().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    assertEquals(call.getSpanId(), lazy.getParentSpanId(), name + " is a child of the call's span");
  }

  // ------------------------------------------------------------------ the safety net

  /** Garbage-collects until {@code reference} is cleared, then gives the Cleaner time to run. */
  static void collect(WeakReference<?> reference) throws InterruptedException {
    for (int i = 0; i < 100 && reference.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertTrue(reference.get() == null, "the dropped object was collected");
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(40);
    }
  }

  /** Like {@code for (x : api.iterableCall())}: only the iterator is kept. */
  private static Iterator<String> iteratorOnly(ContextHook hook, List<String> elements, List<WeakReference<?>> dropped) {
    Iterable<String> iterable = hook.callIterable("prompt", a -> elements);
    dropped.add(new WeakReference<>(iterable));
    return iterable.iterator();
  }

  @Test
  void anIterableLoopThatKeepsOnlyTheIteratorIsNotAbandoned() throws Exception {
    ContextHook hook = new ContextHook(otel.endpoint());
    List<WeakReference<?>> dropped = new ArrayList<>();
    Iterator<String> iterator = iteratorOnly(hook, List.of("a", "b", "c"), dropped);
    assertEquals("a", iterator.next());
    collect(dropped.get(0));
    assertTrue(otel.spans().isEmpty(), "no span ended while the loop still runs: " + otel.spans());
    assertEquals("b", iterator.next());
    assertEquals("c", iterator.next());
    assertTrue(!iterator.hasNext());
    SpanData span = otel.onlySpan();
    assertAttribute(span, "tracepoet.stream.elements", AttributeType.LONG, 3L);
    assertNoAttribute(span, "tracepoet.abandoned");
    assertAttribute(span, "acme.response.id", AttributeType.STRING, "c");
  }

  @Test
  void anIteratorDroppedMidLoopIsStillAbandoned() throws Exception {
    ContextHook hook = new ContextHook(otel.endpoint());
    List<WeakReference<?>> dropped = new ArrayList<>();
    Iterator<String> iterator = iteratorOnly(hook, List.of("a", "b", "c"), dropped);
    assertEquals("a", iterator.next());
    dropped.add(new WeakReference<>(iterator));
    iterator = null;
    collect(dropped.get(1));
    SpanData span = awaitSpan();
    assertAttribute(span, "tracepoet.abandoned", AttributeType.BOOLEAN, true);
    assertAttribute(span, "tracepoet.stream.elements", AttributeType.LONG, 1L);
  }

  private SpanData awaitSpan() throws InterruptedException {
    for (int i = 0; i < 100 && otel.spans().isEmpty(); i++) {
      System.gc();
      Thread.sleep(20);
    }
    return otel.onlySpan();
  }

  @Test
  void aDroppedPublisherWhoseProducerStillDeliversIsNotAbandoned() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ContextHook hook = new ContextHook(otel.endpoint());
    Collector collector = new Collector(Long.MAX_VALUE);
    WeakReference<?> publisher = subscribeAndDrop(hook, release, collector);
    collect(publisher);
    assertTrue(otel.spans().isEmpty(), "no span ended while the producer can deliver: " + otel.spans());
    release.countDown();
    assertTrue(collector.done.await(5, TimeUnit.SECONDS));
    assertEquals(List.of("a", "b"), collector.items);
    SpanData span = otel.onlySpan();
    assertAttribute(span, "tracepoet.stream.elements", AttributeType.LONG, 2L);
    assertNoAttribute(span, "tracepoet.abandoned");
  }

  /** Subscribes a subscriber that keeps no subscription; an async producer delivers after release. */
  private static WeakReference<?> subscribeAndDrop(ContextHook hook, CountDownLatch release, Collector collector) {
    Flow.Publisher<String> delegate =
        subscriber -> {
          Thread producer =
              new Thread(
                  () -> {
                    subscriber.onSubscribe(
                        new Flow.Subscription() {
                          @Override
                          public void request(long n) {}

                          @Override
                          public void cancel() {}
                        });
                    try {
                      release.await();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                    subscriber.onNext("a");
                    subscriber.onNext("b");
                    subscriber.onComplete();
                  });
          producer.setDaemon(true);
          producer.start();
        };
    Flow.Publisher<String> traced = hook.callPublisher("prompt", a -> delegate);
    collector.keepSubscription = false;
    traced.subscribe(collector);
    return new WeakReference<>(traced);
  }

  // ------------------------------------------------------------------ failures mid-way

  @ParameterizedTest
  @ValueSource(strings = {"stream", "iterator", "publisher"})
  void aStreamFailingMidWayKeepsWhatItReceived(String kind) throws Exception {
    ContextHook hook = new ContextHook(otel.endpoint());
    IllegalStateException failure = new IllegalStateException("connection reset");
    List<String> received = new ArrayList<>();
    Function<Integer, String> source =
        i -> {
          if (i == 2) {
            throw failure;
          }
          return i == 0 ? "Hello" : " world";
        };
    if (kind.equals("stream")) {
      Stream<String> stream = hook.callStream("prompt", a -> Stream.of(0, 1, 2).map(source));
      assertSame(failure, assertThrows(IllegalStateException.class, () -> stream.forEach(received::add)));
    } else if (kind.equals("iterator")) {
      Iterator<String> iterator = hook.callIterator("prompt", a -> Stream.of(0, 1, 2).map(source).iterator());
      assertSame(failure, assertThrows(IllegalStateException.class, () -> iterator.forEachRemaining(received::add)));
    } else {
      Collector collector = new Collector(Long.MAX_VALUE);
      hook.callPublisher("prompt", a -> subscriber -> {
        subscriber.onSubscribe(new Flow.Subscription() {
          @Override
          public void request(long n) {}

          @Override
          public void cancel() {}
        });
        subscriber.onNext("Hello");
        subscriber.onNext(" world");
        subscriber.onError(failure);
      }).subscribe(collector);
      received.addAll(collector.items);
      assertSame(failure, collector.error);
    }
    assertEquals(List.of("Hello", " world"), received);
    SpanData span = otel.onlySpan();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals("connection reset", span.getStatus().getDescription());
    assertAttribute(span, "error.type", AttributeType.STRING, IllegalStateException.class.getName());
    assertAttribute(span, "tracepoet.stream.elements", AttributeType.LONG, 2L);
    assertAttribute(span, "acme.response.id", AttributeType.STRING, " world");
    assertAttribute(span, "acme.response.usage.completion_tokens", AttributeType.LONG,
        (long) Tokens.estimate("Hello world"));
    assertAttribute(span, "acme.response.usage.prompt_tokens", AttributeType.LONG, (long) Tokens.estimate("prompt"));
    assertAttribute(span, "acme.response.usage.counted_by", AttributeType.STRING, "estimate");
  }

  // ------------------------------------------------------------------ helpers

  /** Publishes a list synchronously, honouring demand. */
  static final class ListPublisher implements Flow.Publisher<String> {
    private final List<String> items;

    ListPublisher(List<String> items) {
      this.items = items;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super String> subscriber) {
      subscriber.onSubscribe(
          new Flow.Subscription() {
            int next;

            @Override
            public void request(long n) {
              for (long i = 0; i < n && next < items.size(); i++) {
                subscriber.onNext(items.get(next++));
              }
              if (next == items.size()) {
                next++;
                subscriber.onComplete();
              }
            }

            @Override
            public void cancel() {}
          });
    }
  }

  /** Collects what a publisher delivers. */
  static final class Collector implements Flow.Subscriber<String> {
    final List<String> items = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch done = new CountDownLatch(1);
    final long demand;
    boolean keepSubscription = true;
    volatile Throwable error;
    final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();

    Collector(long demand) {
      this.demand = demand;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      if (keepSubscription) {
        subscription.set(s);
      }
      s.request(demand);
    }

    @Override
    public void onNext(String item) {
      items.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
      error = throwable;
      done.countDown();
    }

    @Override
    public void onComplete() {
      done.countDown();
    }
  }

}
