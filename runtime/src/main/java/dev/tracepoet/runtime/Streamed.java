package dev.tracepoet.runtime;

import io.opentelemetry.context.Scope;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Wrappers that observe streamed responses element by element and end the call's span exactly once.
 * The delegate produces each element — and creates its iterator or serves {@code request(n)} — with
 * the span current (through {@link Call#produce} or {@link Call#enter}); the caller's code runs
 * outside it. Internal (package-private).
 */
final class Streamed {
  private Streamed() {}

  static <A, R> Stream<R> stream(Call<A, R> call, Stream<R> stream) {
    Spliterator<R> source = call.produce(stream, Stream::spliterator, false);
    TracedSpliterator<A, R> spliterator = new TracedSpliterator<>(call, source, new AtomicInteger(1));
    Stream<R> traced =
        StreamSupport.stream(spliterator, stream.isParallel())
            .onClose(
                () -> {
                  try {
                    stream.close();
                  } finally {
                    call.cancel(); // no-op when the stream was consumed to the end already
                  }
                });
    call.watch(spliterator);
    return traced;
  }

  static <A, R> Iterator<R> iterator(Call<A, R> call, Iterator<R> iterator) {
    TracedIterator<A, R> traced = new TracedIterator<>(call, iterator);
    call.watch(traced);
    return traced;
  }

  static <A, R> Iterable<R> iterable(Call<A, R> call, Iterable<R> iterable) {
    AtomicBoolean first = new AtomicBoolean(true);
    Iterable<R> traced =
        () -> {
          if (first.compareAndSet(true, false)) {
            return iterator(call, call.produce(iterable, Iterable::iterator, false));
          }
          return iterable.iterator();
        };
    call.watch(traced);
    return traced;
  }

  static <A, R> Flow.Publisher<R> publisher(Call<A, R> call, Flow.Publisher<R> publisher) {
    AtomicBoolean first = new AtomicBoolean(true);
    Flow.Publisher<R> traced =
        subscriber -> {
          if (!first.compareAndSet(true, false)) {
            publisher.subscribe(subscriber);
            return;
          }
          TracedSubscriber<A, R> tracing = new TracedSubscriber<>(call, subscriber);
          call.watch(tracing);
          call.produce(
              tracing,
              t -> {
                publisher.subscribe(t);
                return null;
              },
              false);
        };
    call.watch(traced);
    return traced;
  }

  /** Observes a stream's elements; ends the call when every split is exhausted. */
  private static final class TracedSpliterator<A, R> implements Spliterator<R> {
    private final Call<A, R> call;
    private final Spliterator<R> delegate;
    private final AtomicInteger openSplits;
    private final Consumer<R> capture = element -> this.current = element;
    private R current;
    private boolean exhausted;

    TracedSpliterator(Call<A, R> call, Spliterator<R> delegate, AtomicInteger openSplits) {
      this.call = call;
      this.delegate = delegate;
      this.openSplits = openSplits;
    }

    /**
     * One pull from the delegate and the report of its element share one entry into the call's
     * context; the caller's action runs after it, outside.
     */
    @Override
    public boolean tryAdvance(Consumer<? super R> action) {
      if (exhausted) {
        return false;
      }
      Scope scope = call.enter();
      boolean advanced;
      try {
        advanced = delegate.tryAdvance(capture);
      } catch (RuntimeException | Error e) {
        call.exit(scope);
        exhausted = true;
        call.fail(e);
        throw e;
      }
      R element = current;
      current = null;
      try {
        if (advanced) {
          call.element(element);
        }
      } finally {
        call.exit(scope);
      }
      if (!advanced) {
        end();
        return false;
      }
      action.accept(element);
      return true;
    }

    /**
     * The bulk traversal ({@code forEach}, {@code collect}...): the delegate's own, inside one entry
     * into the call's context, each element reported there and then handed to {@code action} in the
     * caller's context ({@link CallerHandoff}). What {@code action} throws propagates unchanged and
     * leaves the call open (closing the stream cancels it); what the delegate throws fails the call.
     */
    @Override
    public void forEachRemaining(Consumer<? super R> action) {
      if (exhausted) {
        return;
      }
      CallerHandoff<R> each = new CallerHandoff<>(call::element, action);
      Scope scope = call.enter();
      Throwable failure;
      try {
        failure = each.traverse(delegate);
      } finally {
        call.exit(scope);
      }
      if (failure == null) {
        end();
        return;
      }
      if (!each.isCallerFailure(failure)) {
        exhausted = true;
        call.fail(failure);
      }
      throw Rethrow.<RuntimeException>unchanged(failure);
    }

    /** This split is exhausted; the call completes with the last open split. */
    private void end() {
      exhausted = true;
      if (openSplits.decrementAndGet() == 0) {
        call.complete();
      }
    }

    @Override
    public Spliterator<R> trySplit() {
      Spliterator<R> split = delegate.trySplit();
      if (split == null) {
        return null;
      }
      openSplits.incrementAndGet();
      return new TracedSpliterator<>(call, split, openSplits);
    }

    @Override
    public long estimateSize() {
      return delegate.estimateSize();
    }

    @Override
    public long getExactSizeIfKnown() {
      return delegate.getExactSizeIfKnown();
    }

    @Override
    public int characteristics() {
      return delegate.characteristics();
    }

    @Override
    public Comparator<? super R> getComparator() {
      return delegate.getComparator();
    }
  }

  /** Observes an iterator's elements; ends the call when it is exhausted or fails. */
  private static final class TracedIterator<A, R> implements Iterator<R> {
    private final Call<A, R> call;
    private final Iterator<R> delegate;

    TracedIterator(Call<A, R> call, Iterator<R> delegate) {
      this.call = call;
      this.delegate = delegate;
    }

    @Override
    public boolean hasNext() {
      boolean hasNext = call.produce(delegate, Iterator::hasNext, false);
      if (!hasNext) {
        call.complete();
      }
      return hasNext;
    }

    @Override
    public R next() {
      R element = call.produce(delegate, Iterator::next, true);
      call.element(element);
      return element;
    }

    @Override
    public void remove() {
      delegate.remove();
    }
  }

  /**
   * Observes a subscription: elements, completion, error and cancellation. It is also the
   * subscription the caller's subscriber gets, so it stays reachable (and the safety net quiet) as
   * long as the producer can deliver or the caller can request or cancel.
   */
  private static final class TracedSubscriber<A, R> implements Flow.Subscriber<R>, Flow.Subscription {
    private final Call<A, R> call;
    private final Flow.Subscriber<? super R> downstream;
    private volatile Flow.Subscription upstream;

    TracedSubscriber(Call<A, R> call, Flow.Subscriber<? super R> downstream) {
      this.call = call;
      this.downstream = downstream;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.upstream = subscription;
      downstream.onSubscribe(this);
    }

    @Override
    public void request(long n) {
      var scope = call.enter();
      try {
        upstream.request(n);
      } finally {
        call.exit(scope);
      }
    }

    @Override
    public void cancel() {
      call.cancel();
      upstream.cancel();
    }

    @Override
    public void onNext(R item) {
      call.element(item);
      downstream.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
      call.fail(throwable);
      downstream.onError(throwable);
    }

    @Override
    public void onComplete() {
      call.complete();
      downstream.onComplete();
    }
  }
}
