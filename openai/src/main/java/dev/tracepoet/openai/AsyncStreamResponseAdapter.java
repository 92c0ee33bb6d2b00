package dev.tracepoet.openai;

import com.openai.core.http.AsyncStreamResponse;
import dev.tracepoet.runtime.CallObserver;
import dev.tracepoet.runtime.ObservedResponses;
import dev.tracepoet.runtime.ObservedStreams;
import dev.tracepoet.runtime.ResultAdapter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Traces endpoints returning the OpenAI SDK's {@link AsyncStreamResponse}: the caller gets an
 * {@code AsyncStreamResponse} whose {@link AsyncStreamResponse#subscribe subscribe(handler[,
 * executor])} reports each chunk ({@code onNext}) to the call and ends its span on {@code
 * onComplete} — successfully, or with the error it carries (the chunks before it are recorded, then
 * the error). {@link AsyncStreamResponse#close() close()} before the end ends it with {@code
 * tracepoet.cancelled = true}; a request that fails before anyone subscribed ends it through
 * {@link AsyncStreamResponse#onCompleteFuture() onCompleteFuture()} (which passes through
 * unchanged); and as a safety net ({@code tracepoet.abandoned}) it ends when the response is
 * dropped unsubscribed.
 *
 * <p>Context: the handler runs in the context that was current when {@code subscribe} was called
 * (spans it creates are children of the caller's span, siblings of the call's). With {@code
 * subscribe(handler, executor)} the SDK's reading of the stream runs with the call's span current;
 * with {@code subscribe(handler)} it runs on the SDK's own executor, outside it (the SDK does not
 * expose that executor).
 *
 * @param <T> the chunk type, e.g. {@code ChatCompletionChunk}
 */
public final class AsyncStreamResponseAdapter<T> implements ResultAdapter<AsyncStreamResponse<T>, T> {
  /** Creates the adapter; generated wrappers keep one instance. */
  public AsyncStreamResponseAdapter() {}

  @Override
  public AsyncStreamResponse<T> adapt(AsyncStreamResponse<T> response, CallObserver<T> call) {
    return ObservedResponses.push(
        call, Function::identity, response.onCompleteFuture(), traced -> new TracedAsyncStreamResponse<>(response, traced));
  }

  /** The response the caller holds: the SDK's type over {@link ObservedResponses.PushResponse}. */
  private static final class TracedAsyncStreamResponse<T> implements AsyncStreamResponse<T> {
    private final AsyncStreamResponse<T> delegate;
    private final ObservedResponses.PushResponse<T, T> traced;

    TracedAsyncStreamResponse(AsyncStreamResponse<T> delegate, ObservedResponses.PushResponse<T, T> traced) {
      this.delegate = delegate;
      this.traced = traced;
    }

    @Override
    public AsyncStreamResponse<T> subscribe(Handler<? super T> handler) {
      traced.subscribe(delivery -> new TracedHandler<>(handler, delivery), delegate::subscribe);
      return this;
    }

    @Override
    public AsyncStreamResponse<T> subscribe(Handler<? super T> handler, Executor executor) {
      traced.subscribe(delivery -> new TracedHandler<>(handler, delivery), executor, delegate::subscribe);
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

  /** The SDK's handler type over {@link ObservedStreams.Delivery}: reports, then runs the caller's handler. */
  private static final class TracedHandler<T> implements AsyncStreamResponse.Handler<T> {
    private final AsyncStreamResponse.Handler<? super T> handler;
    private final ObservedStreams.Delivery<T, T> delivery;

    TracedHandler(AsyncStreamResponse.Handler<? super T> handler, ObservedStreams.Delivery<T, T> delivery) {
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
