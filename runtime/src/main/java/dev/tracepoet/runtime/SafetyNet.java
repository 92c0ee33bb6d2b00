package dev.tracepoet.runtime;

import java.lang.ref.Cleaner;

/**
 * Ends the span of a streamed response once nothing can deliver elements to it any more, nor close
 * or cancel it: it watches the one object that stands for the response at each stage — the traced
 * {@code Iterable} or {@code Publisher} until it is first iterated or subscribed, then the traced
 * {@code Iterator} or subscriber (which the producer holds while it can still deliver, and which is
 * also the caller's {@code Subscription}); the traced spliterator of a {@code Stream}. Watching a new
 * object retires the previous one, so a dropped {@code Iterable} whose iterator is still in a loop
 * does not end the span. Internal (package-private).
 */
final class SafetyNet {
  private static final Cleaner CLEANER = Cleaner.create();

  private final Call<?, ?> call;
  private int generation;

  SafetyNet(Call<?, ?> call) {
    this.call = call;
  }

  /** From now on, {@code owner} becoming unreachable (unfinished) abandons the call. */
  void watch(Object owner) {
    int current;
    synchronized (this) {
      current = ++generation;
    }
    try {
      CLEANER.register(owner, new Abandon(this, current));
    } catch (Throwable t) {
      call.report("watch", t);
    }
  }

  private synchronized boolean isCurrent(int watched) {
    return generation == watched;
  }

  /** The Cleaner action; must not reference the watched object. */
  private static final class Abandon implements Runnable {
    private final SafetyNet net;
    private final int watched;

    Abandon(SafetyNet net, int watched) {
      this.net = net;
      this.watched = watched;
    }

    @Override
    public void run() {
      if (net.isCurrent(watched)) {
        net.call.abandon();
      }
    }
  }
}
