package dev.tracepoet.anthropic.internal;

import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.messages.RawMessageStreamEvent;
import dev.tracepoet.runtime.CallObserver;
import dev.tracepoet.runtime.ObservedStreams;
import dev.tracepoet.runtime.ResultAdapter;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Traces {@code createStreaming}'s {@link StreamResponse} of message events: the caller gets a
 * {@code StreamResponse} whose first {@code stream()} is traced through {@link ObservedStreams}
 * (pulls in the call's span, the end or an error ends the span, {@code close()} first cancels it),
 * reporting one {@link MessageStreamFold} per call, folded event by event. Later {@code stream()}
 * calls go to the SDK unchanged (its stream is one-shot).
 */
public final class MessageStreamAdapter
    implements ResultAdapter<StreamResponse<RawMessageStreamEvent>, MessageStreamFold> {
  /** Creates the adapter; generated wrappers keep one instance. */
  public MessageStreamAdapter() {}

  @Override
  public StreamResponse<RawMessageStreamEvent> adapt(
      StreamResponse<RawMessageStreamEvent> response, CallObserver<MessageStreamFold> call) {
    Traced traced = new Traced(response, call);
    call.watch(traced);
    return traced;
  }

  private static final class Traced implements StreamResponse<RawMessageStreamEvent> {
    private final StreamResponse<RawMessageStreamEvent> delegate;
    private final CallObserver<MessageStreamFold> call;
    private final AtomicBoolean streamed = new AtomicBoolean();

    Traced(StreamResponse<RawMessageStreamEvent> delegate, CallObserver<MessageStreamFold> call) {
      this.delegate = delegate;
      this.call = call;
    }

    @Override
    public Stream<RawMessageStreamEvent> stream() {
      if (!streamed.compareAndSet(false, true)) {
        return delegate.stream();
      }
      return ObservedStreams.pull(call, delegate::stream, new MessageStreamFold()::fold, this);
    }

    @Override
    public void close() {
      ObservedStreams.close(call, delegate::close);
    }

    @Override
    public String toString() {
      return delegate.toString();
    }
  }
}
