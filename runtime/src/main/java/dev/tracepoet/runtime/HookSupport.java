package dev.tracepoet.runtime;

import dev.tracepoet.runtime.internal.Failures;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
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
  /**
   * Typed, null-safe, masking attribute recording for this hook's steps (see {@link Tags}). A field,
   * not a method, so that it cannot clash with methods a user's hook declares.
   */
  protected final Tags tags;

  private final Endpoint endpoint;
  private final Failures failures;
  private final CallMetrics metrics;
  private final UsageCapture usage;

  HookSupport(Endpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    ClientTracing tracing = endpoint.tracing();
    this.failures = new Failures(endpoint.toString());
    this.tags = new Tags(tracing.settings().characterLimit(), failures);
    this.metrics = tracing.metrics() == null ? null : new CallMetrics(tracing.metrics(), endpoint);
    this.usage = new UsageCapture(endpoint, tags, metrics, failures);
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
}
