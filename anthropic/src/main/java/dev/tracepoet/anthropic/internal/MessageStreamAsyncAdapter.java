package dev.tracepoet.anthropic.internal;

import com.anthropic.core.http.AsyncStreamResponse;
import com.anthropic.models.messages.RawMessageStreamEvent;
import dev.tracepoet.runtime.CallObserver;
import dev.tracepoet.runtime.ObservedStreams;
import dev.tracepoet.runtime.ResultAdapter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Traces the async {@code createStreaming}'s {@link AsyncStreamResponse} of message events through
 * {@link ObservedStreams}: {@code subscribe(handler[, executor])} reports one {@link
 * MessageStreamFold} per call, folded event by event, and ends the span on {@code onComplete}; the
 * caller's handler runs in the context current at {@code subscribe}; {@code close()} first cancels;
 * a request failing before a subscription ends it through {@code onCompleteFuture()}; dropped
 * unsubscribed, the safety net ends it.
 */
public final class MessageStreamAsyncAdapter
    implements ResultAdapter<AsyncStreamResponse<RawMessageStreamEvent>, MessageStreamFold> {
  /** Creates the adapter; generated wrappers keep one instance. */
  public MessageStreamAsyncAdapter() {}

  @Override
  public AsyncStreamResponse<RawMessageStreamEvent> adapt(
      AsyncStreamResponse<RawMessageStreamEvent> response, CallObserver<MessageStreamFold> call) {
    Traced traced = new Traced(response, call);
    // must not reference `traced` (the safety net watches it)
    response.onCompleteFuture().whenComplete((ignored, error) -> ObservedStreams.ended(call, error));
    call.watch(traced);
    return traced;
  }

  private static final class Traced implements AsyncStreamResponse<RawMessageStreamEvent> {
    private final AsyncStreamResponse<RawMessageStreamEvent> delegate;
    private final CallObserver<MessageStreamFold> call;

    Traced(AsyncStreamResponse<RawMessageStreamEvent> delegate, CallObserver<MessageStreamFold> call) {
      this.delegate = delegate;
      this.call = call;
    }

    @Override
    public AsyncStreamResponse<RawMessageStreamEvent> subscribe(Handler<? super RawMessageStreamEvent> handler) {
      Delivering traced = new Delivering(handler, ObservedStreams.delivery(call, new MessageStreamFold()::fold));
      call.inCall(() -> delegate.subscribe(traced));
      call.watch(traced); // the SDK holds the handler while it can still deliver
      return this;
    }

    @Override
    public AsyncStreamResponse<RawMessageStreamEvent> subscribe(
        Handler<? super RawMessageStreamEvent> handler, Executor executor) {
      Delivering traced = new Delivering(handler, ObservedStreams.delivery(call, new MessageStreamFold()::fold));
      Executor inCall = ObservedStreams.inCall(call, executor);
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

  /** The SDK's handler type over {@link ObservedStreams.Delivery}. */
  private static final class Delivering implements AsyncStreamResponse.Handler<RawMessageStreamEvent> {
    private final AsyncStreamResponse.Handler<? super RawMessageStreamEvent> handler;
    private final ObservedStreams.Delivery<RawMessageStreamEvent, MessageStreamFold> delivery;

    Delivering(AsyncStreamResponse.Handler<? super RawMessageStreamEvent> handler,
        ObservedStreams.Delivery<RawMessageStreamEvent, MessageStreamFold> delivery) {
      this.handler = handler;
      this.delivery = delivery;
    }

    @Override
    public void onNext(RawMessageStreamEvent value) {
      delivery.next(value, handler::onNext);
    }

    @Override
    public void onComplete(Optional<Throwable> error) {
      delivery.end(error.orElse(null), () -> handler.onComplete(error));
    }
  }
}
