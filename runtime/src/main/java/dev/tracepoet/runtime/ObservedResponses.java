package dev.tracepoet.runtime;

import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The whole tracing state of a streamed SDK response object — Stainless' {@code StreamResponse}
 * (pull) and {@code AsyncStreamResponse} (push) — so that an SDK module's response wrapper only
 * forwards its SDK-typed methods here: the first stream traced, the wrapper watched by the safety
 * net, subscriptions in the call's context, cancellation on close, the end through the SDK's
 * completion future. The per-element mechanics are {@link ObservedStreams}'. Used by {@code
 * tracepoet-openai} and {@code tracepoet-anthropic}; depends on the JDK only.
 */
public final class ObservedResponses {
  private ObservedResponses() {}

  /**
   * Traces a pull response (Stainless' {@code StreamResponse}: a one-shot {@code stream()} and a
   * {@code close()}): {@code wrap} builds the SDK-typed response the caller gets around the {@link
   * PullResponse} it is given, which is then {@linkplain CallObserver#watch watched} (the safety net
   * ends the call when neither it nor its stream is reachable any more) and returned. The wrapper
   * only delegates: {@code stream()} to {@link PullResponse#stream}, {@code close()} to {@link
   * PullResponse#close}.
   *
   * <pre>{@code
   * return ObservedResponses.pull(call, Function::identity, traced -> new StreamResponse<T>() {
   *   public Stream<T> stream() { return traced.stream(response::stream, this); }
   *   public void close() { traced.close(response::close); }
   * });
   * }</pre>
   *
   * @param report makes the per-call {@code report} function (see {@link ObservedStreams}) when the
   *     traced stream is opened: {@code Function::identity}, or a fresh fold
   */
  public static <S, E, R> R pull(
      CallObserver<E> call,
      Supplier<? extends Function<? super S, ? extends E>> report,
      Function<? super PullResponse<S, E>, ? extends R> wrap) {
    R traced = wrap.apply(new PullResponse<>(Objects.requireNonNull(call, "call"), Objects.requireNonNull(report, "report")));
    call.watch(traced); // the traced stream references it: reachable while either is held
    return traced;
  }

  /**
   * Traces a push response (Stainless' {@code AsyncStreamResponse}: {@code subscribe(handler[,
   * executor])}, {@code onCompleteFuture()}, {@code close()}): the call ends through {@code
   * completion} (the SDK's completion future) when the request fails before anyone subscribed or
   * the response is closed ({@link ObservedStreams#ended}); {@code wrap} builds the SDK-typed response the caller
   * gets around the {@link PushResponse} it is given, which is then {@linkplain CallObserver#watch
   * watched} (dropped unsubscribed, the safety net ends the call) and returned. The wrapper only
   * delegates: {@code subscribe} to {@link PushResponse#subscribe}, {@code close()} to {@link
   * PushResponse#close}, {@code onCompleteFuture()} to the SDK's.
   *
   * @param report makes the per-subscription {@code report} function (see {@link ObservedStreams})
   */
  public static <S, E, R> R push(
      CallObserver<E> call,
      Supplier<? extends Function<? super S, ? extends E>> report,
      CompletionStage<?> completion,
      Function<? super PushResponse<S, E>, ? extends R> wrap) {
    Objects.requireNonNull(call, "call");
    R traced = wrap.apply(new PushResponse<>(call, Objects.requireNonNull(report, "report")));
    // must not reference `traced` (the safety net watches it): only the observer
    completion.whenComplete((ignored, error) -> ObservedStreams.ended(call, error));
    call.watch(traced);
    return traced;
  }

  /**
   * The state of one traced pull response (see {@link #pull}): its first {@link #stream} is
   * traced through {@link ObservedStreams#pull}; later ones go to the SDK unchanged (its stream is one-shot).
   *
   * @param <S> the SDK's element type
   * @param <E> what the call observes
   */
  public static final class PullResponse<S, E> {
    private final CallObserver<E> call;
    private final Supplier<? extends Function<? super S, ? extends E>> report;
    private final AtomicBoolean streamed = new AtomicBoolean();

    private PullResponse(CallObserver<E> call, Supplier<? extends Function<? super S, ? extends E>> report) {
      this.call = call;
      this.report = report;
    }

    /**
     * The first time, {@code open} (the SDK's {@code stream()}) traced element by element ({@link
     * ObservedStreams#pull}, {@code owner} kept reachable by the stream: the wrapper); afterwards {@code open}'s
     * own stream.
     */
    public Stream<S> stream(Supplier<? extends Stream<S>> open, Object owner) {
      if (!streamed.compareAndSet(false, true)) {
        return open.get();
      }
      return ObservedStreams.pull(call, open, report.get(), owner);
    }

    /** The caller closed the response: {@link ObservedStreams#close}. */
    public void close(Runnable close) {
      ObservedStreams.close(call, close);
    }
  }

  /**
   * The state of one traced push response (see {@link #push}): each subscription gets its
   * own {@link ObservedStreams.Delivery}, which the SDK-typed handler wrapper reports through.
   *
   * @param <S> the SDK's element type
   * @param <E> what the call observes
   */
  public static final class PushResponse<S, E> {
    private final CallObserver<E> call;
    private final Supplier<? extends Function<? super S, ? extends E>> report;

    private PushResponse(CallObserver<E> call, Supplier<? extends Function<? super S, ? extends E>> report) {
      this.call = call;
      this.report = report;
    }

    /**
     * The caller's {@code subscribe(handler)}: {@code handler} builds the SDK-typed handler over a
     * new {@link ObservedStreams.Delivery} (capturing the caller's context now), {@code subscribe} (the SDK's) runs
     * with the call's span current, and the handler is watched (the SDK holds it while it can still
     * deliver).
     */
    public <H> void subscribe(Function<? super ObservedStreams.Delivery<S, E>, ? extends H> handler, Consumer<? super H> subscribe) {
      H traced = handler.apply(ObservedStreams.delivery(call, report.get()));
      call.inCall(
          () -> {
            subscribe.accept(traced);
            return null;
          });
      call.watch(traced);
    }

    /**
     * The caller's {@code subscribe(handler, executor)}: as {@link #subscribe(Function, Consumer)},
     * the SDK given {@code executor} {@linkplain ObservedStreams#inCall(CallObserver, Executor)
     * running its tasks in the call}.
     */
    public <H> void subscribe(
        Function<? super ObservedStreams.Delivery<S, E>, ? extends H> handler,
        Executor executor,
        BiConsumer<? super H, ? super Executor> subscribe) {
      H traced = handler.apply(ObservedStreams.delivery(call, report.get()));
      Executor inCall = ObservedStreams.inCall(call, executor);
      call.inCall(
          () -> {
            subscribe.accept(traced, inCall);
            return null;
          });
      call.watch(traced);
    }

    /** The caller closed the response: the call is cancelled first (the SDK's close completes the stream normally), then {@code close} runs. */
    public void close(Runnable close) {
      call.cancel();
      close.run();
    }
  }
}
