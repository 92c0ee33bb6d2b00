package dev.tracepoet.anthropic.internal;

import com.anthropic.core.http.AsyncStreamResponse;
import dev.tracepoet.runtime.CallObserver;
import dev.tracepoet.runtime.ObservedResponses;
import dev.tracepoet.runtime.ObservedStreams;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one shell over the SDK's {@link AsyncStreamResponse} that the async stream adapters share,
 * only delegation to the runtime's {@link ObservedResponses#push}: {@code subscribe(handler[,
 * executor])} reports each element through a function made once per subscription (identity, or a
 * per-call fold) and ends the span on {@code onComplete}; the caller's handler runs in the context
 * current at {@code subscribe}; {@code close()} first cancels; a request failing before a
 * subscription ends it through {@code onCompleteFuture()}; dropped unsubscribed, the safety net
 * ends it.
 */
final class AsyncStreams {
  private AsyncStreams() {}

  static <T, E> AsyncStreamResponse<T> adapt(
      AsyncStreamResponse<T> response, CallObserver<E> call, Supplier<Function<? super T, ? extends E>> report) {
    return ObservedResponses.push(call, report, response.onCompleteFuture(), traced -> new Traced<>(response, traced));
  }

  /** The SDK's type over {@link ObservedResponses.PushResponse}. */
  private static final class Traced<T, E> implements AsyncStreamResponse<T> {
    private final AsyncStreamResponse<T> delegate;
    private final ObservedResponses.PushResponse<T, E> traced;

    Traced(AsyncStreamResponse<T> delegate, ObservedResponses.PushResponse<T, E> traced) {
      this.delegate = delegate;
      this.traced = traced;
    }

    @Override
    public AsyncStreamResponse<T> subscribe(Handler<? super T> handler) {
      traced.subscribe(delivery -> new Delivering<>(handler, delivery), delegate::subscribe);
      return this;
    }

    @Override
    public AsyncStreamResponse<T> subscribe(Handler<? super T> handler, Executor executor) {
      traced.subscribe(delivery -> new Delivering<>(handler, delivery), executor, delegate::subscribe);
      return this;
    }

    @Override
    public CompletableFuture<Void> onCompleteFuture() {
      return delegate.onCompleteFuture();
    }

    @Override
    public void close() {
      traced.close(delegate::close);
    }

    @Override
    public String toString() {
      return delegate.toString();
    }
  }

  /** The SDK's handler type over {@link ObservedStreams.Delivery}. */
  private static final class Delivering<T, E> implements AsyncStreamResponse.Handler<T> {
    private final AsyncStreamResponse.Handler<? super T> handler;
    private final ObservedStreams.Delivery<T, E> delivery;

    Delivering(AsyncStreamResponse.Handler<? super T> handler, ObservedStreams.Delivery<T, E> delivery) {
      this.handler = handler;
      this.delivery = delivery;
    }

    @Override
    public void onNext(T value) {
      delivery.next(value, handler::onNext);
    }

    @Override
    public void onComplete(Optional<Throwable> error) {
      delivery.end(error.orElse(null), () -> handler.onComplete(error));
    }
  }
}
