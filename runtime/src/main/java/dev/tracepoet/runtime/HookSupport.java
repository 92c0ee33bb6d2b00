package dev.tracepoet.runtime;

import dev.tracepoet.runtime.internal.Failures;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import java.util.List;
import java.util.Objects;

/**
 * What a hook's steps can use besides the span: {@link #tags} (typed, masking attribute recording),
 * token usage ({@link #tagUsage}), content-capture sampling ({@link #capturesContent}), the
 * settings and failure reporting. The superclass of {@link EndpointHook}, which is the type to
 * extend; this class cannot be extended otherwise.
 *
 * <p>Attributes are recorded through {@link #tags}: {@code tags.string(span, KEY, value)} and so
 * on, on the started span or (in {@link EndpointHook#recordStart}) on the span builder.
 */
public abstract class HookSupport {
  /** See {@link TracepoetAttributes#ERROR_TYPE}. */
  public static final AttributeKey<String> ERROR_TYPE = TracepoetAttributes.ERROR_TYPE;

  /** See {@link TracepoetAttributes#GEN_AI_INPUT_TOKENS}. */
  public static final AttributeKey<Long> GEN_AI_INPUT_TOKENS = TracepoetAttributes.GEN_AI_INPUT_TOKENS;

  /** See {@link TracepoetAttributes#GEN_AI_OUTPUT_TOKENS}. */
  public static final AttributeKey<Long> GEN_AI_OUTPUT_TOKENS = TracepoetAttributes.GEN_AI_OUTPUT_TOKENS;

  /** See {@link TracepoetAttributes#CANCELLED}. */
  public static final AttributeKey<Boolean> CANCELLED = TracepoetAttributes.CANCELLED;

  /** See {@link TracepoetAttributes#ABANDONED}. */
  public static final AttributeKey<Boolean> ABANDONED = TracepoetAttributes.ABANDONED;

  /** See {@link TracepoetAttributes#ELEMENTS}. */
  public static final AttributeKey<Long> ELEMENTS = TracepoetAttributes.ELEMENTS;
  /**
   * Typed, null-safe, masking attribute recording for this hook's steps (see {@link Tags}). A field,
   * not a method, so that it cannot clash with methods a user's hook declares.
   */
  protected final Tags tags;

  private final Endpoint endpoint;
  private final Failures failures;
  private final CallMetrics metrics;
  private final UsageCapture usage;
  private final boolean integrationCopies;

