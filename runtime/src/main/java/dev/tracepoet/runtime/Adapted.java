package dev.tracepoet.runtime;

import io.opentelemetry.context.Scope;
import java.util.function.Supplier;

/**
 * The {@link CallObserver} of one adapted call: a thin view of its {@link Call}, which already
 * guarantees exactly-once ends, the call's context for the hook's steps, the tally and the safety
 * net. Internal (package-private).
 */
final class Adapted<A, R> implements CallObserver<R> {
  private final Call<A, R> call;

  Adapted(Call<A, R> call) {
    this.call = call;
  }

  @Override
  public void element(R element) {
    try {
      call.element(element);
    } catch (Throwable t) {
      call.report("element", t);
    }
  }

  @Override
  public void complete() {
    try {
      call.complete();
    } catch (Throwable t) {
      call.report("complete", t);
    }
  }

  @Override
  public void fail(Throwable error) {
    try {
      call.fail(error != null ? error : new IllegalArgumentException("CallObserver.fail(null)"));
    } catch (Throwable t) {
      call.report("fail", t);
    }
  }

  @Override
  public void cancel() {
    try {
      call.cancel();
    } catch (Throwable t) {
      call.report("cancel", t);
    }
  }

  @Override
  public <X> X inCall(Supplier<X> work) {
    Scope scope = call.enter();
    try {
      return work.get();
    } finally {
      call.exit(scope);
    }
  }

  @Override
  public void watch(Object held) {
    if (held == null) {
      return;
    }
    try {
      call.watch(held);
    } catch (Throwable t) {
      call.report("watch", t);
    }
  }

  @Override
  public String toString() {
    return "CallObserver[" + call.span + "]";
  }
}
