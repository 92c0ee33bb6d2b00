package dev.tracepoet.runtime;

/**
 * Calls the delegate of one endpoint with the call's arguments. Generated wrappers create one per
 * endpoint, once, in their constructor (methods with type variables create one per call).
 *
 * <p>A top-level type rather than a member of {@link EndpointHook}, so that generated code can
 * always refer to it unambiguously.
 *
 * @param <A> the arguments the hook sees
 * @param <T> what the delegate method returns ({@code Void} for {@code void})
 */
@FunctionalInterface
public interface Invocation<A, T> {
  /** Invokes the delegate; any exception it throws is rethrown to the caller unchanged. */
  T invoke(A arguments) throws Throwable;
}
