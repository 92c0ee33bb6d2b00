package dev.tracepoet.openai;

import com.openai.core.http.StreamResponse;
import dev.tracepoet.runtime.CallObserver;
import dev.tracepoet.runtime.ObservedResponses;
import dev.tracepoet.runtime.ResultAdapter;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Traces endpoints returning the OpenAI SDK's {@link StreamResponse}: the caller gets a {@code
 * StreamResponse} whose first {@link StreamResponse#stream() stream()} is traced element by
 * element. The span ends when that stream is consumed to the end or fails (an {@code SseException}
 * mid-stream: the chunks before it are recorded, then the error), or — {@code
 * tracepoet.cancelled = true} — when the response or the stream is closed before the end; as a
 * safety net ({@code tracepoet.abandoned}) when neither the response nor its stream is reachable
 * any more. Each pull from the SDK (SSE reading and parsing) runs with the call's span current; the
 * caller's stream operations run in the caller's context. Later {@code stream()} calls go to the
 * SDK unchanged (its stream can be consumed once).
 *
 * <pre>{@code
 * @TracedClient(integration = "openai", adapters = StreamResponseAdapter.class)
 * public interface ChatStreams {
 *   @TracedEndpoint(name = "chat", responseTags = {"id", "model"}, usage = "usage")
 *   StreamResponse<ChatCompletionChunk> stream(ChatCompletionCreateParams params);
 * }
 * }</pre>
 *
 * @param <T> the chunk type, e.g. {@code ChatCompletionChunk}
 */
public final class StreamResponseAdapter<T> implements ResultAdapter<StreamResponse<T>, T> {
  /** Creates the adapter; generated wrappers keep one instance. */
  public StreamResponseAdapter() {}

  @Override
  public StreamResponse<T> adapt(StreamResponse<T> response, CallObserver<T> call) {
    return ObservedResponses.pull(call, Function::identity, traced -> new TracedStreamResponse<>(response, traced));
  }

  /** The response the caller holds: the SDK's type over {@link ObservedResponses.PullResponse}. */
  private static final class TracedStreamResponse<T> implements StreamResponse<T> {
    private final StreamResponse<T> delegate;
    private final ObservedResponses.PullResponse<T, T> traced;

    TracedStreamResponse(StreamResponse<T> delegate, ObservedResponses.PullResponse<T, T> traced) {
      this.delegate = delegate;
      this.traced = traced;
    }

    @Override
    public Stream<T> stream() {
      return traced.stream(delegate::stream, this);
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
}
