package dev.tracepoet.runtime;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.Comparator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The library-independent half of a {@link ResultAdapter} for the two shapes streamed SDK responses
 * take — a one-shot pull {@link Stream} (Stainless' {@code StreamResponse.stream()}) and a push
 * subscription with a handler and a completion future (Stainless' {@code AsyncStreamResponse}) —
 * so that an adapter for one SDK's types is only the delegation to those types. Used by {@code
 * tracepoet-openai} and {@code tracepoet-anthropic}; depends on the JDK and the OpenTelemetry API
 * only. {@link ObservedResponses} builds on it: the whole state of such a response object (one-shot
 * stream, watch, cancel on close, end through the completion future), so that the SDK-typed
 * wrapper only forwards each method.
 *
 * <p>Each method takes a {@code report} function from the SDK's element {@code S} to what the call
 * observes, {@code E}: {@link Function#identity()} when the hook reads the SDK's elements
 * themselves, or a per-call fold (e.g. an accumulator of Anthropic's message events that returns
 * itself) when the hook needs state across elements. {@code report} runs once per element, before
 * the element reaches the caller's code; should it throw, the failure is logged (through {@link
 * System.Logger} {@code dev.tracepoet}), that element is not reported, and the caller still gets it.
 *
 * <pre>{@code
 * public Stream<T> stream() {                       // in a StreamResponse<T> wrapper
 *   return ObservedStreams.pull(call, delegate::stream, Function.identity(), this);
 * }
 * public void close() {
 *   ObservedStreams.close(call, delegate::close);
 * }
 * }</pre>
 */
public final class ObservedStreams {
  private ObservedStreams() {}

  private static final System.Logger LOG = System.getLogger("dev.tracepoet");

  // ------------------------------------------------------------------ pull streams

  /**
   * Opens {@code open} (the SDK's one-shot stream) with the call's span current and returns a
   * sequential stream of the same elements whose every pull from the SDK (reading, parsing) runs
   * with the call's span current too, while the caller's stream operations run in the caller's
   * context. Each element is reported ({@code call.element(report.apply(element))}) before it
   * reaches the caller, in the call's context (one context switch per element); the end of the
   * SDK's stream completes the call, an exception from a pull fails it (the elements before it are
   * recorded, then the error) and is rethrown unchanged; an exception from the caller's own
   * operations reaches the caller unchanged and does not end the call (closing the stream then
   * cancels it); closing the returned stream closes the SDK's stream and then cancels the call
   * ({@code tracepoet.cancelled}; a no-op when it had ended). When {@code open} throws, the call
   * fails and the exception is rethrown.
   *
   * <p>Terminal operations that consume everything ({@code forEach}, {@code collect}, {@code
   * reduce}...) drive the SDK's stream with its own bulk traversal, entering the call's context once
   * and the caller's once per element; short-circuiting ones ({@code findFirst}, {@code limit},
   * {@code iterator()}) pull element by element, entering the call's context once per pull.
   *
   * @param owner kept reachable by the returned stream: the object the adapter {@link
   *     CallObserver#watch watches} (e.g. the response wrapper), so that the safety net does not fire
   *     while the caller holds only the stream; may be null
   */
  public static <S, E> Stream<S> pull(
      CallObserver<E> call, Supplier<? extends Stream<S>> open, Function<? super S, ? extends E> report, Object owner) {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(report, "report");
    Opened<S> opened;
    try {
      opened = call.inCall(() -> new Opened<>(open.get()));
    } catch (RuntimeException | Error e) {
      call.fail(e);
      throw e;
    }
    Stream<S> source = opened.stream;
    return StreamSupport.stream(new Pull<>(owner, opened.spliterator, call, report), false)
        .onClose(
            () -> {
              try {
                source.close(); // closes the SDK's response
              } finally {
                call.cancel(); // no-op when it was consumed to the end
              }
            });
  }

  /**
   * The caller closed the response: runs {@code close} (the SDK's) with the call's span current,
   * then cancels the call ({@code tracepoet.cancelled}; a no-op when it had ended). What {@code
   * close} throws reaches the caller.
   */
  public static void close(CallObserver<?> call, Runnable close) {
    try {
      call.inCall(
          () -> {
            close.run();
            return null;
          });
    } finally {
      call.cancel();
    }
  }

  /** The SDK's stream and its spliterator, both obtained in one entry into the call's context. */
  private static final class Opened<S> {
    final Stream<S> stream;
    final Spliterator<S> spliterator;

    Opened(Stream<S> stream) {
      this.stream = stream;
      this.spliterator = stream.spliterator();
    }
  }

  /**
   * Pulls from the SDK's spliterator in the call's context and reports each element and the end.
   * The pull and the report of its element share one entry into the call's context (the report's
   * own entry then finds that context current: no second switch), through a supplier allocated
   * once per stream.
   */
  private static final class Pull<S, E> implements Spliterator<S> {
    /** Keeps the watched object reachable while the caller holds only the stream. */
    @SuppressWarnings("unused")
    private final Object owner;

    private final Spliterator<S> delegate;
    private final CallObserver<E> call;
    private final Function<? super S, ? extends E> report;
    private final Consumer<S> capture = element -> this.current = element;
    private final Supplier<Boolean> advance = this::advanceAndReport;
    private S current;
    /** What the SDK's pull threw, handed from inside the call's context to {@link #tryAdvance}. */
    private Throwable pullFailure;
    private boolean done;

    Pull(Object owner, Spliterator<S> delegate, CallObserver<E> call, Function<? super S, ? extends E> report) {
      this.owner = owner;
      this.delegate = delegate;
      this.call = call;
      this.report = report;
    }

