package dev.tracepoet.it.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracepoet.it.async.LlmApi.Chunk;
import dev.tracepoet.it.async.LlmApi.Completion;
import dev.tracepoet.it.async.LlmApi.Prompt;
import dev.tracepoet.it.async.LlmApi.Usage;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every exit path of every supported return type ends the span exactly once, with the right status
 * and flags. The table in {@link #exitPaths()} names the cases.
 */
class ReturnTypesTest {
  static final AttributeKey<Boolean> CANCELLED = AttributeKey.booleanKey("tracepoet.cancelled");
  static final AttributeKey<Boolean> ABANDONED = AttributeKey.booleanKey("tracepoet.abandoned");
  static final AttributeKey<Long> ELEMENTS = AttributeKey.longKey("tracepoet.stream.elements");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<Long> PROMPT_TOKENS = AttributeKey.longKey("llm.response.usage.prompt_tokens");
  static final AttributeKey<Long> COMPLETION_TOKENS = AttributeKey.longKey("llm.response.usage.completion_tokens");
  static final AttributeKey<Long> TOTAL_TOKENS = AttributeKey.longKey("llm.response.usage.total_tokens");
  static final AttributeKey<Boolean> ESTIMATED = AttributeKey.booleanKey("llm.response.usage.estimated");

  static final Prompt PROMPT = new Prompt("gpt-4o-mini", "hello world");

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private OpenTelemetrySdk otel;
  private Tracer tracer;
  private ScriptedLlm scripted;
  private LlmApi traced;

  @BeforeEach
  void setUp() {
    otel =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
            .build();
    tracer = otel.getTracer("test");
    scripted = new ScriptedLlm(tracer);
    traced = TracedLlmApi.wrap(scripted, otel, TracingSettings.defaults());
  }

  @AfterEach
  void tearDown() {
    otel.close();
  }

  /** What a finished span must look like. */
  record Expect(StatusCode status, String errorType, boolean cancelled, boolean abandoned, Long elements) {
    static Expect ok(Long elements) {
      return new Expect(StatusCode.UNSET, null, false, false, elements);
    }

    static Expect error(Class<?> type, Long elements) {
      return new Expect(StatusCode.ERROR, type.getName(), false, false, elements);
    }

    static Expect cancelled(Long elements) {
      return new Expect(StatusCode.UNSET, null, true, false, elements);
    }

    static Expect abandoned(Long elements) {
      return new Expect(StatusCode.UNSET, null, false, true, elements);
    }
  }

  /** One exit path: what the caller does with the traced client. */
  interface Scenario {
    void run(LlmApi api, ScriptedLlm delegate) throws Exception;
  }

  static Arguments row(String returnType, String exitPath, String endpoint, Scenario scenario, Expect expect) {
    return Arguments.of(returnType, exitPath, endpoint, scenario, expect);
  }

  static List<Arguments> exitPaths() {
    List<Arguments> rows = new ArrayList<>();
    // ---- CompletableFuture / CompletionStage
    for (String endpoint : List.of("completeFuture", "completeStage")) {
      rows.add(row(endpoint, "completes normally", endpoint, (api, d) -> {
        CompletableFuture<Completion> f = future(api, endpoint);
        assertFalse(f.isDone());
        d.future.complete(new Completion("cmpl-1", "Hello world", new Usage(3, 2, 5)));
        assertEquals("Hello world", f.join().text());
      }, Expect.ok(null)));
      rows.add(row(endpoint, "completes exceptionally", endpoint, (api, d) -> {
        CompletableFuture<Completion> f = future(api, endpoint);
        d.future.completeExceptionally(new IllegalArgumentException("bad"));
        assertThrows(CompletionException.class, f::join);
      }, Expect.error(IllegalArgumentException.class, null)));
      rows.add(row(endpoint, "cancelled by the caller", endpoint, (api, d) -> {
        CompletableFuture<Completion> f = future(api, endpoint);
        assertTrue(f.cancel(true));
        assertThrows(CancellationException.class, f::join);
      }, Expect.cancelled(null)));
      rows.add(row(endpoint, "delegate throws before returning", endpoint, (api, d) -> {
        d.throwBefore = new IllegalStateException("no connection");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> future(api, endpoint));
        assertSame(d.throwBefore, e);
      }, Expect.error(IllegalStateException.class, null)));
      rows.add(row(endpoint, "completed on another thread", endpoint, (api, d) -> {
        CompletableFuture<Completion> f = future(api, endpoint);
        Thread t = new Thread(() -> d.future.complete(new Completion("cmpl-1", "Hi", null)));
        t.start();
        t.join();
        assertEquals("Hi", f.join().text());
      }, Expect.ok(null)));
    }
    // ---- Stream
    rows.add(row("Stream", "consumed to the end", "stream",
        (api, d) -> assertEquals(List.of("Hello", " world"), api.stream(PROMPT).map(Chunk::text).toList()),
        Expect.ok(2L)));
    rows.add(row("Stream", "fails mid-stream", "stream", (api, d) -> {
      d.failAt = 1;
      assertThrows(IllegalStateException.class, () -> api.stream(PROMPT).toList());
    }, Expect.error(IllegalStateException.class, 1L)));
    rows.add(row("Stream", "closed before consumption", "stream", (api, d) -> {
      try (Stream<Chunk> s = api.stream(PROMPT)) {
        assertFalse(s.isParallel());
      }
    }, Expect.cancelled(0L)));
    rows.add(row("Stream", "early termination, closed", "stream", (api, d) -> {
      try (Stream<Chunk> s = api.stream(PROMPT)) {
        assertEquals("Hello", s.findFirst().orElseThrow().text());
      }
    }, Expect.cancelled(1L)));
    rows.add(row("Stream", "early termination, abandoned", "stream",
        (api, d) -> assertEquals("Hello", api.stream(PROMPT).findFirst().orElseThrow().text()),
        Expect.abandoned(1L)));
    rows.add(row("Stream", "delegate throws before returning", "stream", (api, d) -> {
      d.throwBefore = new IllegalStateException("no connection");
      assertSame(d.throwBefore, assertThrows(IllegalStateException.class, () -> api.stream(PROMPT)));
    }, Expect.error(IllegalStateException.class, 0L)));
    // ---- Iterator
    rows.add(row("Iterator", "exhausted", "iterator", (api, d) -> {
      Iterator<Chunk> it = api.iterator(PROMPT);
      while (it.hasNext()) {
        it.next();
      }
    }, Expect.ok(2L)));
    rows.add(row("Iterator", "fails in next()", "iterator", (api, d) -> {
      d.failAt = 0;
      Iterator<Chunk> it = api.iterator(PROMPT);
      assertTrue(it.hasNext());
      assertThrows(IllegalStateException.class, it::next);
    }, Expect.error(IllegalStateException.class, 0L)));
    rows.add(row("Iterator", "abandoned by the caller", "iterator",
        (api, d) -> assertEquals("Hello", api.iterator(PROMPT).next().text()),
        Expect.abandoned(1L)));
    rows.add(row("Iterator", "delegate throws before returning", "iterator", (api, d) -> {
      d.throwBefore = new IllegalStateException("no connection");
      assertThrows(IllegalStateException.class, () -> api.iterator(PROMPT));
    }, Expect.error(IllegalStateException.class, 0L)));
    // ---- Iterable
    rows.add(row("Iterable", "first iteration exhausted; second untraced", "iterable", (api, d) -> {
      Iterable<Chunk> chunks = api.iterable(PROMPT);
      List<String> texts = new ArrayList<>();
      chunks.forEach(c -> texts.add(c.text()));
      chunks.forEach(c -> texts.add(c.text()));
      assertEquals(List.of("Hello", " world", "Hello", " world"), texts);
    }, Expect.ok(2L)));
    rows.add(row("Iterable", "fails during iteration", "iterable", (api, d) -> {
      d.failAt = 1;
      assertThrows(IllegalStateException.class, () -> api.iterable(PROMPT).forEach(c -> { }));
    }, Expect.error(IllegalStateException.class, 1L)));
    rows.add(row("Iterable", "never iterated, abandoned", "iterable",
        (api, d) -> assertTrue(api.iterable(PROMPT) != null), Expect.abandoned(0L)));
    // ---- Flow.Publisher
    rows.add(row("Publisher", "completes", "publisher", (api, d) -> {
      Collector c = Collector.subscribe(api.publisher(PROMPT), Long.MAX_VALUE);
      assertTrue(c.completed);
      assertEquals(2, c.items.size());
    }, Expect.ok(2L)));
    rows.add(row("Publisher", "signals an error", "publisher", (api, d) -> {
      d.failAt = 1;
      Collector c = Collector.subscribe(api.publisher(PROMPT), Long.MAX_VALUE);
      assertTrue(c.error instanceof IllegalStateException);
    }, Expect.error(IllegalStateException.class, 1L)));
    rows.add(row("Publisher", "subscriber cancels", "publisher", (api, d) -> {
      Collector c = Collector.subscribe(api.publisher(PROMPT), 1);
      c.subscription.cancel();
      assertEquals(1, c.items.size());
    }, Expect.cancelled(1L)));
    rows.add(row("Publisher", "delegate throws before returning", "publisher", (api, d) -> {
      d.throwBefore = new IllegalStateException("no connection");
      assertThrows(IllegalStateException.class, () -> api.publisher(PROMPT));
    }, Expect.error(IllegalStateException.class, 0L)));
    // ---- plain
    rows.add(row("Completion (plain)", "returns", "complete", (api, d) -> api.complete(PROMPT), Expect.ok(null)));
    rows.add(row("Completion (plain)", "delegate throws", "complete", (api, d) -> {
      d.throwBefore = new IllegalStateException("no connection");
      assertThrows(IllegalStateException.class, () -> api.complete(PROMPT));
    }, Expect.error(IllegalStateException.class, null)));
    return rows;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("exitPaths")
  void spanEndsExactlyOnce(String returnType, String exitPath, String endpoint, Scenario scenario, Expect expect)
      throws Exception {
    scenario.run(traced, scripted);
    scripted = null; // let abandoned results become unreachable
    SpanData span = awaitSingle(endpoint, expect.abandoned());
    assertTrue(span.hasEnded());
    assertEquals(expect.status(), span.getStatus().getStatusCode(), "status");
    assertEquals(expect.errorType(), span.getAttributes().get(ERROR_TYPE), "error.type");
    assertEquals(expect.cancelled() ? Boolean.TRUE : null, span.getAttributes().get(CANCELLED), "cancelled");
    assertEquals(expect.abandoned() ? Boolean.TRUE : null, span.getAttributes().get(ABANDONED), "abandoned");
    assertEquals(expect.elements(), span.getAttributes().get(ELEMENTS), "elements");
    assertEquals("gpt-4o-mini", span.getAttributes().get(AttributeKey.stringKey("llm.request.model")));
    // Nothing else happens later: no second end, no second span.
    Thread.sleep(20);
    assertEquals(1, spans(endpoint).size());
  }

  @Test
  @SuppressWarnings("try") // the scope is only closed
  void theDelegateRunsInTheSpanAndItsSpansAreChildren() {
    Span caller = tracer.spanBuilder("caller").startSpan();
    try (Scope ignored = caller.makeCurrent()) {
      List<Chunk> chunks = traced.stream(PROMPT).toList();
      assertEquals(2, chunks.size());
      assertSame(caller, Span.current(), "nothing leaks into the caller's context");
    } finally {
      caller.end();
    }
    SpanData call = spans("stream").get(0);
    SpanData work = spans("delegate-work").get(0);
    assertEquals(caller.getSpanContext().getSpanId(), call.getParentSpanId());
    assertEquals(call.getSpanId(), work.getParentSpanId());
    assertEquals(call.getSpanId(), scripted.currentAtElement.get().getSpanContext().getSpanId(),
        "elements are produced with the call's span current");
  }

  @Test
  void streamedUsageComesFromTheLastChunk() {
    scripted.withUsageOnLastChunk();
    traced.stream(PROMPT).toList();

    SpanData span = spans("stream").get(0);
    assertEquals(7L, span.getAttributes().get(PROMPT_TOKENS));
    assertEquals(2L, span.getAttributes().get(COMPLETION_TOKENS));
    assertEquals(9L, span.getAttributes().get(TOTAL_TOKENS));
    assertNull(span.getAttributes().get(ESTIMATED));
    assertEquals(ScriptedLlm.ID, span.getAttributes().get(AttributeKey.stringKey("llm.response.id")));
  }

  @Test
  void streamedUsageIsEstimatedFromThePromptAndTheAccumulatedText() {
    traced.stream(PROMPT).toList();

    SpanData span = spans("stream").get(0);
    // Tokens.estimate("hello world") = 2; the chunks accumulate to "Hello world" = 2
    assertEquals(2L, span.getAttributes().get(PROMPT_TOKENS));
    assertEquals(2L, span.getAttributes().get(COMPLETION_TOKENS));
    assertEquals(4L, span.getAttributes().get(TOTAL_TOKENS));
    assertEquals(true, span.getAttributes().get(ESTIMATED));
    assertEquals("estimate", span.getAttributes().get(AttributeKey.stringKey("llm.response.usage.counted_by")));
  }

  @Test
  void usageOfAFutureComesFromTheCompletedValue() {
    CompletableFuture<Completion> f = traced.completeFuture(PROMPT);
    scripted.future.complete(new Completion("cmpl-9", "Hi", new Usage(11, 1, 12)));
    f.join();

    SpanData span = spans("completeFuture").get(0);
    assertEquals("cmpl-9", span.getAttributes().get(AttributeKey.stringKey("llm.response.id")));
    assertEquals(12L, span.getAttributes().get(TOTAL_TOKENS));
  }

  @Test
  void aFuturesSpanEndsWhenItCompletesNotWhenItIsReturned() {
    CompletableFuture<Completion> f = traced.completeFuture(PROMPT);
    assertTrue(spans("completeFuture").isEmpty(), "still running");
    scripted.future.complete(new Completion("cmpl-1", "Hi", null));
    f.join();
    assertEquals(1, spans("completeFuture").size());
  }

  @Test
  void theCallerGetsTheDelegatesFutureItself() {
    CompletableFuture<Completion> f = traced.completeFuture(PROMPT);
    assertSame(scripted.future, f, "cancellable and chainable exactly like the delegate's");
  }

  @Test
  void plainUsageIsReportedAsIs() {
    traced.complete(PROMPT);
    SpanData span = spans("complete").get(0);
    assertEquals(3L, span.getAttributes().get(PROMPT_TOKENS));
    assertEquals(5L, span.getAttributes().get(TOTAL_TOKENS));
    assertFalse(span.getAttributes().asMap().containsKey(ESTIMATED));
  }

  // ---------------------------------------------------------------- helpers

  private static CompletableFuture<Completion> future(LlmApi api, String endpoint) {
    return endpoint.equals("completeFuture")
        ? api.completeFuture(PROMPT)
        : api.completeStage(PROMPT).toCompletableFuture();
  }

  private List<SpanData> spans(String name) {
    return exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).toList();
  }

  private SpanData awaitSingle(String name, boolean needsGc) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (spans(name).isEmpty() && System.nanoTime() < deadline) {
      if (needsGc) {
        System.gc();
      }
      Thread.sleep(10);
    }
    List<SpanData> found = spans(name);
    assertEquals(1, found.size(), () -> "spans named " + name + ": " + exporter.getFinishedSpanItems());
    return found.get(0);
  }

  /** A subscriber that records what it receives and requests {@code demand} up front. */
  static final class Collector implements Flow.Subscriber<Chunk> {
    final List<Chunk> items = new ArrayList<>();
    Flow.Subscription subscription;
    Throwable error;
    boolean completed;
    private final long demand;

    private Collector(long demand) {
      this.demand = demand;
    }

    static Collector subscribe(Flow.Publisher<Chunk> publisher, long demand) {
      Collector collector = new Collector(demand);
      publisher.subscribe(collector);
      return collector;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(demand);
    }

    @Override
    public void onNext(Chunk item) {
      items.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
      error = throwable;
    }

    @Override
    public void onComplete() {
      completed = true;
    }
  }
}
