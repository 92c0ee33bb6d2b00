package dev.tracepoet.runtime;

import dev.tracepoet.runtime.internal.Failures;
import dev.tracepoet.runtime.internal.Values;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The template every traced endpoint runs through: one instance per endpoint and wrapper, shared by
 * all calls and threads.
 *
 * <p>{@link #call} owns the lifecycle and cannot be overridden:
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
 *   <li>end the span, exactly once.
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

  /** Calls the delegate. Generated wrappers create one per endpoint, once. */
  @FunctionalInterface
  public interface Invocation<A, R> {
    /** Invokes the delegate; any exception it throws is rethrown to the caller unchanged. */
    R invoke(A arguments) throws Throwable;
  }

  /** The semantic-conventions key for the class of the exception a call failed with. */
  public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  private final Endpoint endpoint;
  private final Tracer tracer;
  private final int characterLimit;
  private final Failures failures;
  private final AttributeKey<Long> promptTokensKey;
  private final AttributeKey<Long> completionTokensKey;
  private final AttributeKey<Long> totalTokensKey;
  private final AttributeKey<Boolean> usageEstimatedKey;

  /**
   * @param endpoint this endpoint's name, path and method and the client's tracing state
   */
  protected EndpointHook(Endpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.tracer = endpoint.tracing().tracer();
    this.characterLimit = endpoint.tracing().settings().characterLimit();
    this.failures = new Failures(endpoint.toString());
    String usage = endpoint.tracing().integration() + ".response.usage.";
    this.promptTokensKey = AttributeKey.longKey(usage + "prompt_tokens");
    this.completionTokensKey = AttributeKey.longKey(usage + "completion_tokens");
    this.totalTokensKey = AttributeKey.longKey(usage + "total_tokens");
    this.usageEstimatedKey = AttributeKey.booleanKey(usage + "estimated");
  }

  /** This hook's endpoint. */
  public final Endpoint endpoint() {
    return endpoint;
  }

  /** The client's settings. */
  protected final TracingSettings settings() {
    return endpoint.tracing().settings();
  }

  /**
   * Runs one traced call of the delegate; see the class documentation for the steps.
   *
   * @return exactly what {@code invocation} returned
   */
  public final R call(A arguments, Invocation<A, R> invocation) {
    Span span = start(arguments);
    Scope scope = enter(span);
    R response;
    try {
      response = invocation.invoke(arguments);
    } catch (Throwable error) {
      exit(scope);
      failed(span, arguments, error);
      throw EndpointHook.<RuntimeException>rethrow(error);
    }
    exit(scope);
    succeeded(span, arguments, response);
    return response;
  }

  /**
   * Records the request attributes ({@code requestTags}). Called only while the span is recording.
   * Generated.
   */
  protected abstract void recordRequest(Span span, A arguments);

  /** Endpoint-specific logic before the delegate is invoked; the span is not yet current. */
  protected abstract void preResponse(Span span, A arguments);

  /**
   * Records the response attributes ({@code responseTags}) after a successful call. Called only
   * while the span is recording. Generated.
   */
  protected abstract void recordResponse(Span span, R response);

  /**
   * Endpoint-specific logic after the delegate returned ({@code error == null}) or threw ({@code
   * response == null}); the span is still open.
   */
  protected abstract void postResponse(Span span, A arguments, R response, Throwable error);

  // ---------------------------------------------------------------- lifecycle, all contained

  private Span start(A arguments) {
    Span span;
    try {
      var builder = tracer.spanBuilder(endpoint.defaultName()).setSpanKind(SpanKind.CLIENT);
      if (!endpoint.path().isEmpty()) {
        builder.setAttribute(endpoint.pathKey(), endpoint.path());
      }
      if (!endpoint.method().isEmpty()) {
        builder.setAttribute(endpoint.methodKey(), endpoint.method());
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

  private void succeeded(Span span, A arguments, R response) {
    try {
      if (span.isRecording()) {
        recordResponse(span, response);
      }
    } catch (Throwable t) {
      failures.report("recordResponse", t);
    }
    try {
      postResponse(span, arguments, response, null);
    } catch (Throwable t) {
      failures.report("postResponse", t);
    }
    end(span);
  }

  private void failed(Span span, A arguments, Throwable error) {
    try {
      span.setStatus(StatusCode.ERROR);
      span.recordException(error);
      span.setAttribute(ERROR_TYPE, error.getClass().getName());
    } catch (Throwable t) {
      failures.report("recordError", t);
    }
    try {
      postResponse(span, arguments, null, error);
    } catch (Throwable t) {
      failures.report("postResponse", t);
    }
    end(span);
  }

  private void end(Span span) {
    try {
      span.end();
    } catch (Throwable t) {
      failures.report("end", t);
    }
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

  /** {@code secret} masked as {@code sk-...} plus its last 4 characters (for array elements). */
  protected static String masked(CharSequence secret) {
    return Values.mask(secret);
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
    } catch (RuntimeException e) {
      failures.report("toString of " + key.getKey(), e);
      return;
    }
    tagString(span, key, text);
  }

  /** Records a string array attribute, each element truncated; {@code null} records nothing. */
  protected final void tagStrings(Span span, AttributeKey<List<String>> key, List<String> values) {
    if (values == null) {
      return;
    }
    List<String> truncated = values;
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value.length() > characterLimit) {
        if (truncated == values) {
          truncated = new ArrayList<>(values);
        }
        truncated.set(i, Values.truncate(value, characterLimit));
      }
    }
    span.setAttribute(key, truncated);
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
    } else {
      tagObject(span, AttributeKey.stringKey(key), value);
    }
  }

  /**
   * Records token usage as {@code <integration>.response.usage.prompt_tokens}, {@code
   * completion_tokens} and {@code total_tokens} (their sum), and {@code
   * <integration>.response.usage.estimated = true} when the counts were estimated.
   */
  protected final void tagUsage(
      Span span, long promptTokens, long completionTokens, boolean estimated) {
    span.setAttribute(promptTokensKey, promptTokens);
    span.setAttribute(completionTokensKey, completionTokens);
    span.setAttribute(totalTokensKey, promptTokens + completionTokens);
    if (estimated) {
      span.setAttribute(usageEstimatedKey, true);
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