  HookSupport(Endpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    ClientTracing tracing = endpoint.tracing();
    this.failures = new Failures(endpoint.toString());
    this.tags = new Tags(tracing.settings().characterLimit(), failures);
    this.metrics = tracing.metrics() == null ? null : new CallMetrics(tracing.metrics(), endpoint);
    this.usage = new UsageCapture(endpoint, tags, metrics, failures);
    this.integrationCopies = tracing.settings().genAi().integrationCopies();
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
   * Whether prompt/completion content may be recorded on this span: capture is on, the span is
   * recording, and its trace falls within the content sample rate (deterministic per trace id).
   * Hooks that record content themselves should check this.
   */
  protected final boolean capturesContent(Span span) {
    return usage.capturesContent(span);
  }

  final Failures failures() {
    return failures;
  }

  final CallMetrics metrics() {
    return metrics;
  }

  final UsageCapture usage() {
    return usage;
  }


  /**
   * Records token usage as {@code <integration>.response.usage.prompt_tokens}, {@code
   * completion_tokens} and {@code total_tokens} (their sum), and {@code
   * <integration>.response.usage.estimated = true} when the counts were computed locally rather than
   * reported by the API. Also records the token usage metric.
   */
  protected final void tagUsage(Span span, long promptTokens, long completionTokens, boolean estimated) {
    usage.tagUsage(span, null, promptTokens, completionTokens, null, estimated);
  }

  /**
   * Records token usage (see {@link #tagUsage(Span, long, long, boolean)}); {@code null} counts are
   * skipped, a {@code null} total is the sum of the others. {@code model} (may be null) is added to
   * the token usage metric's attributes.
   */
  protected final void tagUsage(Span span, String model, Number promptTokens, Number completionTokens,
      Number totalTokens, boolean estimated) {
    usage.tagUsage(span, model, promptTokens, completionTokens, totalTokens, estimated);
  }

  /**
   * Records token usage with its details (see {@link #tagUsage(Span, String, Number, Number, Number,
   * boolean)}; the counts are reported, not estimated): {@code gen_ai.usage.cache_read.input_tokens},
   * {@code gen_ai.usage.cache_creation.input_tokens} and {@code gen_ai.usage.reasoning.output_tokens}
   * in GenAI mode (else {@code <integration>.response.usage.cache_read_input_tokens}, {@code
   * cache_creation_input_tokens}, {@code reasoning_tokens}). {@code gen_ai.usage.input_tokens} and
   * the input token metric include the cached tokens, as the conventions say: when {@code
   * inputExcludesCache} (Anthropic's {@code input_tokens}), the cache counts are added to {@code
   * promptTokens}. {@code null} counts are skipped.
   */
  protected final void tagUsage(Span span, String model, Number promptTokens, Number completionTokens,
      Number totalTokens, Number cacheReadTokens, Number cacheCreationTokens, Number reasoningTokens,
      boolean inputExcludesCache) {
    usage.tagUsage(span, model, promptTokens, completionTokens, totalTokens, cacheReadTokens, cacheCreationTokens,
        reasoningTokens, inputExcludesCache, false);
  }

  /** The keys {@link #tagUsage} records, for hooks that record usage counts one by one. */
  protected final AttributeKey<Long> usageKey(String count) {
    return usage.usageKey(count);
  }

  /** Reports a failure inside tracing code (logged once per hook, stage and exception class). */
  protected final void reportFailure(String stage, Throwable failure) {
    failures.report(stage, failure);
  }

  /**
   * The text of a token-wiring value: a {@link CharSequence} as is, a collection of them joined by
   * newlines, anything else null.
   */
  protected static CharSequence textOf(Object value) {
    return TokenSources.text(value);
  }

  /**
   * The text of a value read by generated code (the model of a call): {@code toString()} of the
   * value, or of the present value of an {@code Optional}; null for null or empty.
   */
  protected static String stringOf(Object value) {
    Object present = value instanceof java.util.Optional<?> ? ((java.util.Optional<?>) value).orElse(null) : value;
    return present == null ? null : present.toString();
  }

  // ------------------------------------------- GenAI conventions (generated code)

  /**
   * Adds one tool to {@code tools} from the values generated {@code toolDefinitions} code reads
   * (each may be an {@code Optional}; see {@link #stringOf}): its type (null: {@code function}),
   * name (null: the tool is skipped), description and parameters (written as JSON values).
   */
  protected static void toolDefinition(GenAiToolDefinitions tools, Object type, Object name, Object description,
      Object parameters) {
    Object schema = parameters instanceof java.util.Optional<?> ? ((java.util.Optional<?>) parameters).orElse(null) : parameters;
    tools.tool(stringOf(type), stringOf(name), stringOf(description), schema);
  }

  /**
   * Whether values that have a GenAI key are also recorded under their {@code <integration>.*} key
   * ({@link GenAiSettings#integrationCopies()}); generated GenAI tags check it.
   */
  protected final boolean integrationCopies() {
    return integrationCopies;
  }

  /** Records {@code gen_ai.request.choice.count} (or another count) unless it is 1, the default. */
  protected final void tagChoiceCount(Span span, AttributeKey<Long> key, long count) {
    if (count != 1) {
      tags.longValue(span, key, count);
    }
  }

  /** As {@link #tagChoiceCount(Span, AttributeKey, long)}, on the span builder (request tags). */
  protected final void tagChoiceCount(SpanBuilder span, AttributeKey<Long> key, long count) {
    if (count != 1) {
      tags.longValue(span, key, count);
    }
  }

  /** As {@link #tagChoiceCount(Span, AttributeKey, long)}; null records nothing. */
  protected final void tagChoiceCount(Span span, AttributeKey<Long> key, Number count) {
    if (count != null) {
      tagChoiceCount(span, key, count.longValue());
    }
  }

  /** As {@link #tagChoiceCount(Span, AttributeKey, Number)}, on the span builder (request tags). */
  protected final void tagChoiceCount(SpanBuilder span, AttributeKey<Long> key, Number count) {
    if (count != null) {
      tagChoiceCount(span, key, count.longValue());
    }
  }

  /**
   * Records one value as a string array of one (a single {@code stop} string as {@code
   * gen_ai.request.stop_sequences}): an enum by its name, anything else by {@code toString()},
   * truncated; null records nothing.
   */
  protected final void tagAsList(Span span, AttributeKey<List<String>> key, Object value) {
    if (value != null) {
      tags.strings(span, key, List.of(singleText(value)));
    }
  }

  /** As {@link #tagAsList(Span, AttributeKey, Object)}, on the span builder (request tags). */
  protected final void tagAsList(SpanBuilder span, AttributeKey<List<String>> key, Object value) {
    if (value != null) {
      tags.strings(span, key, List.of(singleText(value)));
    }
  }

  private static String singleText(Object value) {
    return value instanceof Enum ? ((Enum<?>) value).name() : value.toString();
  }

  // ------------------------------------------- path alternatives and error tags (generated code)

  /**
   * Records the first present value of a {@code "key=a|b"} tag's alternatives (which the generated
   * code reads in order, reporting a throwing one through {@link #reportFailure}) by {@code key}'s type: a string (an enum by its
   * name, else {@code toString()}, truncated; masked when {@code masked}), long, double or boolean,
   * or an array of those (a single value becomes an array of one); null records nothing.
   */
  protected final void tagFirst(Span span, AttributeKey<?> key, Object value, boolean masked) {
    FirstPresent.record(tags, span, key, value, masked);
  }

  /** As {@link #tagFirst(Span, AttributeKey, Object, boolean)}, on the span builder (request tags). */
  protected final void tagFirst(SpanBuilder span, AttributeKey<?> key, Object value, boolean masked) {
    FirstPresent.record(tags, span, key, value, masked);
  }

  /**
   * {@code text} (trimmed) as a long, or null when it is null or not an integer: what the path
   * pseudo-property {@code asLong} reads from a string (a numeric header such as {@code
   * x-ratelimit-remaining-requests}).
   */
  protected static Long parseLong(CharSequence text) {
    if (text == null) {
      return null;
    }
    try {
      return Long.parseLong(text.toString().trim());
    } catch (NumberFormatException e) {
      return null; // e.g. a retry-after HTTP date
    }
  }

  /**
   * Records attributes read from the exception that ended a failed call (generated from {@code
   * @ErrorTags}), after the error status and before the post-response step; runs only when the span
   * is recording. Does nothing by default.
   */
  protected void recordError(Span span, Throwable error) {}

  /**
   * The {@code error.type} of a failed call (span and metrics): null (the default) means the
   * exception's class name. Generated error tags keyed {@code error.type} override it, e.g. with
   * the HTTP status code.
   */
  protected String errorType(Throwable error) {
    return null;
  }
}