    /** In the call's context: one pull from the SDK, then the report of its element. */
    private Boolean advanceAndReport() {
      boolean advanced;
      try {
        advanced = delegate.tryAdvance(capture);
      } catch (RuntimeException | Error e) {
        pullFailure = e;
        return Boolean.FALSE;
      }
      if (advanced) {
        report(call, report, current);
      }
      return advanced;
    }

    @Override
    public boolean tryAdvance(Consumer<? super S> action) {
      if (done) {
        return false;
      }
      boolean advanced = call.inCall(advance);
      Throwable failure = pullFailure;
      if (failure != null) {
        pullFailure = null;
        current = null;
        done = true;
        call.fail(failure);
        throw Rethrow.<RuntimeException>unchanged(failure);
      }
      if (!advanced) {
        done = true;
        call.complete();
        return false;
      }
      S element = current;
      current = null;
      action.accept(element);
      return true;
    }

    /**
     * The bulk traversal ({@code forEach}, {@code collect}...): the SDK's own, inside one entry into
     * the call's context; each element is reported there, then handed to {@code action} in the
     * context that was current when the traversal started (the caller's). What {@code action} throws
     * is the caller's: it propagates unchanged and leaves the call open (closing the stream cancels
     * it); what the SDK throws fails the call and propagates unchanged.
     */
    @Override
    public void forEachRemaining(Consumer<? super S> action) {
      if (done) {
        return;
      }
      CallerHandoff<S> each = new CallerHandoff<>(this::reportElement, action);
      Throwable failure = call.inCall(() -> each.traverse(delegate));
      if (failure == null) {
        done = true;
        call.complete();
        return;
      }
      if (!each.isCallerFailure(failure)) {
        done = true;
        call.fail(failure);
      }
      throw Rethrow.<RuntimeException>unchanged(failure);
    }

    private void reportElement(S element) {
      report(call, report, element);
    }

    @Override
    public Spliterator<S> trySplit() {
      return null; // the SDK's stream is sequential
    }

    @Override
    public long estimateSize() {
      return delegate.estimateSize();
    }

    @Override
    public int characteristics() {
      return delegate.characteristics() & ~(Spliterator.SIZED | Spliterator.SUBSIZED);
    }

    @Override
    public Comparator<? super S> getComparator() {
      return delegate.getComparator();
    }
  }

  // ------------------------------------------------------------------ push subscriptions

  /**
   * Starts the delivery of one subscription: created when the caller subscribes (it captures the
   * caller's current {@link Context}, in which the caller's handler will run). The SDK-specific
   * handler wrapper calls {@link Delivery#next} and {@link Delivery#end} from its {@code onNext} /
   * {@code onComplete}.
   */
  public static <S, E> Delivery<S, E> delivery(CallObserver<E> call, Function<? super S, ? extends E> report) {
    return new Delivery<>(Objects.requireNonNull(call, "call"), Objects.requireNonNull(report, "report"),
        Context.current());
  }

  /**
   * {@code executor}, running each task with the call's span current: give it to the SDK's {@code
   * subscribe(handler, executor)} so that its reading of the stream is part of the call.
   */
  public static Executor inCall(CallObserver<?> call, Executor executor) {
    Objects.requireNonNull(executor, "executor");
    return task ->
        executor.execute(
            () ->
                call.inCall(
                    () -> {
                      task.run();
                      return null;
                    }));
  }

  /**
   * The SDK's completion future of an async stream completed ({@code error} null: normally): a
   * no-op after the handler's end was reported; otherwise the response was closed ({@code null} or
   * a {@link CancellationException}: cancelled) or the request failed before anyone subscribed
   * (the cause, unwrapped from a {@link CompletionException}: failed). Register it with {@code
   * onCompleteFuture().whenComplete((ignored, error) -> ObservedStreams.ended(call, error))}, from
   * code that does not reference the watched response.
   */
  public static void ended(CallObserver<?> call, Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause == null || cause instanceof CancellationException) {
      call.cancel();
    } else {
      call.fail(cause);
    }
  }

  /**
   * One subscription's deliveries: reports each element and the end to the call, then runs the
   * caller's handler code in the context that was current at subscription (spans it creates are
   * children of the caller's span, siblings of the call's).
   *
   * @param <S> the SDK's element type
   * @param <E> what the call observes
   */
  public static final class Delivery<S, E> {
    private final CallObserver<E> call;
    private final Function<? super S, ? extends E> report;
    private final Context callerContext;

    private Delivery(CallObserver<E> call, Function<? super S, ? extends E> report, Context callerContext) {
      this.call = call;
      this.report = report;
      this.callerContext = callerContext;
    }

    /** One element: reported, then handed to {@code handler} (the caller's {@code onNext}). */
    public void next(S value, Consumer<? super S> handler) {
      report(call, report, value);
      try (Scope ignored = callerContext.makeCurrent()) {
        handler.accept(value);
      }
    }

    /**
     * The end: the call completes ({@code error} null) or fails with {@code error}; then {@code
     * handler} (the caller's {@code onComplete}) runs.
     */
    public void end(Throwable error, Runnable handler) {
      if (error != null) {
        call.fail(error);
      } else {
        call.complete();
      }
      try (Scope ignored = callerContext.makeCurrent()) {
        handler.run();
      }
    }
  }

  /** Reports {@code element} through {@code report}; a failing report is logged, never thrown. */
  private static <S, E> void report(CallObserver<E> call, Function<? super S, ? extends E> report, S element) {
    E observed;
    try {
      observed = report.apply(element);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.DEBUG, "tracepoet: a stream element could not be reported", e);
      return;
    }
    call.element(observed);
  }
}
