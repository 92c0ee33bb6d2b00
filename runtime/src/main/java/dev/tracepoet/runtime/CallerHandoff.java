package dev.tracepoet.runtime;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * The consumer a bulk traversal ({@code forEachRemaining}) of a traced stream hands to the
 * delegate's spliterator, while the traversal runs with the call's span current: each element is
 * first reported (in the call's context, so no switch), then given to the caller's action in the
 * context that was current when the traversal started — one context round trip per element instead
 * of a pull and a report with an entry each. What the caller's action throws is remembered (so that
 * the traversal can tell the caller's failure from the delegate's) and propagates unchanged.
 * Internal (package-private).
 */
final class CallerHandoff<S> implements Consumer<S> {
  private final Consumer<? super S> report;
  private final Consumer<? super S> action;
  private final Context callerContext;
  private Throwable callerFailure;

  /**
   * Captures the current context as the caller's: construct it before entering the call's context.
   *
   * @param report reports one element to the call; must not throw
   * @param action the caller's action
   */
  CallerHandoff(Consumer<? super S> report, Consumer<? super S> action) {
    this.report = report;
    this.action = action;
    this.callerContext = Context.current();
  }

  @Override
  public void accept(S element) {
    report.accept(element);
    try (Scope ignored = callerContext.makeCurrent()) {
      action.accept(element);
    } catch (RuntimeException | Error e) {
      callerFailure = e;
      throw e;
    }
  }

  /**
   * Runs {@code delegate}'s bulk traversal with this consumer (the caller enters the call's context
   * around it); returns what the traversal threw — the delegate's failure or the caller's, see
   * {@link #isCallerFailure} — or null when it reached the end.
   */
  Throwable traverse(Spliterator<S> delegate) {
    try {
      delegate.forEachRemaining(this);
      return null;
    } catch (RuntimeException | Error e) {
      return e;
    }
  }

  /** Whether {@code failure}, which ended the traversal, is what the caller's action threw. */
  boolean isCallerFailure(Throwable failure) {
    return failure != null && failure == callerFailure;
  }
}
