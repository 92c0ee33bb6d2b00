package dev.tracepoet.anthropic.internal;

import com.anthropic.core.http.StreamResponse;
import dev.tracepoet.runtime.CallObserver;
import dev.tracepoet.runtime.ObservedResponses;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The one shell over the SDK's {@link StreamResponse} that the sync stream adapters share, only
 * delegation: the tracing (the first {@code stream()} traced, pulls in the call's span, the end or
 * an error ends the span, {@code close()} cancels it, later {@code stream()} calls unchanged) is the
 * runtime's {@link ObservedResponses#pull}, each element reported through a function made
 * once per call (identity, or a per-call fold).
 */
final class SyncStreams {
  private SyncStreams() {}

  static <T, E> StreamResponse<T> adapt(
      StreamResponse<T> response, CallObserver<E> call, Supplier<Function<? super T, ? extends E>> report) {
    return ObservedResponses.pull(call, report, traced -> new Traced<>(response, traced));
  }

  /** The SDK's type over {@link ObservedResponses.PullResponse}. */
  private static final class Traced<T, E> implements StreamResponse<T> {
    private final StreamResponse<T> delegate;
    private final ObservedResponses.PullResponse<T, E> traced;

    Traced(StreamResponse<T> delegate, ObservedResponses.PullResponse<T, E> traced) {
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
