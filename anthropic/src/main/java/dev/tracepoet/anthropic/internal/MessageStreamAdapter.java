package dev.tracepoet.anthropic.internal;

import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.messages.RawMessageStreamEvent;
import dev.tracepoet.runtime.CallObserver;
import dev.tracepoet.runtime.ResultAdapter;

/**
 * Traces {@code createStreaming}'s {@link StreamResponse} of message events ({@link SyncStreams}):
 * reports one {@link MessageStreamFold} per call, folded event by event.
 */
public final class MessageStreamAdapter
    implements ResultAdapter<StreamResponse<RawMessageStreamEvent>, MessageStreamFold> {
  /** Creates the adapter; generated wrappers keep one instance. */
  public MessageStreamAdapter() {}

  @Override
  public StreamResponse<RawMessageStreamEvent> adapt(
      StreamResponse<RawMessageStreamEvent> response, CallObserver<MessageStreamFold> call) {
    return SyncStreams.adapt(response, call, () -> new MessageStreamFold()::fold);
  }
}
