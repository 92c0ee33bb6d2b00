package dev.tracepoet.anthropic.internal;

import com.anthropic.core.http.AsyncStreamResponse;
import com.anthropic.models.messages.RawMessageStreamEvent;
import dev.tracepoet.runtime.CallObserver;
import dev.tracepoet.runtime.ResultAdapter;

/**
 * Traces the async {@code createStreaming}'s {@link AsyncStreamResponse} of message events
 * ({@link AsyncStreams}): reports one {@link MessageStreamFold} per subscription, folded event by
 * event.
 */
public final class MessageStreamAsyncAdapter
    implements ResultAdapter<AsyncStreamResponse<RawMessageStreamEvent>, MessageStreamFold> {
  /** Creates the adapter; generated wrappers keep one instance. */
  public MessageStreamAsyncAdapter() {}

  @Override
  public AsyncStreamResponse<RawMessageStreamEvent> adapt(
      AsyncStreamResponse<RawMessageStreamEvent> response, CallObserver<MessageStreamFold> call) {
    return AsyncStreams.adapt(response, call, () -> new MessageStreamFold()::fold);
  }
}
