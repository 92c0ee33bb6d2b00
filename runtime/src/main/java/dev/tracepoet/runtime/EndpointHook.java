package dev.tracepoet.runtime;

import dev.tracepoet.runtime.internal.Failures;
import dev.tracepoet.runtime.internal.Values;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/**
 * The template every traced endpoint runs through: one instance per endpoint and wrapper, shared by
 * all calls and threads.
 *
 * <p>{@link #call} (and its variants for responses that complete later: {@link #callAsync},
 * {@link #callStream}, {@link #callIterator}, {@link #callIterable}, {@link #callPublisher}) owns the
 * lifecycle and cannot be overridden:
 *
 * <ol>
 *   <li>start a {@link SpanKind#CLIENT CLIENT} span named by the endpoint's default name, with
 *       {@code <integration>.request.endpoint} and {@code .method} (when declared);
 *   <li>{@link #recordRequest} (the generated request tags; only when the span is recording);
 *   <li>{@link #preResponse} (endpoint-specific logic);
 *   <li>invoke the delegate with the span current;
 *   <li>on success {@link #recordResponse} (generated response tags, only when recording) and then
 *       {@link #postResponse} with the response; on failure: status ERROR, an exception event,
 *       {@code error.type} = the exception's class name, then {@link #postResponse} with the error;
 *   <li>end the span, exactly once — for futures when they complete, for streamed responses when
 *       they are consumed, fail, are closed or cancelled, or (safety net) become unreachable —
 *       and record the duration/error metrics.
 * </ol>
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
public abstract class EndpointHook<A, R> {

  /** The semantic-conventions key for the class of the exception a call failed with. */
  public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  /** GenAI semantic conventions: input (prompt) tokens. */
  public static final AttributeKey<Long> GEN_AI_INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");

  /** GenAI semantic conventions: output (completion) tokens. */
  public static final AttributeKey<Long> GEN_AI_OUTPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");

  /** Set on spans whose future, stream or subscription was cancelled or closed early. */
  public static final AttributeKey<Boolean> CANCELLED = AttributeKey.booleanKey("tracepoet.cancelled");

  /**
   * Set on spans of streamed responses that were never consumed to the end nor closed, and were
   * ended by the garbage-collection safety net.
   */
  public static final AttributeKey<Boolean> ABANDONED = AttributeKey.booleanKey("tracepoet.abandoned");

  /** The number of elements a streamed response produced. */
  public static final AttributeKey<Long> ELEMENTS = AttributeKey.longKey("tracepoet.stream.elements");

  private final Endpoint endpoint;
  private final Tracer tracer;
  private final ClientMetrics metrics;
  private final int characterLimit;
  private final boolean captureContent;
  private final long contentThreshold;
  private final Failures failures;
  private final AttributeKey<Long> promptTokensKey;
  private final AttributeKey<Long> completionTokensKey;
  private final AttributeKey<Long> totalTokensKey;
  private final AttributeKey<Boolean> usageEstimatedKey;
  private final AttributeKey<String> usageCountedByKey;
  private final AttributeKey<String> promptKey;
  private final AttributeKey<String> completionKey;
  private final String serverAddress;
  private final long serverPort;
  private final boolean genAi;
  private final boolean passThrough;

  /**
   * @param endpoint this endpoint's name, path and method and the client's tracing state
   */
  protected EndpointHook(Endpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    ClientTracing tracing = endpoint.tracing();
    this.tracer = tracing.tracer();
    this.metrics = tracing.metrics();
    TracingSettings settings = tracing.settings();
    this.characterLimit = settings.characterLimit();
    this.captureContent = settings.captureContent() && settings.contentSampleRate() > 0;
    this.contentThreshold = (long) (settings.contentSampleRate() * Long.MAX_VALUE);
    this.failures = new Failures(endpoint.toString());
    String integration = tracing.integration();
    String usage = integration + ".response.usage.";
    this.promptTokensKey = AttributeKey.longKey(usage + "prompt_tokens");
    this.completionTokensKey = AttributeKey.longKey(usage + "completion_tokens");
    this.totalTokensKey = AttributeKey.longKey(usage + "total_tokens");
    this.usageEstimatedKey = AttributeKey.booleanKey(usage + "estimated");
    this.usageCountedByKey = AttributeKey.stringKey(usage + "counted_by");
    this.serverAddress = settings.serverAddress();
    this.serverPort = settings.serverPort();
    this.genAi = endpoint.genAiOperation() != null;
    this.passThrough = tracing.disabled() && !hasEndpointLogic();
    this.promptKey = AttributeKey.stringKey(integration + ".request.prompt");
    this.completionKey = AttributeKey.stringKey(integration + ".response.completion");
  }

  /** This hook's endpoint. */
  public final Endpoint endpoint() {
    return endpoint;
  }

  /** The client's settings. */
  protected final TracingSettings settings() {
    return endpoint.tracing().settings();
  }

  // ---------------------------------------------------------------- the templates

  /**
   * Runs one traced call of the delegate; see the class documentation for the steps.
   *
   * @return exactly what {@code invocation} returned
   */
  public final R call(A arguments, Invocation<A, R> invocation) {
    if (passThrough) {
      try {
        return invocation.invoke(arguments);
      } catch (Throwable error) {
        throw EndpointHook.<RuntimeException>rethrow(error);
      }
    }
    long startNanos = startNanos();
    Span span = start(arguments);
    TokenCount prompt = promptTokens(span, arguments);
    Scope scope = enter(span);
    R response;
    try {
      response = invocation.invoke(arguments);
    } catch (Throwable error) {
      exit(scope);
      failed(span, arguments, error, startNanos);
      throw EndpointHook.<RuntimeException>rethrow(error);
    }
    exit(scope);
    succeeded(span, arguments, response, null, startNanos, prompt, null);
    return response;
  }

  /**
   * Runs one traced call whose result completes later ({@code CompletableFuture}, {@code
   * CompletionStage}): the span ends when the returned stage completes — normally, exceptionally or
   * by cancellation — not when the method returns. The caller gets the delegate's stage itself, so it
   * stays cancellable and chainable; the hook's steps see the completed value.
   */
  public final <F extends CompletionStage<R>> F callAsync(A arguments, Invocation<A, F> invocation) {
    long startNanos = startNanos();
    Span span = start(arguments);
    TokenCount prompt = promptTokens(span, arguments);
    Scope scope = enter(span);
    F stage;
    try {
      stage = invocation.invoke(arguments);
    } catch (Throwable error) {
      exit(scope);
      failed(span, arguments, error, startNanos);
      throw EndpointHook.<RuntimeException>rethrow(error);
    }
    exit(scope);
    if (stage == null) {
      succeeded(span, arguments, null, null, startNanos, prompt, null);
      return null;
    }
    PendingCall<A, R> pending = new PendingCall<>(this, span, arguments, startNanos, prompt);
    try {
      Context context = Context.current().with(span);
      stage.whenComplete(context.wrapConsumer(pending::completeStage));
    } catch (Throwable t) {
      failures.report("whenComplete", t);
      pending.finishNow();
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
    PendingCall<A, R> pending = startStreamed(arguments);
    Stream<R> stream = invokeStreamed(pending, arguments, invocation);
    if (stream == null) {
      pending.finishNow();
      return null;
    }
    try {
      return Streamed.stream(pending, stream);
    } catch (Throwable t) {
      failures.report("wrapStream", t);
      pending.finishNow();
      return stream;
    }
  }

  /**
   * Runs one traced call returning an {@link Iterator}: the span ends when {@code hasNext()} returns
   * false or the iterator fails (or, as a safety net, when it becomes unreachable).
   */
  public final Iterator<R> callIterator(A arguments, Invocation<A, Iterator<R>> invocation) {
    PendingCall<A, R> pending = startStreamed(arguments);
    Iterator<R> iterator = invokeStreamed(pending, arguments, invocation);
    if (iterator == null) {
      pending.finishNow();
      return null;
    }
    return Streamed.iterator(pending, iterator);
  }

  /**
   * Runs one traced call returning an {@link Iterable}: the span covers the call and the first
   * iteration (it ends when the first iterator is exhausted or fails, or is abandoned); later
   * iterations pass through untraced.
   */
  public final Iterable<R> callIterable(A arguments, Invocation<A, Iterable<R>> invocation) {
    PendingCall<A, R> pending = startStreamed(arguments);
    Iterable<R> iterable = invokeStreamed(pending, arguments, invocation);
    if (iterable == null) {
      pending.finishNow();
      return null;
    }
    return Streamed.iterable(pending, iterable);
  }

  /**
   * Runs one traced call returning a {@link Flow.Publisher}: the span covers the first subscription
   * and ends on {@code onComplete}, {@code onError} or cancellation; later subscriptions pass
   * through untraced.
   */
  public final Flow.Publisher<R> callPublisher(A arguments, Invocation<A, Flow.Publisher<R>> invocation) {
    PendingCall<A, R> pending = startStreamed(arguments);
    Flow.Publisher<R> publisher = invokeStreamed(pending, arguments, invocation);
    if (publisher == null) {
      pending.finishNow();
      return null;
    }
    return Streamed.publisher(pending, publisher);
  }

  private PendingCall<A, R> startStreamed(A arguments) {
    long startNanos = startNanos();
    Span span = start(arguments);
    TokenCount prompt = promptTokens(span, arguments);
    return new PendingCall<>(this, span, arguments, startNanos, prompt);
  }

  private <T> T invokeStreamed(PendingCall<A, R> pending, A arguments, Invocation<A, T> invocation) {
    Scope scope = enter(pending.span);
    T result;
    try {
      result = invocation.invoke(arguments);
    } catch (Throwable error) {
      exit(scope);
      pending.fail(error);
      throw EndpointHook.<RuntimeException>rethrow(error);
    }
    exit(scope);
    return result;
  }

  // ---------------------------------------------------------------- the steps

  /**
   * Records the request attributes ({@code requestTags}). Called only while the span is recording.
   * Generated.
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

  /**
   * Token wiring (generated from {@code @TracedEndpoint(prompt = ...)}): the request text whose
   * tokens are counted when the response carries no usage — a {@link CharSequence}, a {@code
   * List<? extends CharSequence>}, token ids ({@code int[]} or {@code List<Integer>}), or null.
   */
  protected Object promptSource(A arguments) {
    return null;
  }

  /**
   * Token wiring (generated from {@code completion = ...}): the completion text of a response, or
   * of one streamed element; null when none.
   */
  protected CharSequence completionText(R response) {
    return null;
  }

  /**
   * Token wiring (generated from {@code usage = ...}): records the usage the response reports with
   * {@link #tagUsage(Span, String, Number, Number, Number, boolean)} and returns true, or returns
   * false when the response has none.
   */
  protected boolean recordUsage(Span span, A arguments, R response) {
    return false;
  }

  /**
   * The model a call uses (generated when a request tag resolves the key {@code
   * <integration>.request.model}); used for metric attributes and for choosing the tokenizer.
   */
  protected String model(A arguments) {
    return null;
  }

  // ---------------------------------------------------------------- lifecycle, all contained

  private Span start(A arguments) {
    Span span;
    try {
      String operation = endpoint.genAiOperation();
      String name = endpoint.defaultName();
      if (operation != null) {
        String model = modelOrNull(arguments);
        name = model == null ? operation : operation + " " + model;
      }
      var builder = tracer.spanBuilder(name).setSpanKind(SpanKind.CLIENT);
      if (!endpoint.path().isEmpty()) {
        builder.setAttribute(endpoint.pathKey(), endpoint.path());
      }
      if (!endpoint.method().isEmpty()) {
        builder.setAttribute(endpoint.methodKey(), endpoint.method());
      }
      if (serverAddress != null) {
        builder.setAttribute(Endpoint.SERVER_ADDRESS, serverAddress);
        if (serverPort > 0) {
          builder.setAttribute(Endpoint.SERVER_PORT, serverPort);
        }
      }
      if (operation != null) {
        builder.setAttribute(Endpoint.GEN_AI_OPERATION, operation);
        builder.setAttribute(Endpoint.GEN_AI_PROVIDER, endpoint.tracing().genAiProvider());
      }
      span = builder.startSpan();
    } catch (Throwable t) {
      failures.report("start", t);
      span = Span.getInvalid();
    }
    try {
      if (span.isRecording()) {
        recordRequest(span, arguments);
      }
    } catch (Throwable t) {
      failures.report("recordRequest", t);
    }
    try {
      preResponse(span, arguments);
    } catch (Throwable t) {
      failures.report("preResponse", t);
    }
    return span;
  }

  /** Counts prompt tokens before the call, and captures the prompt text when enabled. */
  private TokenCount promptTokens(Span span, A arguments) {
    try {
      Object source = promptSource(arguments);
      if (source == null) {
        return null;
      }
      if (capturesContent(span)) {
        CharSequence text = TokenSources.text(source);
        if (text != null) {
          tagString(span, promptKey, text);
        }
      }
      return TokenSources.count(source, model(arguments));
    } catch (Throwable t) {
      failures.report("promptTokens", t);
      return null;
    }
  }

  /**
   * Whether prompt/completion content may be recorded on this span: capture is on, the span is
   * recording, and its trace falls within the content sample rate (deterministic per trace id).
   * Hooks that record content themselves should check this.
   */
  protected final boolean capturesContent(Span span) {
    if (!captureContent || !span.isRecording()) {
      return false;
    }
    if (contentThreshold == Long.MAX_VALUE) {
      return true;
    }
    // Deterministic per trace: the low 63 bits of the trace id's random part against the rate.
    String traceId = span.getSpanContext().getTraceId();
    long random = Long.parseUnsignedLong(traceId.substring(16), 16) >>> 1;
    return random < contentThreshold;
  }

  private Scope enter(Span span) {
    try {
      return span.makeCurrent();
    } catch (Throwable t) {
      failures.report("makeCurrent", t);
      return null;
    }
  }

  private void exit(Scope scope) {
    if (scope == null) {
      return;
    }
    try {
      scope.close();
    } catch (Throwable t) {
      failures.report("closeScope", t);
    }
  }

  /**
   * The success path: response tags, usage (reported or counted), post-response step, metrics, end.
   *
   * @param elements for streamed responses, the retained elements; else null
   * @param streamedCompletion for streamed responses, the accumulated completion text, if any
   */
  final void succeeded(
      Span span,
      A arguments,
      R response,
      List<R> elements,
      long startNanos,
      TokenCount prompt,
      CharSequence streamedCompletion) {
    try {
      if (span.isRecording() && response != null) {
        recordResponse(span, response);
      }
    } catch (Throwable t) {
      failures.report("recordResponse", t);
    }
    // The model is read only when something uses it (token counting, metrics), at most once.
    String model = null;
    boolean modelRead = false;
    try {
      boolean reported = response != null && recordUsage(span, arguments, response);
      if (!reported) {
        CharSequence completion = elements != null ? streamedCompletion : completionOrNull(response);
        if (prompt != null || completion != null) {
          model = modelOrNull(arguments);
          modelRead = true;
          TokenCount completionCount =
              completion == null ? null : Tokens.count(completion, model);
          if (completion != null && capturesContent(span)) {
            tagString(span, completionKey, completion);
          }
          countedUsage(span, model, prompt, completionCount);
        }
      } else if (capturesContent(span)) {
        CharSequence completion = elements != null ? streamedCompletion : completionOrNull(response);
        if (completion != null) {
          tagString(span, completionKey, completion);
        }
      }
    } catch (Throwable t) {
      failures.report("usage", t);
    }
    try {
      if (elements != null) {
        postStream(span, arguments, elements, null);
      } else {
        postResponse(span, arguments, response, null);
      }
    } catch (Throwable t) {
      failures.report("postResponse", t);
    }
    end(span, startNanos, modelRead || metrics == null ? model : modelOrNull(arguments), null);
  }

  final void failed(Span span, A arguments, Throwable error, long startNanos) {
    failed(span, arguments, error, startNanos, null);
  }

  /** The failure path: status, exception event, error.type, post-response step, metrics, end. */
  final void failed(Span span, A arguments, Throwable error, long startNanos, List<R> elements) {
    String errorType = error.getClass().getName();
    try {
      span.setStatus(StatusCode.ERROR);
      span.recordException(error);
      span.setAttribute(ERROR_TYPE, errorType);
    } catch (Throwable t) {
      failures.report("recordError", t);
    }
    try {
      if (elements != null) {
        postStream(span, arguments, elements, error);
      } else {
        postResponse(span, arguments, null, error);
      }
    } catch (Throwable t) {
      failures.report("postResponse", t);
    }
    end(span, startNanos, metrics == null ? null : modelOrNull(arguments), errorType);
  }

  /** Streamed element: passes it to the hook; contained. */
  final void element(Span span, A arguments, R element) {
    try {
      onElement(span, arguments, element);
    } catch (Throwable t) {
      failures.report("onElement", t);
    }
  }

  /** The completion text of one streamed element; contained. */
  final CharSequence completionOrNull(R response) {
    if (response == null) {
      return null;
    }
    try {
      return completionText(response);
    } catch (Throwable t) {
      failures.report("completionText", t);
      return null;
    }
  }

  /** The start time for the duration metrics; not read (about 30 ns on some VMs) without metrics. */
  private long startNanos() {
    return metrics == null ? 0L : System.nanoTime();
  }

  private String modelOrNull(A arguments) {
    try {
      return model(arguments);
    } catch (Throwable t) {
      failures.report("model", t);
      return null;
    }
  }

  private void countedUsage(Span span, String model, TokenCount prompt, TokenCount completion) {
    long promptTokens = prompt == null ? 0 : prompt.tokens();
    long completionTokens = completion == null ? 0 : completion.tokens();
    boolean exact = (prompt == null || !prompt.estimated()) && (completion == null || !completion.estimated());
    tagUsage(span, model, promptTokens, completionTokens, null, true);
    span.setAttribute(usageCountedByKey, exact ? "tokenizer" : "estimate");
  }

  private void end(Span span, long startNanos, String model, String errorType) {
    try {
      span.end();
    } catch (Throwable t) {
      failures.report("end", t);
    }
    if (metrics != null) {
      try {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        if (errorType == null) {
          metrics.duration.record(seconds, endpoint.metricAttributes(model));
        } else {
          Attributes attributes = endpoint.metricAttributes(model, errorType);
          metrics.duration.record(seconds, attributes);
          metrics.errors.add(1, attributes);
        }
        if (genAi && metrics.genAiDuration != null) {
          Attributes attributes = endpoint.genAiMetricAttributes(model);
          if (errorType != null) {
            attributes = attributes.toBuilder().put(ERROR_TYPE, errorType).build();
          }
          metrics.genAiDuration.record(seconds, attributes);
        }
      } catch (Throwable t) {
        failures.report("metrics", t);
      }
    }
  }

  final void report(String stage, Throwable t) {
    failures.report(stage, t);
  }

  final int maxRetainedElements() {
    return endpoint.tracing().settings().maxRetainedElements();
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException rethrow(Throwable error) throws T {
    // The invocation can only throw what the delegate method declares (or unchecked exceptions),
    // so rethrowing it as-is keeps the wrapper's throws clause truthful.
    throw (T) error;
  }

  // ---------------------------------------------------------------- typed attribute helpers

  /** Records {@code value} truncated to the character limit; {@code null} records nothing. */
  protected final void tagString(Span span, AttributeKey<String> key, CharSequence value) {
    if (value != null) {
      span.setAttribute(key, Values.truncate(value, characterLimit));
    }
  }

  /** Records a secret (an API key) masked as {@code sk-...} plus its last 4 characters. */
  protected final void tagSecret(Span span, AttributeKey<String> key, CharSequence secret) {
    if (secret != null) {
      span.setAttribute(key, Values.mask(secret));
    }
  }

  /**
   * The text of a token-wiring value: a {@link CharSequence} as is, a collection of them joined by
   * newlines, anything else null.
   */
  protected static CharSequence textOf(Object value) {
    return TokenSources.text(value);
  }

  /** {@code secret} masked as {@code sk-...} plus its last 4 characters (for array elements). */
  protected static String masked(CharSequence secret) {
    return secret == null ? null : Values.mask(secret);
  }

  /** Records an integral number. */
  protected final void tagLong(Span span, AttributeKey<Long> key, long value) {
    span.setAttribute(key, value);
  }

  /** Records an integral number; {@code null} records nothing. */
  protected final void tagLong(Span span, AttributeKey<Long> key, Number value) {
    if (value != null) {
      span.setAttribute(key, value.longValue());
    }
  }

  /** Records a floating point number. */
  protected final void tagDouble(Span span, AttributeKey<Double> key, double value) {
    span.setAttribute(key, value);
  }

  /** Records a floating point number; {@code null} records nothing. */
  protected final void tagDouble(Span span, AttributeKey<Double> key, Number value) {
    if (value != null) {
      span.setAttribute(key, value.doubleValue());
    }
  }

  /** Records a boolean. */
  protected final void tagBoolean(Span span, AttributeKey<Boolean> key, boolean value) {
    span.setAttribute(key, value);
  }

  /** Records a boolean; {@code null} records nothing. */
  protected final void tagBoolean(Span span, AttributeKey<Boolean> key, Boolean value) {
    if (value != null) {
      span.setAttribute(key, value.booleanValue());
    }
  }

  /** Records an enum constant's {@link Enum#name()}; {@code null} records nothing. */
  protected final void tagEnum(Span span, AttributeKey<String> key, Enum<?> value) {
    if (value != null) {
      span.setAttribute(key, value.name());
    }
  }

  /**
   * Records {@code value.toString()}, truncated; {@code null} records nothing, and a {@code
   * toString()} that throws records nothing (and is logged once).
   */
  protected final void tagObject(Span span, AttributeKey<String> key, Object value) {
    if (value == null) {
      return;
    }
    String text;
    try {
      text = value.toString();
    } catch (Throwable e) { // a throwing or endlessly recursive toString must not cost other tags
      failures.report("toString of " + key.getKey(), e);
      return;
    }
    tagString(span, key, text);
  }

  /**
   * Records a string array attribute, each element truncated and {@code null} elements skipped;
   * {@code null} records nothing.
   */
  protected final void tagStrings(Span span, AttributeKey<List<String>> key, List<String> values) {
    if (values == null) {
      return;
    }
    List<String> cleaned = values;
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value == null || value.length() > characterLimit) {
        if (cleaned == values) {
          cleaned = new ArrayList<>(values.subList(0, i));
        }
        if (value != null) {
          cleaned.add(Values.truncate(value, characterLimit));
        }
      } else if (cleaned != values) {
        cleaned.add(value);
      }
    }
    span.setAttribute(key, cleaned);
  }

  /** Records an integral array attribute; {@code null} records nothing. */
  protected final void tagLongs(Span span, AttributeKey<List<Long>> key, List<Long> values) {
    if (values != null) {
      span.setAttribute(key, values);
    }
  }

  /** Records a floating point array attribute; {@code null} records nothing. */
  protected final void tagDoubles(Span span, AttributeKey<List<Double>> key, List<Double> values) {
    if (values != null) {
      span.setAttribute(key, values);
    }
  }

  /** Records a boolean array attribute; {@code null} records nothing. */
  protected final void tagBooleans(Span span, AttributeKey<List<Boolean>> key, List<Boolean> values) {
    if (values != null) {
      span.setAttribute(key, values);
    }
  }

  /**
   * Records one attribute per entry, keyed {@code <keyPrefix>.<entry key>}, each typed like {@link
   * #tagValue}; {@code null} keys and values are skipped.
   */
  protected final void tagMap(Span span, String keyPrefix, Map<?, ?> map) {
    if (map == null) {
      return;
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (entry.getKey() != null) {
        tagValue(span, keyPrefix + "." + entry.getKey(), entry.getValue());
      }
    }
  }

  /**
   * Records a value whose type is only known at run time, using the same typing rules as generated
   * code: booleans, integral numbers ({@code long}), floating point numbers ({@code double}),
   * character sequences (truncated), enums ({@code name()}), maps (flattened), anything else {@code
   * toString()} (truncated). {@code null} records nothing.
   */
  protected final void tagValue(Span span, String key, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Boolean) {
      span.setAttribute(AttributeKey.booleanKey(key), (Boolean) value);
    } else if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      span.setAttribute(AttributeKey.longKey(key), ((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      span.setAttribute(AttributeKey.doubleKey(key), ((Number) value).doubleValue());
    } else if (value instanceof CharSequence) {
      tagString(span, AttributeKey.stringKey(key), (CharSequence) value);
    } else if (value instanceof Enum<?>) {
      tagEnum(span, AttributeKey.stringKey(key), (Enum<?>) value);
    } else if (value instanceof Map<?, ?>) {
      tagMap(span, key, (Map<?, ?>) value);
    } else if (value instanceof Collection<?>) {
      tagCollection(span, key, (Collection<?>) value);
    } else {
      tagObject(span, AttributeKey.stringKey(key), value);
    }
  }

  /** A collection as the array attribute of its element type (strings when mixed). */
  private void tagCollection(Span span, String key, Collection<?> values) {
    boolean booleans = true;
    boolean longs = true;
    boolean doubles = true;
    for (Object value : values) {
      if (value == null) {
        continue;
      }
      booleans &= value instanceof Boolean;
      longs &= value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
      doubles &= value instanceof Double || value instanceof Float;
    }
    List<Object> present = new ArrayList<>(values.size());
    for (Object value : values) {
      if (value != null) {
        present.add(value);
      }
    }
    if (present.isEmpty()) {
      span.setAttribute(AttributeKey.stringArrayKey(key), List.of());
    } else if (booleans) {
      List<Boolean> out = new ArrayList<>(present.size());
      present.forEach(v -> out.add((Boolean) v));
      span.setAttribute(AttributeKey.booleanArrayKey(key), out);
    } else if (longs) {
      List<Long> out = new ArrayList<>(present.size());
      present.forEach(v -> out.add(((Number) v).longValue()));
      span.setAttribute(AttributeKey.longArrayKey(key), out);
    } else if (doubles) {
      List<Double> out = new ArrayList<>(present.size());
      present.forEach(v -> out.add(((Number) v).doubleValue()));
      span.setAttribute(AttributeKey.doubleArrayKey(key), out);
    } else {
      List<String> out = new ArrayList<>(present.size());
      for (Object v : present) {
        String text;
        try {
          text = v instanceof Enum<?> ? ((Enum<?>) v).name() : v.toString();
        } catch (Throwable e) {
          failures.report("toString of " + key, e);
          continue;
        }
        out.add(Values.truncate(text, characterLimit));
      }
      span.setAttribute(AttributeKey.stringArrayKey(key), out);
    }
  }

  /**
   * Records token usage as {@code <integration>.response.usage.prompt_tokens}, {@code
   * completion_tokens} and {@code total_tokens} (their sum), and {@code
   * <integration>.response.usage.estimated = true} when the counts were computed locally rather than
   * reported by the API. Also records the token usage metric.
   */
  protected final void tagUsage(
      Span span, long promptTokens, long completionTokens, boolean estimated) {
    tagUsage(span, null, promptTokens, completionTokens, null, estimated);
  }

  /**
   * Records token usage (see {@link #tagUsage(Span, long, long, boolean)}); {@code null} counts are
   * skipped, a {@code null} total is the sum of the others. {@code model} (may be null) is added to
   * the token usage metric's attributes.
   */
  protected final void tagUsage(
      Span span, String model, Number promptTokens, Number completionTokens, Number totalTokens,
      boolean estimated) {
    if (promptTokens != null) {
      span.setAttribute(promptTokensKey, promptTokens.longValue());
    }
    if (completionTokens != null) {
      span.setAttribute(completionTokensKey, completionTokens.longValue());
    }
    if (totalTokens != null) {
      span.setAttribute(totalTokensKey, totalTokens.longValue());
    } else if (promptTokens != null || completionTokens != null) {
      long sum = (promptTokens == null ? 0 : promptTokens.longValue())
          + (completionTokens == null ? 0 : completionTokens.longValue());
      span.setAttribute(totalTokensKey, sum);
    }
    if (estimated) {
      span.setAttribute(usageEstimatedKey, true);
    }
    if (genAi) {
      if (promptTokens != null) {
        span.setAttribute(GEN_AI_INPUT_TOKENS, promptTokens.longValue());
      }
      if (completionTokens != null) {
        span.setAttribute(GEN_AI_OUTPUT_TOKENS, completionTokens.longValue());
      }
    }
    if (metrics != null && metrics.genAiTokens != null && genAi) {
      if (promptTokens != null) {
        metrics.genAiTokens.record(promptTokens.longValue(), endpoint.tokenAttributes(model, true, true));
      }
      if (completionTokens != null) {
        metrics.genAiTokens.record(completionTokens.longValue(), endpoint.tokenAttributes(model, false, true));
      }
    }
    if (metrics != null) {
      if (promptTokens != null) {
        metrics.tokens.record(promptTokens.longValue(), endpoint.tokenAttributes(model, true, false));
      }
      if (completionTokens != null) {
        metrics.tokens.record(completionTokens.longValue(), endpoint.tokenAttributes(model, false, false));
      }
    }
  }

  /** The keys {@link #tagUsage} records, for hooks that record usage counts one by one. */
  protected final AttributeKey<Long> usageKey(String count) {
    switch (count) {
      case "prompt_tokens":
        return promptTokensKey;
      case "completion_tokens":
        return completionTokensKey;
      case "total_tokens":
        return totalTokensKey;
      default:
        throw new IllegalArgumentException(count);
    }
  }

  /** Reports a failure inside tracing code (logged once per hook, stage and exception class). */
  protected final void reportFailure(String stage, Throwable failure) {
    failures.report(stage, failure);
  }
}
