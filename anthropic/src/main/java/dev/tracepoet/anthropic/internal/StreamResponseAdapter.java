package dev.tracepoet.anthropic.internal;

import com.anthropic.core.http.StreamResponse;
import dev.tracepoet.runtime.CallObserver;
import dev.tracepoet.runtime.ResultAdapter;
import java.util.function.Function;

/**
 * Traces an endpoint returning the SDK's {@link StreamResponse} of plain elements ({@link
 * SyncStreams}): the hook sees each element as it is (legacy completion chunks, batch results).
 *
 * @param <T> the element type
 */
public final class StreamResponseAdapter<T> implements ResultAdapter<StreamResponse<T>, T> {
  /** Creates the adapter; generated wrappers keep one instance. */
  public StreamResponseAdapter() {}

  @Override
  public StreamResponse<T> adapt(StreamResponse<T> response, CallObserver<T> call) {
    return SyncStreams.adapt(response, call, Function::identity);
  }
}
