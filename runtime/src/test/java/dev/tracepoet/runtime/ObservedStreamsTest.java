package dev.tracepoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link ObservedStreams} against a recording {@link CallObserver}: what it reports, in which context. */
class ObservedStreamsTest {
  private static final ContextKey<String> WHERE = ContextKey.named("where");

  /** Records every report; {@code inCall} marks the context as the call's. */
  static final class Recording implements CallObserver<String> {
    final List<String> log = new ArrayList<>();
    final List<Object> watched = new ArrayList<>();
    int entries;

    @Override
    public void element(String element) {
      log.add("element " + element + (inCall() ? " (in call)" : ""));
    }

    @Override
    public void complete() {
      log.add("complete");
    }

    @Override
    public void fail(Throwable error) {
      log.add("fail " + error.getMessage());
    }

    @Override
    public void cancel() {
      log.add("cancel");
    }

    @Override
    public <X> X inCall(Supplier<X> work) {
      entries++;
      try (Scope ignored = Context.current().with(WHERE, "call").makeCurrent()) {
        return work.get();
      }
    }

    @Override
    public void watch(Object held) {
      watched.add(held);
    }

    static boolean inCall() {
      return "call".equals(Context.current().get(WHERE));
    }
  }

  @Test
  void aPulledStreamReportsMappedElementsPulledInTheCallThenCompletes() {
    // each element is reported within the same entry into the call's context as its pull
    Recording call = new Recording();
    List<Boolean> pulledInCall = new ArrayList<>();
    Stream<Integer> source = Stream.of(1, 2, 3).peek(i -> pulledInCall.add(Recording.inCall()));
    List<Integer> seen = ObservedStreams.pull(call, () -> source, i -> "#" + i, null)
        .peek(i -> assertFalse(Recording.inCall(), "the caller's operations run outside the call"))
        .collect(Collectors.toList());
    assertEquals(List.of(1, 2, 3), seen);
    assertEquals(List.of(true, true, true), pulledInCall);
    assertEquals(List.of("element #1 (in call)", "element #2 (in call)", "element #3 (in call)", "complete"), call.log);
  }

  @Test
  void aFailingPullFailsTheCallAndReachesTheCallerUnchanged() {
    Recording call = new Recording();
    IllegalStateException boom = new IllegalStateException("boom");
    Stream<Integer> source = Stream.of(1, 2).map(i -> {
      if (i == 2) {
        throw boom;
      }
      return i;
    });
    Stream<Integer> traced = ObservedStreams.pull(call, () -> source, String::valueOf, null);
    assertSame(boom, assertThrows(IllegalStateException.class, () -> traced.forEach(i -> {})));
    assertEquals(List.of("element 1 (in call)", "fail boom"), call.log);
  }

  @Test
  void anErrorFromAPullFailsTheCallAndReachesTheCallerUnchanged() {
    Recording call = new Recording();
    NoSuchMethodError linkage = new NoSuchMethodError("an accessor of another SDK version");
    Stream<Integer> source = Stream.of(1, 2).map(i -> {
      if (i == 2) {
        throw linkage;
      }
      return i;
    });
    Stream<Integer> traced = ObservedStreams.pull(call, () -> source, String::valueOf, null);
    List<Integer> seen = new ArrayList<>();
    assertSame(linkage, assertThrows(NoSuchMethodError.class, () -> traced.forEach(seen::add)));
    assertEquals(List.of(1), seen);
    assertEquals(List.of("element 1 (in call)", "fail an accessor of another SDK version"), call.log);
    assertFalse(Recording.inCall(), "the call's context is left when the failure propagates");
  }

  @Test
  void closingEarlyClosesTheSourceThenCancels() {
    Recording call = new Recording();
    List<String> closed = new ArrayList<>();
    Stream<Integer> source = Stream.of(1, 2, 3).onClose(() -> closed.add("source"));
    try (Stream<Integer> traced = ObservedStreams.pull(call, () -> source, String::valueOf, null)) {
      traced.findFirst();
    }
    assertEquals(List.of("source"), closed);
    assertEquals(List.of("element 1 (in call)", "cancel"), call.log);
  }

