package dev.tracepoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A traced {@code Stream} result, traversed in bulk ({@code forEach}, {@code collect}: the
 * delegate's own {@code forEachRemaining} inside one entry into the call's context) and element by
 * element ({@code iterator()}, {@code findFirst}: one {@code tryAdvance} per pull): the same
 * contexts, reports and failures either way.
 */
class StreamTraversalTest {
  private final SpanCollector otel = new SpanCollector();
  private final StreamedResponsesTest.ContextHook hook = new StreamedResponsesTest.ContextHook(otel.endpoint());
  private final Span caller = otel.openTelemetry.getTracer("caller").spanBuilder("caller").startSpan();

  @AfterEach
  void close() {
    otel.close();
  }

  /** Consumes {@code stream} in bulk or pull by pull, handing each element to {@code action}. */
  private static void consume(String path, Stream<String> stream, Consumer<String> action) {
    if (path.equals("bulk")) {
      stream.forEach(action);
    } else {
      Iterator<String> iterator = stream.iterator();
      while (iterator.hasNext()) {
        action.accept(iterator.next());
      }
    }
  }

  private SpanData call() {
    return otel.spans().stream().filter(s -> s.getName().equals("doThing")).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bulk", "pull"})
  void theDelegateProducesInTheCallsContextAndTheCallerConsumesInItsOwn(String path) {
    List<String> producedIn = new ArrayList<>();
    List<String> consumedIn = new ArrayList<>();
    List<String> received = new ArrayList<>();
    try (Scope ignored = caller.makeCurrent()) {
      Stream<String> stream = hook.callStream("prompt",
          a -> Stream.of("a", "b", "c").peek(e -> producedIn.add(Span.current().getSpanContext().getSpanId())));
      consume(path, stream, e -> {
        consumedIn.add(Span.current().getSpanContext().getSpanId());
        received.add(e);
      });
      assertEquals(caller.getSpanContext(), Span.current().getSpanContext(), "nothing leaks into the caller");
    }
    caller.end();
    SpanData call = call();
    assertEquals(List.of("a", "b", "c"), received);
    assertEquals(List.of(call.getSpanId(), call.getSpanId(), call.getSpanId()), producedIn);
    assertEquals(List.of(caller.getSpanContext().getSpanId(), caller.getSpanContext().getSpanId(),
        caller.getSpanContext().getSpanId()), consumedIn);
    assertEquals(call.getSpanId(), hook.currentIn.get("onElement").getSpanId(), "elements reported in the call");
    assertEquals(3L, call.getAttributes().get(TracepoetAttributes.ELEMENTS));
    assertEquals("c", call.getAttributes().get(AttributeKey.stringKey("acme.response.id")));
    assertEquals(1, otel.spans().stream().filter(s -> s.getName().equals("doThing")).count(), "ended once");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bulk", "pull"})
  void theCallersFailureReachesItUnchangedAndLeavesTheCallToTheClose(String path) {
    IllegalArgumentException mine = new IllegalArgumentException("caller's bug");
    Stream<String> stream = hook.callStream("prompt", a -> Stream.of("a", "b", "c"));
    assertSame(mine, assertThrows(IllegalArgumentException.class, () -> consume(path, stream, e -> {
      if (e.equals("b")) {
        throw mine;
      }
    })));
    assertTrue(otel.spans().stream().noneMatch(s -> s.getName().equals("doThing")), "still open");
    stream.close();
    SpanData call = call();
    assertEquals(Boolean.TRUE, call.getAttributes().get(TracepoetAttributes.CANCELLED));
    assertEquals(StatusCode.UNSET, call.getStatus().getStatusCode(), "the caller's failure is not the call's");
    assertEquals(2L, call.getAttributes().get(TracepoetAttributes.ELEMENTS));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bulk", "pull"})
  void theDelegatesFailureFailsTheCallAndReachesTheCallerUnchanged(String path) {
    IllegalStateException reset = new IllegalStateException("connection reset");
    List<String> received = new ArrayList<>();
    Stream<String> stream = hook.callStream("prompt", a -> Stream.of("a", "b", "c").map(e -> {
      if (e.equals("c")) {
        throw reset;
      }
      return e;
    }));
    assertSame(reset, assertThrows(IllegalStateException.class, () -> consume(path, stream, received::add)));
    assertEquals(List.of("a", "b"), received);
    SpanData call = call();
    assertEquals(StatusCode.ERROR, call.getStatus().getStatusCode());
    assertEquals(IllegalStateException.class.getName(), call.getAttributes().get(TracepoetAttributes.ERROR_TYPE));
    assertEquals(2L, call.getAttributes().get(TracepoetAttributes.ELEMENTS));
    assertNull(call.getAttributes().get(TracepoetAttributes.CANCELLED));
    stream.close(); // a no-op for the span: it has ended
    assertEquals(1, otel.spans().stream().filter(s -> s.getName().equals("doThing")).count());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void aParallelStreamEndsOnceWhenItsLastSplitIsDone(int round) {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    List<Integer> all = hook.callStream("prompt",
            a -> IntStream.range(0, 10_000).mapToObj(Integer::toString).collect(Collectors.toList()).parallelStream())
        .peek(e -> threads.add(Thread.currentThread().getName()))
        .map(Integer::parseInt)
        .collect(Collectors.toList());
    assertEquals(IntStream.range(0, 10_000).boxed().collect(Collectors.toList()), all);
    SpanData call = call();
    assertEquals(10_000L, call.getAttributes().get(TracepoetAttributes.ELEMENTS), "round " + round);
    assertNull(call.getAttributes().get(TracepoetAttributes.CANCELLED));
    assertEquals(1, otel.spans().stream().filter(s -> s.getName().equals("doThing")).count());
  }
}
