package dev.tracepoet.anthropic.internal;

import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.beta.messages.BetaRawMessageStreamEvent;
import dev.tracepoet.runtime.CallObserver;
import dev.tracepoet.runtime.ResultAdapter;

/**
 * Traces the beta {@code createStreaming}'s {@link StreamResponse} of beta message events ({@link
 * SyncStreams}): reports one {@link MessageStreamFold} per call, folded event by event.
 */
public final class BetaMessageStreamAdapter
    implements ResultAdapter<StreamResponse<BetaRawMessageStreamEvent>, MessageStreamFold> {
  /** Creates the adapter; generated wrappers keep one instance. */
  public BetaMessageStreamAdapter() {}

  @Override
  public StreamResponse<BetaRawMessageStreamEvent> adapt(
      StreamResponse<BetaRawMessageStreamEvent> response, CallObserver<MessageStreamFold> call) {
    return SyncStreams.adapt(response, call, () -> new MessageStreamFold()::foldBeta);
  }
}
