package dev.tracepoet.runtime;

import dev.tracepoet.runtime.UsageCapture.Prompt;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * The template every traced endpoint runs through: one instance per endpoint and wrapper, shared by
 * all calls and threads.
 *
 * <p>{@link #call} (and its variants for responses that complete later: {@link #callAsync}, {@link
 * #callStream}, {@link #callIterator}, {@link #callIterable}, {@link #callPublisher}, {@link
 * #callAdapted}) owns the lifecycle and cannot be overridden:
 *
 * <ol>
 *   <li>{@link #recordStart} (the generated request tags) on the span builder, then start a {@link
 *       SpanKind#CLIENT CLIENT} span named by the endpoint's default name, with {@code
 *       <integration>.request.endpoint} and {@code .method} (when declared): every request
 *       attribute is on the span when it starts, so a {@code Sampler} sees it;
 *   <li>{@link #recordRequest} (request logic that needs the started span; only when it is
 *       recording);
 *   <li>{@link #preResponse} (endpoint-specific logic);
 *   <li>invoke the delegate with the span current;
 *   <li>on success {@link #recordResponse} (generated response tags, only when recording) and then
 *       {@link #postResponse} with the response; on failure: status ERROR described by the
 *       exception's message, an exception event, {@code error.type} = the exception's class name,
 *       then {@link #postResponse} with the error (a stream that fails mid-way first records the
 *       response tags and usage of what it delivered);
 *   <li>end the span, exactly once — for futures when they complete, for streamed responses when
 *       they are consumed, fail, are closed or cancelled, or (safety net) become unreachable —
 *       and record the duration/error metrics.
 * </ol>
 *
 * <p>For responses that complete later, the continuation steps ({@link #onElement}, {@link
 * #recordResponse}, {@link #postResponse}/{@link #postStream}) run with the call's span current,
 * as does the delegate whenever it produces elements.
 *
 * <p>Generated hooks without a custom hook extend {@link GeneratedHook} (empty steps); the helpers
 * steps use ({@link #tags}, {@link #tagUsage}, ...) come from {@link HookSupport}.
 *
 * <p><b>Tracing never breaks a call.</b> Any exception thrown by a step, an attribute getter or the
 * tracer is caught and logged through {@link System.Logger} {@code dev.tracepoet} (at WARNING the
 * first time per hook, step and exception class; at DEBUG afterwards). The caller always gets exactly
 * what the delegate returned or threw: the delegate's exception is rethrown as the same object,
 * whether checked or not.
 *
 * <p><b>Custom hooks.</b> Extend this class, implement the steps you need, give it a constructor
 * taking an {@link Endpoint} and name it in {@code @TracedEndpoint(hook = ...)}. The processor
 * generates a subclass that supplies {@link #recordRequest}/{@link #recordResponse} (calling yours
 * first when you implemented them) and empty {@link #preResponse}/{@link #postResponse} where you
 * left them abstract:
 *
 * <pre>{@code
 * public abstract class UsageHook extends EndpointHook<ChatRequest, ChatResponse> {
 *   protected UsageHook(Endpoint endpoint) { super(endpoint); }
 *
 *   @Override
 *   protected void postResponse(Span span, ChatRequest request, ChatResponse response, Throwable error) {
 *     if (response != null) {
 *       tagUsage(span, Tokens.estimate(request.prompt()), Tokens.estimate(response.text()), true);
 *     }
 *   }
 * }
 * }</pre>
 *
 * @param <A> the arguments of the call: the single parameter, or a generated holder of several
 * @param <R> the response type ({@link Void} for {@code void} methods)
 */
public abstract class EndpointHook<A, R> extends HookReaders<A, R> {

  private final Lifecycle<A, R> life;
  private final int maxRetained;
  private final boolean passThrough;

  /**
   * @param endpoint this endpoint's name, path and method and the client's tracing state
   */
  protected EndpointHook(Endpoint endpoint) {
    super(endpoint);
    this.life = new Lifecycle<>(this, endpoint);
    this.maxRetained = endpoint.tracing().settings().maxRetainedElements();
    this.passThrough = endpoint.tracing().disabled() && !hasEndpointLogic();
  }

  // ---------------------------------------------------------------- the templates

  /**
   * Runs one traced call of the delegate; see the class documentation for the steps. Allocates
   * nothing beyond what the tracer and the steps do: its state stays in locals.
   *
   * @return exactly what {@code invocation} returned
   */
  public final R call(A arguments, Invocation<A, R> invocation) {
    if (passThrough || life.suppressed()) {
      return direct(arguments, invocation);
    }
    long startNanos = life.startNanos();
    String model = life.startModel(arguments);
    Span span = life.start(arguments, model);
    Prompt prompt = life.prompt(span, arguments, model);
    R response = invoke(span, null, arguments, invocation, startNanos, model, prompt);
    life.succeeded(span, arguments, response, startNanos, model, prompt, null);
    return response;
  }

  /**
   * Runs one traced call whose result completes later ({@code CompletableFuture}, {@code
   * CompletionStage}): the span ends when the returned stage completes — normally, exceptionally or
   * by cancellation — not when the method returns. The caller gets the delegate's stage itself, so it
   * stays cancellable and chainable; the hook's steps see the completed value, with the span current.
   */
  public final <F extends CompletionStage<R>> F callAsync(A arguments, Invocation<A, F> invocation) {
    if (life.suppressed()) {
      return direct(arguments, invocation);
    }
    Call<A, R> call = begin(arguments, false);
    F stage = invoke(call.span, call, arguments, invocation, 0, null, null);
    if (stage == null) {
      call.complete();
      return null;
    }
    try {
      stage.whenComplete(call::completeStage);
    } catch (Throwable t) {
      reportFailure("whenComplete", t);
      call.complete();
    }
    return stage;
  }

  /**
   * Runs one traced call returning a lazy {@link Stream}: the span ends when the stream is consumed
   * to the end, fails, or is closed (or, as a safety net, when it becomes unreachable). The
   * returned stream stays lazy, keeps the delegate's close handlers and parallelism, and passes each
   * element to {@link #onElement}.
   */
  public final Stream<R> callStream(A arguments, Invocation<A, Stream<R>> invocation) {
    return streamed(arguments, invocation, Streamed::stream);
  }

  /**
   * Runs one traced call returning an {@link Iterator}: the span ends when {@code hasNext()} returns
   * false or the iterator fails (or, as a safety net, when it becomes unreachable).
   */
  public final Iterator<R> callIterator(A arguments, Invocation<A, Iterator<R>> invocation) {
    return streamed(arguments, invocation, Streamed::iterator);
  }

  /**
   * Runs one traced call returning an {@link Iterable}: the span covers the call and the first
   * iteration (it ends when the first iterator is exhausted or fails, or is abandoned); later
   * iterations pass through untraced.
   */
  public final Iterable<R> callIterable(A arguments, Invocation<A, Iterable<R>> invocation) {
    return streamed(arguments, invocation, Streamed::iterable);
  }

  /**
   * Runs one traced call returning a {@link Flow.Publisher}: the span covers the first subscription
   * and ends on {@code onComplete}, {@code onError} or cancellation; later subscriptions pass
   * through untraced.
   */
  public final Flow.Publisher<R> callPublisher(A arguments, Invocation<A, Flow.Publisher<R>> invocation) {
    return streamed(arguments, invocation, Streamed::publisher);
  }

  /**
   * Runs one traced call whose result type {@code T} is traced by a {@link ResultAdapter}: the span
   * ends when the adapted result reports its end to the {@link CallObserver} (or, as a safety net,
   * when what the caller holds becomes unreachable), and the hook's steps see the elements it
   * reports ({@code R} is the element type). The adapter runs with the span current. When the
   * delegate returns null, or {@code adapter} throws or returns null, the caller gets the delegate's
   * result unchanged and the span ends (the adapter's failure is logged, not recorded as the
   * call's error). With nothing to observe ({@link ClientTracing#disabled()} and no endpoint logic)
   * the delegate's result is returned without adapting.
   *
   * @return the adapted result (of the same type as the delegate's)
   */
  public final <T> T callAdapted(A arguments, Invocation<A, T> invocation, ResultAdapter<T, R> adapter) {
    if (passThrough) {
      return direct(arguments, invocation);
    }
    Call<A, R> call = begin(arguments, true);
    Scope scope = call.enter(); // one entry for the delegate and the adapter
    T result;
    try {
      result = invocation.invoke(arguments);
    } catch (Throwable error) {
      call.exit(scope);
      call.fail(error);
      throw Rethrow.<RuntimeException>unchanged(error);
    }
    if (result == null) {
      call.exit(scope);
      call.complete();
      return null;
    }
    T adapted = null;
    try {
      adapted = adapter.adapt(result, new Adapted<>(call));
      if (adapted == null) {
        reportFailure("adapt", new NullPointerException(adapter.getClass().getName() + ".adapt returned null"));
      }
    } catch (Throwable t) {
      reportFailure("adapt", t);
    } finally {
      call.exit(scope);
    }
    if (adapted == null) {
      call.complete();
      return result;
    }
    return adapted;
  }

  /** The four streamed templates: start, invoke, wrap the result (or end now when it is null). */
  private <T> T streamed(A arguments, Invocation<A, T> invocation, BiFunction<Call<A, R>, T, T> wrapper) {
    if (life.suppressed()) {
      return direct(arguments, invocation);
    }
    Call<A, R> call = begin(arguments, true);
    T result = invoke(call.span, call, arguments, invocation, 0, null, null);
    if (result == null) {
      call.complete();
      return null;
    }
    try {
      return wrapper.apply(call, result);
    } catch (Throwable t) {
      reportFailure("wrap", t);
      call.complete();
      return result;
    }
  }

  /** A suppressed or pass-through call: the delegate only, its result or exception unchanged. */
  private static <A, T> T direct(A arguments, Invocation<A, T> invocation) {
    try {
      return invocation.invoke(arguments);
    } catch (Throwable error) {
      throw Rethrow.<RuntimeException>unchanged(error);
    }
  }

  /** Starts a call whose response completes later. */
  private Call<A, R> begin(A arguments, boolean streamed) {
    long startNanos = life.startNanos();
    String model = life.startModel(arguments);
    Span span = life.start(arguments, model, streamed);
    Prompt prompt = life.prompt(span, arguments, model);
    StreamTally<R> tally = streamed ? life.tally(span, startNanos, model, maxRetained) : null;
    return new Call<>(life, span, arguments, startNanos, model, prompt, tally);
  }

  /**
   * Invokes the delegate with the span current. When it throws, the call fails ({@code call}, or for
   * a plain call the given state) and the same exception is rethrown.
   */
  private <T> T invoke(Span span, Call<A, R> call, A arguments, Invocation<A, T> invocation,
      long startNanos, String model, Prompt prompt) {
    Scope scope = call != null ? call.enter() : life.enter(span);
    T result;
    try {
      result = invocation.invoke(arguments);
    } catch (Throwable error) {
      life.exit(scope);
      if (call != null) {
        call.fail(error);
      } else {
        life.failed(span, arguments, error, startNanos, model, prompt, null);
      }
      throw Rethrow.<RuntimeException>unchanged(error);
    }
    life.exit(scope);
    return result;
  }

  // ---------------------------------------------------------------- the steps

  /**
   * Records the request attributes ({@code requestTags}) on the span builder before the span starts,
   * so that samplers see them. Not called with a no-op tracer. Generated; does nothing by default.
   */
  protected void recordStart(SpanBuilder span, A arguments) {}

  /**
   * Request logic that needs the started span (custom hooks). Called only while the span is
   * recording, after {@link #recordStart}.
   */
  protected abstract void recordRequest(Span span, A arguments);

  /** Endpoint-specific logic before the delegate is invoked; the span is not yet current. */
  protected abstract void preResponse(Span span, A arguments);

  /**
   * Records the response attributes ({@code responseTags}) after a successful call. Called only
   * while the span is recording. For streamed responses it gets the last element. Generated.
   */
  protected abstract void recordResponse(Span span, R response);

  /**
   * Endpoint-specific logic after the delegate returned ({@code error == null}) or threw ({@code
   * response == null}); the span is still open. For futures {@code response} is the completed
   * value; for streamed responses the last element (see {@link #postStream}).
   */
  protected abstract void postResponse(Span span, A arguments, R response, Throwable error);

  /**
   * Called with each element of a streamed response (Stream, Iterator, Iterable, Publisher), on the
   * consuming thread, as it passes to the caller. Does nothing by default.
   */
  protected void onElement(Span span, A arguments, R element) {}

  /**
   * The post-response step of a streamed response, with the elements it produced (at most {@link
   * TracingSettings#maxRetainedElements()} of them; the count is on the span as {@code
   * tracepoet.stream.elements}). By default calls {@link #postResponse} with the last element.
   */
  protected void postStream(Span span, A arguments, List<R> elements, Throwable error) {
    postResponse(span, arguments, elements.isEmpty() ? null : elements.get(elements.size() - 1), error);
  }

  /**
   * Whether this hook runs logic of its own in its steps (a custom hook does). When it does not and
   * nothing can be observed ({@link ClientTracing#disabled()}), plain calls skip the template and
   * invoke the delegate directly. Generated hooks without a custom hook return false; this is
   * called once, from the constructor, so it must not depend on subclass state.
   */
  protected boolean hasEndpointLogic() {
    return true;
  }
}