  @Test
  void anIteratorPullsElementByElementInTheCallAndTheCallerRunsOutsideIt() {
    // iterator() is the element-by-element path (tryAdvance); forEach/collect the bulk one
    Recording call = new Recording();
    List<Boolean> pulledInCall = new ArrayList<>();
    Stream<Integer> source = Stream.of(1, 2).peek(i -> pulledInCall.add(Recording.inCall()));
    Iterator<Integer> iterator = ObservedStreams.pull(call, () -> source, i -> "#" + i, null).iterator();
    List<String> seen = new ArrayList<>();
    while (iterator.hasNext()) {
      Integer next = iterator.next();
      seen.add(next + (Recording.inCall() ? " in call" : " outside"));
    }
    assertEquals(List.of("1 outside", "2 outside"), seen);
    assertEquals(List.of(true, true), pulledInCall);
    assertEquals(4, call.entries, "one entry to open the SDK's stream, one per pull (two elements and the end)");
    assertEquals(List.of("element #1 (in call)", "element #2 (in call)", "complete"), call.log);
  }

  @Test
  void aForEachRunsTheCallersActionInTheCallersContext() {
    Recording call = new Recording();
    List<String> seen = new ArrayList<>();
    try (Scope ignored = Context.current().with(WHERE, "caller").makeCurrent()) {
      ObservedStreams.pull(call, () -> Stream.of(1, 2), i -> "#" + i, null)
          .forEach(i -> seen.add(i + " in " + Context.current().get(WHERE)));
      assertEquals("caller", Context.current().get(WHERE), "the caller's context is restored after the traversal");
    }
    assertEquals(List.of("1 in caller", "2 in caller"), seen);
    assertEquals(List.of("element #1 (in call)", "element #2 (in call)", "complete"), call.log);
    assertEquals(2, call.entries, "one entry to open the SDK's stream, one for the whole traversal");
  }

  @Test
  void whatTheCallersActionThrowsReachesItUnchangedAndLeavesTheCallToTheClose() {
    // in both paths: the caller's failure is not the response's, so the call is not failed by it
    IllegalStateException mine = new IllegalStateException("the caller's own");
    Recording bulk = new Recording();
    List<String> closed = new ArrayList<>();
    try (Stream<Integer> traced = ObservedStreams.pull(bulk, () -> Stream.of(1, 2, 3).onClose(() -> closed.add("source")),
        String::valueOf, null)) {
      assertSame(mine, assertThrows(IllegalStateException.class, () -> traced.forEach(i -> {
        assertFalse(Recording.inCall());
        if (i == 2) {
          throw mine;
        }
      })));
      assertFalse(Recording.inCall(), "the call's context is left when the caller's failure propagates");
      assertEquals(List.of("element 1 (in call)", "element 2 (in call)"), bulk.log);
    }
    assertEquals(List.of("element 1 (in call)", "element 2 (in call)", "cancel"), bulk.log);
    assertEquals(List.of("source"), closed);

    Recording stepwise = new Recording();
    Stream<Integer> traced = ObservedStreams.pull(stepwise, () -> Stream.of(1, 2), String::valueOf, null);
    Iterator<Integer> iterator = traced.iterator();
    assertSame(mine, assertThrows(IllegalStateException.class, () -> {
      iterator.next();
      throw mine;
    }));
    traced.close();
    assertEquals(List.of("element 1 (in call)", "cancel"), stepwise.log);
  }

  @Test
  void aThrowingReportIsContainedAndTheCallerStillGetsTheElement() {
    Recording call = new Recording();
    List<Integer> seen = ObservedStreams.<Integer, String>pull(call, () -> Stream.of(1, 2),
        i -> { if (i == 1) throw new IllegalArgumentException("bad"); return "ok" + i; }, null)
        .collect(Collectors.toList());
    assertEquals(List.of(1, 2), seen);
    assertEquals(List.of("element ok2 (in call)", "complete"), call.log);
  }

  @Test
  void deliveriesRunTheHandlerInTheSubscribersContextAfterReporting() {
    Recording call = new Recording();
    List<String> handled = new ArrayList<>();
    ObservedStreams.Delivery<Integer, String> delivery;
    try (Scope ignored = Context.current().with(WHERE, "subscriber").makeCurrent()) {
      delivery = ObservedStreams.delivery(call, i -> "#" + i);
    }
    delivery.next(1, i -> handled.add(i + " in " + Context.current().get(WHERE)));
    delivery.end(null, () -> handled.add("end in " + Context.current().get(WHERE)));
    assertEquals(List.of("1 in subscriber", "end in subscriber"), handled);
    assertEquals(List.of("element #1", "complete"), call.log);
    Recording failed = new Recording();
    ObservedStreams.<Integer, String>delivery(failed, String::valueOf).end(new IllegalStateException("x"), () -> {});
    assertEquals(List.of("fail x"), failed.log);
  }

