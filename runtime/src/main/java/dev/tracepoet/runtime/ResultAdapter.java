package dev.tracepoet.runtime;

/**
 * Teaches tracepoet to trace a result type {@code T} whose response completes after the traced
 * method returned, producing elements of type {@code E} — a library's own streaming or asynchronous
 * type, such as the OpenAI SDK's {@code StreamResponse<E>}. Adapters live with the code that uses
 * the library (the runtime depends on none), and are named in {@code @TracedClient(adapters = ...)}
 * or {@code @TracedEndpoint(adapter = ...)}.
 *
 * <p>An adapter class is public, non-abstract, has a public no-argument constructor, and is
 * stateless: the generated wrapper creates one instance and shares it between all calls and
 * threads. The processor matches {@code T}'s erasure against the endpoint's declared return type
 * and binds the adapter's type variables from it: {@code class StreamAdapter<E> implements
 * ResultAdapter<StreamResponse<E>, E>} traces a method returning {@code
 * StreamResponse<ChatCompletionChunk>} with {@code E = ChatCompletionChunk}. The endpoint's hook
 * then sees the elements as its response type (response tags, usage and completion text are read
 * from them, the last element on success, as for {@code Stream} endpoints).
 *
 * <pre>{@code
 * public final class BatchAdapter<E> implements ResultAdapter<Batch<E>, E> {
 *   @Override
 *   public Batch<E> adapt(Batch<E> batch, CallObserver<E> call) {
 *     call.watch(batch);                       // safety net: the caller holds the batch
 *     return new Batch<>() {
 *       public void forEach(Consumer<E> action) {
 *         try {
 *           call.inCall(() -> { batch.forEach(e -> { call.element(e); action.accept(e); }); return null; });
 *           call.complete();
 *         } catch (RuntimeException e) {
 *           call.fail(e);
 *           throw e;
 *         }
 *       }
 *     };
 *   }
 * }
 * }</pre>
 *
 * @param <T> the result type the traced method returns
 * @param <E> the elements (or the single value) it produces; the hook's response type
 */
public interface ResultAdapter<T, E> {
  /**
   * Returns what the caller gets instead of {@code result}: an object behaving exactly like it that
   * reports to {@code call} — each element, then exactly one of complete, fail or cancel. Called
   * once per call, with the call's span current, after the delegate returned a non-null {@code
   * result}.
   *
   * <p>Must not throw: if it does (or returns null), the caller gets {@code result} itself and the
   * span ends — the failure is logged, not recorded as the call's error.
   *
   * @param result what the delegate returned (never null)
   * @param call the call's observer
   * @return the traced result of the same type
   */
  T adapt(T result, CallObserver<E> call);
}
