package dev.tracepoet.anthropic.internal;

import com.anthropic.core.http.StreamResponse;
import dev.tracepoet.runtime.CallObserver;
import dev.tracepoet.runtime.ObservedStreams;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The one shell over the SDK's {@link StreamResponse} that the sync stream adapters share: the
 * first {@code stream()} is traced through {@link ObservedStreams} (pulls in the call's span, the
 * end or an error ends the span, {@code close()} first cancels it), each element reported through
 * a function made once per call (identity, or a per-call fold). Later {@code stream()} calls go to
 * the SDK unchanged (its stream is one-shot).
 */
final class SyncStreams {
  private SyncStreams() {}

  static <T, E> StreamResponse<T> adapt(
      StreamResponse<T> response, CallObserver<E> call, Supplier<Function<? super T, ? extends E>> report) {
    Traced<T, E> traced = new Traced<>(response, call, report);
    call.watch(traced); // the traced stream references it: reachable while either is held
    return traced;
  }

  private static final class Traced<T, E> implements StreamResponse<T> {
    private final StreamResponse<T> delegate;
    private final CallObserver<E> call;
    private final Supplier<Function<? super T, ? extends E>> report;
    private final AtomicBoolean streamed = new AtomicBoolean();

    Traced(StreamResponse<T> delegate, CallObserver<E> call, Supplier<Function<? super T, ? extends E>> report) {
      this.delegate = delegate;
      this.call = call;
      this.report = report;
    }

    @Override
    public Stream<T> stream() {
      if (!streamed.compareAndSet(false, true)) {
        return delegate.stream();
      }
      return ObservedStreams.pull(call, delegate::stream, report.get(), this);
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
