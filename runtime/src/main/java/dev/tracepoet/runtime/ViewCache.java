package dev.tracepoet.runtime;

import java.util.Objects;
import java.util.function.Function;

/**
 * A one-slot identity cache from a delegate's result to the traced view wrapping it, used by
 * generated view wrappers for <em>deep wrapping</em> ({@code @TracedClient(wraps = ...)}): an
 * accessor such as {@code chat()} returns the same wrapper instance as long as the delegate returns
 * the same object (by identity), so {@code client.chat().completions().create(params)} allocates
 * no wrapper after the first call.
 *
 * <pre>{@code
 * // in a generated wrapper, created once in its constructor:
 * this.chatView = new ViewCache<>(chat -> TracedTracedChat.wrap(chat, openTelemetry, settings));
 * // the accessor:
 * public TracedChat chat() { return this.chatView.get(this.delegate.chat()); }
 * }</pre>
 *
 * <p>Thread-safe. A hit reads one volatile field and allocates nothing; a miss (a result other than
 * the last one) wraps under the cache's lock and replaces the slot, so concurrent first calls with
 * the same result still get one wrapper. The slot holds the last result and its wrapper strongly
 * (one object each). {@code null} maps to {@code null} without calling the wrapping function.
 *
 * @param <D> the delegate's result type (the type the wrapped method returns)
 * @param <V> the view type the wrapper returns
 */
public final class ViewCache<D, V> {
  private final Function<? super D, ? extends V> wrap;
  private volatile Slot<D, V> last;

  /**
   * @param wrap wraps one delegate result in its view; called at most once per distinct result in
   *     a row, never with {@code null}
   */
  public ViewCache(Function<? super D, ? extends V> wrap) {
    this.wrap = Objects.requireNonNull(wrap, "wrap");
  }

  /**
   * The view of {@code result}: the cached wrapper when {@code result} is the object the previous
   * call saw, otherwise a new one (which replaces it in the slot); {@code null} for {@code null}.
   */
  public V get(D result) {
    if (result == null) {
      return null;
    }
    Slot<D, V> slot = last;
    if (slot != null && slot.result == result) {
      return slot.view;
    }
    synchronized (this) {
      slot = last;
      if (slot != null && slot.result == result) {
        return slot.view;
      }
      V view = wrap.apply(result);
      last = new Slot<>(result, view);
      return view;
    }
  }

  /** An immutable (result, view) pair, published through the volatile slot. */
  private static final class Slot<D, V> {
    final D result;
    final V view;

    Slot(D result, V view) {
      this.result = result;
      this.view = view;
    }
  }
}
