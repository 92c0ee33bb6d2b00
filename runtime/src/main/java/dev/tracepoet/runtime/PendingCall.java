package dev.tracepoet.runtime;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One call whose response completes after the wrapper returned (a future or a streamed response).
 * Whatever happens first — completion, failure, cancellation, close, abandonment — ends the span;
 * everything after that is ignored, so the span ends exactly once. Internal (package-private).
 */
final class PendingCall<A, R> {
  /** Ends the spans of streamed responses that became unreachable before they finished. */
  private static final Cleaner CLEANER = Cleaner.create();

  final EndpointHook<A, R> hook;
  final Span span;
  private final A arguments;
  private final long startNanos;
  private final TokenCount prompt;
  private final AtomicBoolean ended = new AtomicBoolean();
  private final int maxRetained;
  private List<R> retained;
  private long count;
  private R last;
  private StringBuilder completion;

  PendingCall(EndpointHook<A, R> hook, Span span, A arguments, long startNanos, TokenCount prompt) {
    this.hook = hook;
    this.span = span;
    this.arguments = arguments;
    this.startNanos = startNanos;
    this.prompt = prompt;
    this.maxRetained = hook.maxRetainedElements();
  }

  /** Registers the safety net: when {@code owner} becomes unreachable unfinished, the span ends. */
  void watch(Object owner) {
    try {
      CLEANER.register(owner, new Abandon(this));
    } catch (Throwable t) {
      hook.report("watch", t);
    }
  }

  /** Makes the span current while the delegate produces an element. */
  Scope enter() {
    try {
      return span.makeCurrent();
    } catch (Throwable t) {
      hook.report("makeCurrent", t);
      return Scope.noop();
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
    count++;
    last = element;
    if (retained == null) {
      retained = new ArrayList<>();
    }
    if (retained.size() < maxRetained) {
      retained.add(element);
    }
    CharSequence text = hook.completionOrNull(element);
    if (text != null) {
      if (completion == null) {
        completion = new StringBuilder();
      }
      completion.append(text);
    }
    hook.element(span, arguments, element);
  }

  /** {@code whenComplete} of a future. */
  void completeStage(R value, Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof CancellationException) {
      if (ended.compareAndSet(false, true)) {
        markCancelled();
        hook.succeeded(span, arguments, null, null, startNanos, prompt, null);
      }
    } else if (cause != null) {
      if (ended.compareAndSet(false, true)) {
        hook.failed(span, arguments, cause, startNanos, null);
      }
    } else if (ended.compareAndSet(false, true)) {
      hook.succeeded(span, arguments, value, null, startNanos, prompt, null);
    }
  }

  /** The streamed response was consumed to the end. */
  void complete() {
    if (ended.compareAndSet(false, true)) {
      finishStreamed(null);
    }
  }

  /** The streamed response (or the delegate) failed. */
  void fail(Throwable error) {
    if (ended.compareAndSet(false, true)) {
      synchronized (this) {
        setCount();
        hook.failed(span, arguments, error, startNanos, elements());
      }
    }
  }

  /** Closed or cancelled before the end. */
  void cancel() {
    if (ended.compareAndSet(false, true)) {
      markCancelled();
      finishStreamed(null);
    }
  }

  /** The result was null, or could not be wrapped: end now with what we have. */
  void finishNow() {
    complete();
  }

  private void abandon() {
    if (ended.compareAndSet(false, true)) {
      try {
        span.setAttribute(EndpointHook.ABANDONED, true);
      } catch (Throwable t) {
        hook.report("abandon", t);
      }
      finishStreamed(null);
    }
  }

  private void markCancelled() {
    try {
      span.setAttribute(EndpointHook.CANCELLED, true);
    } catch (Throwable t) {
      hook.report("cancel", t);
    }
  }

  private synchronized void finishStreamed(Throwable ignored) {
    setCount();
    hook.succeeded(span, arguments, last, elements(), startNanos, prompt, completion);
  }

  private void setCount() {
    try {
      span.setAttribute(EndpointHook.ELEMENTS, count);
    } catch (Throwable t) {
      hook.report("elements", t);
    }
  }

  private List<R> elements() {
    return retained == null ? List.of() : retained;
  }

  /** The Cleaner action; must not reference the watched object. */
  private static final class Abandon implements Runnable {
    private final PendingCall<?, ?> call;

    Abandon(PendingCall<?, ?> call) {
      this.call = call;
    }

    @Override
    public void run() {
      call.abandon();
    }
  }
}
