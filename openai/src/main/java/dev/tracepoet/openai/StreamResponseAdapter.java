package dev.tracepoet.openai;

import com.openai.core.http.StreamResponse;
import dev.tracepoet.runtime.CallObserver;
import dev.tracepoet.runtime.ResultAdapter;
import java.util.Comparator;
import java.util.Spliterator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
    TracedStreamResponse<T> traced = new TracedStreamResponse<>(response, call);
    call.watch(traced); // the traced stream references it: reachable while either is held
    return traced;
  }

  /** The response the caller holds. */
  private static final class TracedStreamResponse<T> implements StreamResponse<T> {
    private final StreamResponse<T> delegate;
    private final CallObserver<T> call;
    private final AtomicBoolean streamed = new AtomicBoolean();

    TracedStreamResponse(StreamResponse<T> delegate, CallObserver<T> call) {
      this.delegate = delegate;
      this.call = call;
    }

    @Override
    public Stream<T> stream() {
      if (!streamed.compareAndSet(false, true)) {
        return delegate.stream();
      }
      Stream<T> source;
      Spliterator<T> spliterator;
      try {
        source = call.inCall(delegate::stream);
        spliterator = call.inCall(source::spliterator);
      } catch (RuntimeException | Error e) {
        call.fail(e);
        throw e;
      }
      return StreamSupport.stream(new Pull<>(this, spliterator, call), false)
          .onClose(
              () -> {
                try {
                  source.close(); // the SDK's stream closes the response
                } finally {
                  call.cancel(); // no-op when it was consumed to the end
                }
              });
    }

    @Override
    public void close() {
      try {
        call.inCall(
            () -> {
              delegate.close();
              return null;
            });
      } finally {
        call.cancel(); // no-op when the stream ended already
      }
    }

    @Override
    public String toString() {
      return delegate.toString();
    }
  }

  /** Pulls from the SDK's spliterator in the call's context and reports each chunk and the end. */
  private static final class Pull<T> implements Spliterator<T> {
    /** Keeps the watched response reachable while the caller holds only the stream. */
    @SuppressWarnings("unused")
    private final TracedStreamResponse<T> owner;

    private final Spliterator<T> delegate;
    private final CallObserver<T> call;
    private final Consumer<T> capture = element -> this.current = element;
    private T current;
    private boolean done;

    Pull(TracedStreamResponse<T> owner, Spliterator<T> delegate, CallObserver<T> call) {
      this.owner = owner;
      this.delegate = delegate;
      this.call = call;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      if (done) {
        return false;
      }
      boolean advanced;
      try {
        advanced = call.inCall(() -> delegate.tryAdvance(capture));
      } catch (RuntimeException | Error e) {
        done = true;
        call.fail(e);
        throw e;
      }
      if (!advanced) {
        done = true;
        call.complete();
        return false;
      }
      T element = current;
      current = null;
      call.element(element);
      action.accept(element);
      return true;
    }

    @Override
    public Spliterator<T> trySplit() {
      return null; // the SDK's stream is sequential
    }

    @Override
    public long estimateSize() {
      return delegate.estimateSize();
    }

    @Override
    public int characteristics() {
      return delegate.characteristics() & ~(Spliterator.SIZED | Spliterator.SUBSIZED);
    }

    @Override
    public Comparator<? super T> getComparator() {
      return delegate.getComparator();
    }
  }
}
