package dev.tracepoet.runtime;

import dev.tracepoet.runtime.UsageCapture.Prompt;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The state of one call whose response completes after the wrapper returned (a future or a streamed
 * response): its span and context, arguments, start time, model (read once), prompt count, and for
 * streams the {@link StreamTally} and the {@link SafetyNet}. Whatever happens first — completion,
 * failure, cancellation, close, abandonment — ends the span; everything after that is ignored, so
 * the span ends exactly once. Every continuation (elements, the final steps) runs with the call's
 * span current. (Plain calls keep this state in locals: no allocation.) Internal (package-private).
 */
final class Call<A, R> {
  /** One delegate operation that produces elements (or an iterator, a subscription...). */
  @FunctionalInterface
  interface Producer<S, T> {
    T produce(S source);
  }

  final Span span;
  private final Lifecycle<A, R> life;
  private final Context context;
  private final A arguments;
  private final long startNanos;
  private final String model;
  private final Prompt prompt;
  private final StreamTally<R> tally;
  private final SafetyNet net;
  private final AtomicBoolean ended = new AtomicBoolean();

  Call(Lifecycle<A, R> life, Span span, A arguments, long startNanos, String model, Prompt prompt,
      StreamTally<R> tally) {
    this.life = life;
    this.span = span;
    this.arguments = arguments;
    this.startNanos = startNanos;
    this.model = model;
    this.prompt = prompt;
    this.tally = tally;
    this.net = tally == null ? null : new SafetyNet(this);
    Context context;
    try {
      context = life.context(span);
    } catch (Throwable t) {
      life.report("context", t);
      context = null;
    }
    this.context = context;
  }

  /** Makes the call's span current (for the delegate and the hook's continuation steps). */
  Scope enter() {
    try {
      return context == null ? Scope.noop() : context.makeCurrent();
    } catch (Throwable t) {
      life.report("makeCurrent", t);
      return Scope.noop();
    }
  }

  void exit(Scope scope) {
    try {
      scope.close();
    } catch (Throwable t) {
      life.report("closeScope", t);
    }
  }

  /**
   * Runs one delegate operation with the span current; if it throws, the call fails with that
   * exception (or, when {@code noSuchElementEnds}, a {@link NoSuchElementException} completes it),
   * and the exception reaches the caller unchanged.
   */
  <S, T> T produce(S source, Producer<S, T> operation, boolean noSuchElementEnds) {
    Scope scope = enter();
    T result;
    try {
      result = operation.produce(source);
    } catch (RuntimeException | Error e) {
      exit(scope);
      if (noSuchElementEnds && e instanceof NoSuchElementException) {
        complete();
      } else {
        fail(e);
      }
      throw e;
    }
    exit(scope);
    return result;
  }

  /** The safety net watches {@code owner} from now on (see {@link SafetyNet}). */
  void watch(Object owner) {
    if (net != null) {
      net.watch(owner);
    }
  }

  boolean ended() {
    return ended.get();
  }

  /** A streamed element on its way to the caller. */
  synchronized void element(R element) {
    if (ended.get()) {
      return;
    }
    Scope scope = enter();
    try {
      life.genAiChunk(span, tally, element);
      tally.add(element, life.completionOrNull(element));
      life.element(span, arguments, element);
    } finally {
      exit(scope);
    }
  }

  /** {@code whenComplete} of a future. */
  void completeStage(R value, Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    if (cause instanceof CancellationException) {
      mark(TracepoetAttributes.CANCELLED);
      finish(null, null);
    } else {
      finish(value, cause);
    }
  }

  /** The response was consumed to the end (or was null, or could not be wrapped). */
  void complete() {
    if (ended.compareAndSet(false, true)) {
      finish(null, null);
    }
  }

  /** The response (or the delegate) failed. */
  void fail(Throwable error) {
    if (ended.compareAndSet(false, true)) {
      finish(null, error);
    }
  }

  /** Closed or cancelled before the end. */
  void cancel() {
    if (ended.compareAndSet(false, true)) {
      mark(TracepoetAttributes.CANCELLED);
      finish(null, null);
    }
  }

  /** Unreachable before the end (the safety net). */
  void abandon() {
    if (ended.compareAndSet(false, true)) {
      mark(TracepoetAttributes.ABANDONED);
      finish(null, null);
    }
  }

  void report(String stage, Throwable t) {
    life.report(stage, t);
  }

  private void mark(io.opentelemetry.api.common.AttributeKey<Boolean> key) {
    try {
      span.setAttribute(key, true);
    } catch (Throwable t) {
      life.report("mark", t);
    }
  }

  /** Ends the call with the span current; for streams {@code value} is the last element. */
  private synchronized void finish(R value, Throwable error) {
    if (net != null) {
      net.release();
    }
    Scope scope = enter();
    try {
      R response = value;
      if (tally != null) {
        response = tally.last();
        try {
          span.setAttribute(TracepoetAttributes.ELEMENTS, tally.count());
        } catch (Throwable t) {
          life.report("elements", t);
        }
      }
      if (error == null) {
        life.succeeded(span, arguments, response, startNanos, model, prompt, tally);
      } else {
        life.failed(span, arguments, error, startNanos, model, prompt, tally);
      }
    } finally {
      exit(scope);
    }
  }
}
