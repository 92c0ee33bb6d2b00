package dev.tracepoet.runtime;

import io.opentelemetry.context.Scope;
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
 * The delegate produces each element with the span current; the caller's code runs outside it.
 * Internal (package-private).
 */
final class Streamed {
  private Streamed() {}

  static <A, R> Stream<R> stream(PendingCall<A, R> call, Stream<R> stream) {
    TracedSpliterator<A, R> spliterator =
        new TracedSpliterator<>(call, stream.spliterator(), new AtomicInteger(1));
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

  static <A, R> Iterator<R> iterator(PendingCall<A, R> call, Iterator<R> iterator) {
    TracedIterator<A, R> traced = new TracedIterator<>(call, iterator);
    call.watch(traced);
    return traced;
  }

  static <A, R> Iterable<R> iterable(PendingCall<A, R> call, Iterable<R> iterable) {
    AtomicBoolean first = new AtomicBoolean(true);
    Iterable<R> traced =
        () -> {
          if (first.compareAndSet(true, false)) {
            return iterator(call, iterable.iterator());
          }
          return iterable.iterator();
        };
    call.watch(traced);
    return traced;
  }

  static <A, R> Flow.Publisher<R> publisher(PendingCall<A, R> call, Flow.Publisher<R> publisher) {
    AtomicBoolean first = new AtomicBoolean(true);
    Flow.Publisher<R> traced =
        subscriber -> {
          if (!first.compareAndSet(true, false)) {
            publisher.subscribe(subscriber);
            return;
          }
          try {
            publisher.subscribe(new TracedSubscriber<>(call, subscriber));
          } catch (RuntimeException | Error e) {
            call.fail(e);
            throw e;
          }
        };
    call.watch(traced);
    return traced;
  }

  /** Observes a stream's elements; ends the call when every split is exhausted. */
  private static final class TracedSpliterator<A, R> implements Spliterator<R> {
    private final PendingCall<A, R> call;
    private final Spliterator<R> delegate;
    private final AtomicInteger openSplits;
    private final Consumer<R> capture = element -> this.current = element;
    private R current;
    private boolean exhausted;

    TracedSpliterator(PendingCall<A, R> call, Spliterator<R> delegate, AtomicInteger openSplits) {
      this.call = call;
      this.delegate = delegate;
      this.openSplits = openSplits;
    }

    @Override
    public boolean tryAdvance(Consumer<? super R> action) {
      if (exhausted) {
        return false;
      }
      boolean advanced;
      Scope scope = call.enter();
      try {
        advanced = delegate.tryAdvance(capture);
      } catch (RuntimeException | Error e) {
        scope.close();
        call.fail(e);
        throw e;
      }
      scope.close();
      if (!advanced) {
        exhausted = true;
        if (openSplits.decrementAndGet() == 0) {
          call.complete();
        }
        return false;
      }
      R element = current;
      current = null;
      call.element(element);
      action.accept(element);
      return true;
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
    public java.util.Comparator<? super R> getComparator() {
      return delegate.getComparator();
    }
  }

  /** Observes an iterator's elements; ends the call when it is exhausted or fails. */
  private static final class TracedIterator<A, R> implements Iterator<R> {
    private final PendingCall<A, R> call;
    private final Iterator<R> delegate;

    TracedIterator(PendingCall<A, R> call, Iterator<R> delegate) {
      this.call = call;
      this.delegate = delegate;
    }

    @Override
    public boolean hasNext() {
      boolean hasNext;
      Scope scope = call.enter();
      try {
        hasNext = delegate.hasNext();
      } catch (RuntimeException | Error e) {
        scope.close();
        call.fail(e);
        throw e;
      }
      scope.close();
      if (!hasNext) {
        call.complete();
      }
      return hasNext;
    }

    @Override
    public R next() {
      R element;
      Scope scope = call.enter();
      try {
        element = delegate.next();
      } catch (java.util.NoSuchElementException e) {
        scope.close();
        call.complete();
        throw e;
      } catch (RuntimeException | Error e) {
        scope.close();
        call.fail(e);
        throw e;
      }
      scope.close();
      call.element(element);
      return element;
    }

    @Override
    public void remove() {
      delegate.remove();
    }
  }

  /** Observes a subscription: elements, completion, error and cancellation. */
  private static final class TracedSubscriber<A, R> implements Flow.Subscriber<R> {
    private final PendingCall<A, R> call;
    private final Flow.Subscriber<? super R> downstream;

    TracedSubscriber(PendingCall<A, R> call, Flow.Subscriber<? super R> downstream) {
      this.call = call;
      this.downstream = downstream;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      downstream.onSubscribe(
          new Flow.Subscription() {
            @Override
            public void request(long n) {
              subscription.request(n);
            }

            @Override
            public void cancel() {
              call.cancel();
              subscription.cancel();
            }
          });
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
