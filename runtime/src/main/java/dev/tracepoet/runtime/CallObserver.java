package dev.tracepoet.runtime;

import java.util.function.Supplier;

/**
 * The observer of one call whose result completes later, handed by the runtime to a {@link
 * ResultAdapter}. It is bound to the call's span: elements, the end of the response and lazy
 * delegate work are reported here, and the runtime runs the endpoint hook's continuation steps
 * ({@code onElement}, then on the end {@code recordResponse} with the last element, token usage,
 * {@code postResponse}/{@code postStream}) with the call's span current, on the thread that
 * reports.
 *
 * <p>Thread-safe. The first of {@link #complete}, {@link #fail}, {@link #cancel} (or the safety net)
 * ends the span; every call after that is a no-op, so the span ends exactly once whatever races.
 * None of its methods throws: tracing failures are logged.
 *
 * @param <E> the element type (the endpoint hook's response type)
 */
public interface CallObserver<E> {
  /**
   * One element on its way to the caller: counted ({@code tracepoet.stream.elements}), kept as the
   * last element, and passed to the hook's {@code onElement}. Call it before handing the element to
   * the caller's code.
   */
  void element(E element);

  /**
   * The response ended successfully: response tags from the last element, token usage, {@code
   * postResponse}, metrics, the span ends.
   */
  void complete();

  /**
   * The response failed with {@code error}: what was delivered before is recorded as on success
   * (response tags, usage), then status ERROR, an exception event and {@code error.type}; the span
   * ends.
   */
  void fail(Throwable error);

  /**
   * The caller closed or cancelled the response before its end: {@code tracepoet.cancelled = true},
   * the span ends.
   */
  void cancel();

  /**
   * Runs {@code work} — delegate work the adapter triggers lazily, such as pulling the next element
   * or subscribing — with the call's span current, so that spans the delegate creates are children
   * of the call's span; returns its result. Whatever {@code work} throws reaches the caller of this
   * method unchanged and does not end the call (report it with {@link #fail} if it should).
   */
  <X> X inCall(Supplier<X> work);

  /**
   * The safety net: when {@code held} — the object the caller holds, through which elements can
   * still arrive or the response can still be closed — becomes unreachable before the call ended,
   * the span ends with {@code tracepoet.abandoned = true}. Watching a new object retires the
   * previous one (watch the response until it is subscribed, then the subscription...); the
   * watched object must not be reachable from the adapter's own callbacks that the runtime or a
   * producer keeps only for bookkeeping, or the net never fires.
   */
  void watch(Object held);
}
