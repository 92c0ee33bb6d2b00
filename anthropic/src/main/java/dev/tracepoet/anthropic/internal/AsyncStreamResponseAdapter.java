package dev.tracepoet.anthropic.internal;

import com.anthropic.core.http.AsyncStreamResponse;
import dev.tracepoet.runtime.CallObserver;
import dev.tracepoet.runtime.ResultAdapter;
import java.util.function.Function;

/**
 * Traces an endpoint returning the SDK's {@link AsyncStreamResponse} of plain elements ({@link
 * AsyncStreams}): the hook sees each element as it is (legacy completion chunks, batch results).
 *
 * @param <T> the element type
 */
public final class AsyncStreamResponseAdapter<T> implements ResultAdapter<AsyncStreamResponse<T>, T> {
  /** Creates the adapter; generated wrappers keep one instance. */
  public AsyncStreamResponseAdapter() {}

  @Override
  public AsyncStreamResponse<T> adapt(AsyncStreamResponse<T> response, CallObserver<T> call) {
    return AsyncStreams.adapt(response, call, Function::identity);
  }
}