  @Test
  void anExecutorRunsItsTasksInTheCallAndTheCompletionFutureEnds() {
    Recording call = new Recording();
    List<Boolean> ranInCall = new ArrayList<>();
    ObservedStreams.inCall(call, Runnable::run).execute(() -> ranInCall.add(Recording.inCall()));
    assertEquals(List.of(true), ranInCall);
    ObservedStreams.ended(call, null);
    ObservedStreams.ended(call, new CancellationException());
    ObservedStreams.ended(call, new CompletionException(new IllegalStateException("down")));
    assertEquals(List.of("cancel", "cancel", "fail down"), call.log);
  }

  /** A stand-in for an SDK's one-shot stream response. */
  private record Wrapper(Object state) {}

  @Test
  void aPullResponseTracesItsFirstStreamOnlyAndIsWatched() {
    Recording call = new Recording();
    List<Integer> folds = new ArrayList<>();
    Wrapper wrapper = ObservedResponses.<Integer, String, Wrapper>pull(call, () -> {
      folds.add(folds.size());
      return i -> "#" + i;
    }, Wrapper::new);
    assertEquals(List.of(wrapper), call.watched, "the wrapper is watched");
    assertEquals(List.of(), folds, "the report function is made when the stream is opened");
    @SuppressWarnings("unchecked")
    ObservedResponses.PullResponse<Integer, String> traced = (ObservedResponses.PullResponse<Integer, String>) wrapper.state();
    assertEquals(List.of(1, 2), traced.stream(() -> Stream.of(1, 2), wrapper).collect(Collectors.toList()));
    assertEquals(List.of(3), traced.stream(() -> Stream.of(3), wrapper).collect(Collectors.toList()));
    assertEquals(List.of(0), folds);
    assertEquals(List.of("element #1 (in call)", "element #2 (in call)", "complete"), call.log, "the second stream is the SDK's");
    List<Boolean> closedInCall = new ArrayList<>();
    traced.close(() -> closedInCall.add(Recording.inCall()));
    assertEquals(List.of(true), closedInCall);
    assertEquals("cancel", call.log.get(call.log.size() - 1));
  }

  /** A stand-in for an SDK's handler type. */
  private record Handler(ObservedStreams.Delivery<Integer, String> delivery) {}

  @Test
  void aPushResponseDeliversPerSubscriptionInTheCallAndEndsThroughItsCompletion() {
    Recording call = new Recording();
    CompletableFuture<Void> completion = new CompletableFuture<>();
    Wrapper wrapper = ObservedResponses.<Integer, String, Wrapper>push(
        call, () -> i -> "#" + i, completion, Wrapper::new);
    assertEquals(List.of(wrapper), call.watched);
    @SuppressWarnings("unchecked")
    ObservedResponses.PushResponse<Integer, String> traced = (ObservedResponses.PushResponse<Integer, String>) wrapper.state();

    List<String> subscribed = new ArrayList<>();
    traced.subscribe(Handler::new, handler -> {
      subscribed.add("subscribe" + (Recording.inCall() ? " in call" : ""));
      handler.delivery().next(1, i -> {});
    });
    assertEquals(List.of("subscribe in call"), subscribed);
    assertEquals(Handler.class, call.watched.get(1).getClass(), "the handler is watched");
    traced.subscribe(Handler::new, Runnable::run, (handler, executor) ->
        executor.execute(() -> subscribed.add("read" + (Recording.inCall() ? " in call" : ""))));
    assertEquals(List.of("subscribe in call", "read in call"), subscribed);

    List<String> closing = new ArrayList<>();
    traced.close(() -> closing.add(call.log.get(call.log.size() - 1)));
    assertEquals(List.of("cancel"), closing, "cancelled before the SDK's close");
    completion.completeExceptionally(new IllegalStateException("late"));
    assertEquals(List.of("element #1 (in call)", "cancel", "fail late"), call.log);
  }
}
