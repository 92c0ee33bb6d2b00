package dev.tracepoet.anthropic.internal;

import com.anthropic.core.http.AsyncStreamResponse;
import com.anthropic.models.beta.messages.BetaRawMessageStreamEvent;
import dev.tracepoet.runtime.CallObserver;
import dev.tracepoet.runtime.ResultAdapter;

/**
 * Traces the async beta {@code createStreaming}'s {@link AsyncStreamResponse} of beta message events
 * ({@link AsyncStreams}): reports one {@link MessageStreamFold} per subscription, folded event by
 * event.
 */
public final class BetaMessageStreamAsyncAdapter
    implements ResultAdapter<AsyncStreamResponse<BetaRawMessageStreamEvent>, MessageStreamFold> {
  /** Creates the adapter; generated wrappers keep one instance. */
  public BetaMessageStreamAsyncAdapter() {}

  @Override
  public AsyncStreamResponse<BetaRawMessageStreamEvent> adapt(
      AsyncStreamResponse<BetaRawMessageStreamEvent> response, CallObserver<MessageStreamFold> call) {
    return AsyncStreams.adapt(response, call, () -> new MessageStreamFold()::foldBeta);
  }
}
