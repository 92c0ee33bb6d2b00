package dev.tracepoet.runtime;

import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.LongAdder;

/**
 * Ends the span of a streamed response once nothing can deliver elements to it any more, nor close
 * or cancel it: it watches the one object that stands for the response at each stage — the traced
 * {@code Iterable} or {@code Publisher} until it is first iterated or subscribed, then the traced
 * {@code Iterator} or subscriber (which the producer holds while it can still deliver, and which is
 * also the caller's {@code Subscription}); the traced spliterator of a {@code Stream}. Watching a new
 * object retires the previous one, so a dropped {@code Iterable} whose iterator is still in a loop
 * does not end the span.
 *
 * <p>When the call ends, {@link #release()} unregisters the current watch. That matters for speed,
 * not only tidiness: a registered {@link Cleaner} entry is a phantom reference the garbage collector
 * must discover and the Cleaner thread must process when its object dies, and a streaming client
 * creates one per call. Measured on the OpenAI SDK benchmark's stream (13 chunks, about 10,000
 * streams a second), leaving them registered multiplied the collector's pause time by 18 (2.1 s
 * against 0.12 s over ten seconds); released at the end, a finished stream costs the collector
 * nothing. Internal (package-private).
 */
final class SafetyNet {
  private static final Cleaner CLEANER = Cleaner.create();
  /** Watches registered and neither released nor run: what the collector still has to process. */
  private static final LongAdder REGISTERED = new LongAdder();

  private final Call<?, ?> call;
  private int generation;
  private Cleaner.Cleanable current;

  SafetyNet(Call<?, ?> call) {
    this.call = call;
  }

  /** From now on, {@code owner} becoming unreachable (unfinished) abandons the call. */
  void watch(Object owner) {
    if (call.ended()) {
      return; // nothing left to end: no reference for the collector to process
    }
    Cleaner.Cleanable previous;
    try {
      int watched;
      synchronized (this) {
        watched = ++generation;
      }
      Cleaner.Cleanable registered = CLEANER.register(owner, new Abandon(this, watched));
      REGISTERED.increment();
      synchronized (this) {
        if (generation == watched) {
          previous = current;
          current = registered;
        } else {
          previous = registered; // released or re-watched meanwhile
        }
      }
    } catch (Throwable t) {
      call.report("watch", t);
      return;
    }
    retire(previous);
  }

  /** The call has ended: the current watch is unregistered (its action, now stale, does nothing). */
  void release() {
    Cleaner.Cleanable released;
    synchronized (this) {
      generation++;
      released = current;
      current = null;
    }
    retire(released);
  }

  private void retire(Cleaner.Cleanable cleanable) {
    if (cleanable == null) {
      return;
    }
    try {
      cleanable.clean(); // unregisters; the stale action sees another generation and returns
    } catch (Throwable t) {
      call.report("release", t);
    }
  }

  /** Watches still registered, over all calls (for tests: a finished stream leaves none). */
  static long registered() {
    return REGISTERED.sum();
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
      REGISTERED.decrement(); // runs once: on release, on retirement, or when the owner died
      if (net.isCurrent(watched)) {
        net.call.abandon();
      }
    }
  }
}
