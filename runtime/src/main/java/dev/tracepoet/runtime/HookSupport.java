package dev.tracepoet.runtime;

import dev.tracepoet.runtime.internal.Failures;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a hook's steps can use besides the span: {@link #tags} (typed, masking attribute recording),
 * token usage ({@link #tagUsage}), content-capture sampling ({@link #capturesContent}), the
 * settings and failure reporting. The superclass of {@link EndpointHook}, which is the type to
 * extend; this class cannot be extended otherwise.
 *
 * <p>The {@code tag*} methods are one-line delegates to {@link Tags}, kept for the code the
 * processor generates today; new code should call {@code tags.string(...)} etc.
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

  // ------------------------------------------- GenAI conventions (generated code)

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

  /** As {@link #tagChoiceCount(Span, AttributeKey, long)}; null records nothing. */
  protected final void tagChoiceCount(Span span, AttributeKey<Long> key, Number count) {
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
      tags.strings(span, key, List.of(value instanceof Enum ? ((Enum<?>) value).name() : value.toString()));
    }
  }

  // ------------------------------------------- kept for generated code until the processor uses tags

  /** Same as {@link Tags#string(Span, AttributeKey, CharSequence)}; kept for generated code. */
  protected final void tagString(Span span, AttributeKey<String> key, CharSequence value) {
    tags.string(span, key, value);
  }

  /** Same as {@link Tags#secret}; kept for generated code. */
  protected final void tagSecret(Span span, AttributeKey<String> key, CharSequence secret) {
    tags.secret(span, key, secret);
  }

  /** Same as {@link Tags#mask}; kept for generated code (array elements). */
  protected static String masked(CharSequence secret) {
    return Tags.mask(secret);
  }

  /** Same as {@link Tags#longValue(Span, AttributeKey, long)}; kept for generated code. */
  protected final void tagLong(Span span, AttributeKey<Long> key, long value) {
    tags.longValue(span, key, value);
  }

  /** Same as {@link Tags#longValue(Span, AttributeKey, Number)}; kept for generated code. */
  protected final void tagLong(Span span, AttributeKey<Long> key, Number value) {
    tags.longValue(span, key, value);
  }

  /** Same as {@link Tags#doubleValue(Span, AttributeKey, double)}; kept for generated code. */
  protected final void tagDouble(Span span, AttributeKey<Double> key, double value) {
    tags.doubleValue(span, key, value);
  }

  /** Same as {@link Tags#doubleValue(Span, AttributeKey, Number)}; kept for generated code. */
  protected final void tagDouble(Span span, AttributeKey<Double> key, Number value) {
    tags.doubleValue(span, key, value);
  }

  /** Same as {@link Tags#booleanValue(Span, AttributeKey, boolean)}; kept for generated code. */
  protected final void tagBoolean(Span span, AttributeKey<Boolean> key, boolean value) {
    tags.booleanValue(span, key, value);
  }

  /** Same as {@link Tags#booleanValue(Span, AttributeKey, Boolean)}; kept for generated code. */
  protected final void tagBoolean(Span span, AttributeKey<Boolean> key, Boolean value) {
    tags.booleanValue(span, key, value);
  }

  /** Same as {@link Tags#enumName(Span, AttributeKey, Enum)}; kept for generated code. */
  protected final void tagEnum(Span span, AttributeKey<String> key, Enum<?> value) {
    tags.enumName(span, key, value);
  }

  /** Same as {@link Tags#object(Span, AttributeKey, Object)}; kept for generated code. */
  protected final void tagObject(Span span, AttributeKey<String> key, Object value) {
    tags.object(span, key, value);
  }

  /** Same as {@link Tags#strings}; kept for generated code. */
  protected final void tagStrings(Span span, AttributeKey<List<String>> key, List<String> values) {
    tags.strings(span, key, values);
  }

  /** Same as {@link Tags#longs}; kept for generated code. */
  protected final void tagLongs(Span span, AttributeKey<List<Long>> key, List<Long> values) {
    tags.longs(span, key, values);
  }

  /** Same as {@link Tags#doubles}; kept for generated code. */
  protected final void tagDoubles(Span span, AttributeKey<List<Double>> key, List<Double> values) {
    tags.doubles(span, key, values);
  }

  /** Same as {@link Tags#booleans}; kept for generated code. */
  protected final void tagBooleans(Span span, AttributeKey<List<Boolean>> key, List<Boolean> values) {
    tags.booleans(span, key, values);
  }

  /** Same as {@link Tags#map}; kept for generated code. */
  protected final void tagMap(Span span, String keyPrefix, Map<?, ?> map) {
    tags.map(span, keyPrefix, map);
  }

  /** Same as {@link Tags#value}; kept for generated code. */
  protected final void tagValue(Span span, String key, Object value) {
    tags.value(span, key, value);
  }

  /**
   * The {@code error.type} of a failed call (span and metrics): null (the default) means the
   * exception's class name. Generated error tags keyed {@code error.type} override it, e.g. with
   * the HTTP status code.
   */
  protected String errorType(Throwable error) {
    return null;
  }
}
