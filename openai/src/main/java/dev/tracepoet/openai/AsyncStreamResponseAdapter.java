package dev.tracepoet.openai;

import com.openai.core.http.AsyncStreamResponse;
import dev.tracepoet.runtime.CallObserver;
import dev.tracepoet.runtime.ResultAdapter;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

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
    TracedAsyncStreamResponse<T> traced = new TracedAsyncStreamResponse<>(response, call);
    // Must not reference `traced` (the safety net watches it): only the observer.
    response.onCompleteFuture().whenComplete((ignored, error) -> ended(call, error));
    call.watch(traced);
    return traced;
  }

  /**
   * The SDK completed {@code onCompleteFuture}: after the handler's {@code onComplete} (already
   * reported: a no-op), on close (cancelled), or exceptionally when the request failed.
   */
  private static void ended(CallObserver<?> call, Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause == null || cause instanceof CancellationException) {
      call.cancel();
    } else {
      call.fail(cause);
    }
  }

  /** The response the caller holds. */
  private static final class TracedAsyncStreamResponse<T> implements AsyncStreamResponse<T> {
    private final AsyncStreamResponse<T> delegate;
    private final CallObserver<T> call;

    TracedAsyncStreamResponse(AsyncStreamResponse<T> delegate, CallObserver<T> call) {
      this.delegate = delegate;
      this.call = call;
    }

    @Override
    public AsyncStreamResponse<T> subscribe(Handler<? super T> handler) {
      TracedHandler<T> traced = new TracedHandler<>(handler, call, Context.current());
      call.inCall(() -> delegate.subscribe(traced));
      call.watch(traced); // the SDK holds the handler while it can still deliver
      return this;
    }

    @Override
    public AsyncStreamResponse<T> subscribe(Handler<? super T> handler, Executor executor) {
      TracedHandler<T> traced = new TracedHandler<>(handler, call, Context.current());
      Executor inCall =
          task ->
              executor.execute(
                  () ->
                      call.inCall(
                          () -> {
                            task.run();
                            return null;
                          }));
      call.inCall(() -> delegate.subscribe(traced, inCall));
      call.watch(traced);
      return this;
    }

    @Override
    public CompletableFuture<Void> onCompleteFuture() {
      return delegate.onCompleteFuture();
    }

    @Override
    public void close() {
      call.cancel(); // first: the SDK's close completes the stream normally
      delegate.close();
    }

    @Override
    public String toString() {
      return delegate.toString();
    }
  }

  /** Reports chunks and the end to the call, then runs the caller's handler in the caller's context. */
  private static final class TracedHandler<T> implements AsyncStreamResponse.Handler<T> {
    private final AsyncStreamResponse.Handler<? super T> handler;
    private final CallObserver<T> call;
    private final Context callerContext;

    TracedHandler(AsyncStreamResponse.Handler<? super T> handler, CallObserver<T> call, Context callerContext) {
      this.handler = handler;
      this.call = call;
      this.callerContext = callerContext;
    }

    @Override
    public void onNext(T value) {
      call.element(value);
      Scope scope = callerContext.makeCurrent();
      try {
        handler.onNext(value);
      } finally {
        scope.close();
      }
    }

    @Override
    public void onComplete(Optional<Throwable> error) {
      if (error.isPresent()) {
        call.fail(error.get());
      } else {
        call.complete();
      }
      Scope scope = callerContext.makeCurrent();
      try {
        handler.onComplete(error);
      } finally {
        scope.close();
      }
    }
  }
}
