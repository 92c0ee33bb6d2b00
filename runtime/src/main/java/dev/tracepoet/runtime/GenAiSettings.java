package dev.tracepoet.runtime;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The settings of clients that follow the OpenTelemetry GenAI semantic conventions (part of {@link
 * TracingSettings}, see {@link TracingSettings#genAi()}). Immutable; build with {@link #builder()}.
 *
 * <table>
 *   <caption>GenAI settings</caption>
 *   <tr><th>setting</th><th>system property</th><th>environment variable</th><th>default</th></tr>
 *   <tr><td>{@link #suppressNested()}</td><td>{@code tracepoet.genai.suppress.nested}</td>
 *       <td>{@code TRACEPOET_GENAI_SUPPRESS_NESTED}</td><td>true</td></tr>
 *   <tr><td>{@link #integrationCopies()}</td><td>{@code tracepoet.genai.integration.copies}</td>
 *       <td>{@code TRACEPOET_GENAI_INTEGRATION_COPIES}</td><td>false</td></tr>
 *   <tr><td>{@link #contentPartLimit()}</td><td>{@code tracepoet.genai.content.part.limit}</td>
 *       <td>{@code TRACEPOET_GENAI_CONTENT_PART_LIMIT}</td><td>8192</td></tr>
 *   <tr><td>{@link #contentDestination()}</td><td>{@code tracepoet.genai.content.destination}</td>
 *       <td>{@code TRACEPOET_GENAI_CONTENT_DESTINATION}</td><td>{@code span}</td></tr>
 *   <tr><td>{@link #redactor()}</td><td colspan="2">builder only</td><td>none</td></tr>
 * </table>
 *
 * <p>Content capture itself is {@link TracingSettings#captureContent()} (also switched on by {@code
 * OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT}).
 */
public final class GenAiSettings {
  /** Default {@link #contentPartLimit()}. */
  public static final int DEFAULT_CONTENT_PART_LIMIT = 8192;

  private static final GenAiSettings DEFAULTS = builder().build();

  /**
   * Where captured content ({@code gen_ai.input.messages} / {@code gen_ai.output.messages}) goes:
   * span attributes (the default), the conventions' opt-in event {@code
   * gen_ai.client.inference.operation.details} (a log record in the span's context, through the
   * OpenTelemetry Logs API), or both.
   */
  public enum ContentDestination {
    /** Span attributes only (the default). */
    SPAN,
    /** The event only. */
    EVENT,
    /** Span attributes and the event. */
    SPAN_AND_EVENT;

    /** Whether content goes on the span. */
    public boolean onSpan() {
      return this != EVENT;
    }

    /** Whether content goes into the event. */
    public boolean toEvent() {
      return this != SPAN;
    }

    /** {@code span}, {@code event}, {@code span_and_event} (or {@code both}), any case. */
    public static ContentDestination parse(String value) {
      String v = value.trim().toLowerCase(java.util.Locale.ROOT);
      switch (v) {
        case "span":
          return SPAN;
        case "event":
          return EVENT;
        case "span_and_event":
        case "both":
          return SPAN_AND_EVENT;
        default:
          throw new IllegalArgumentException("expected span|event|span_and_event");
      }
    }
  }

  private final boolean suppressNested;
  private final boolean integrationCopies;
  private final int contentPartLimit;
  private final UnaryOperator<String> redactor;
  private final ContentDestination contentDestination;

  private GenAiSettings(Builder builder) {
    this.contentDestination = builder.contentDestination;
    this.suppressNested = builder.suppressNested;
    this.integrationCopies = builder.integrationCopies;
    this.contentPartLimit = builder.contentPartLimit;
    this.redactor = builder.redactor;
  }

  /** The defaults: nested spans suppressed, no integration copies, 8192 characters per part. */
  public static GenAiSettings defaults() {
    return DEFAULTS;
  }

  /** A new builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether a GenAI CLIENT span that would start while another tracepoet GenAI CLIENT span is
   * current (a traced client calling another traced client) is suppressed: no second span, no
   * second usage in the metrics. On by default.
   */
  public boolean suppressNested() {
    return suppressNested;
  }

  /**
   * Whether a request or response value that has a GenAI key (e.g. {@code gen_ai.request.model})
   * is recorded a second time under its {@code <integration>.*} key. Off by default.
   */
  public boolean integrationCopies() {
    return integrationCopies;
  }

  /**
   * The most characters of one message part's text kept in {@code gen_ai.*.messages}; longer text
   * is cut and the part marked {@code "truncated": true}. Streams accumulate at most this many
   * characters (plus {@link StreamedOutput#REDACTION_MARGIN}) per text or tool call, and only when
   * content is captured.
   */
  public int contentPartLimit() {
    return contentPartLimit;
  }

  /**
   * The redaction hook run on every text part of captured messages before truncation (returning
   * null drops the text); null when none.
   */
  public UnaryOperator<String> redactor() {
    return redactor;
  }

  /** Where captured content goes; {@link ContentDestination#SPAN} by default. */
  public ContentDestination contentDestination() {
    return contentDestination;
  }

  /** A builder initialised with these settings. */
  public Builder toBuilder() {
    return new Builder()
        .suppressNested(suppressNested)
        .integrationCopies(integrationCopies)
        .contentPartLimit(contentPartLimit)
        .redactor(redactor)
        .contentDestination(contentDestination);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GenAiSettings)) {
      return false;
    }
    GenAiSettings other = (GenAiSettings) o;
    return other.suppressNested == suppressNested
        && other.integrationCopies == integrationCopies
        && other.contentPartLimit == contentPartLimit
        && Objects.equals(other.redactor, redactor)
        && other.contentDestination == contentDestination;
  }

  @Override
  public int hashCode() {
    return Objects.hash(suppressNested, integrationCopies, contentPartLimit, redactor, contentDestination);
  }

  @Override
  public String toString() {
    return "GenAiSettings{suppressNested=" + suppressNested + ", integrationCopies=" + integrationCopies
        + ", contentPartLimit=" + contentPartLimit + ", redactor=" + (redactor == null ? "none" : "set") + ", contentDestination=" + contentDestination + "}";
  }

  /** Builds {@link GenAiSettings}. */
  public static final class Builder {
    private boolean suppressNested = true;
    private boolean integrationCopies;
    private int contentPartLimit = DEFAULT_CONTENT_PART_LIMIT;
    private UnaryOperator<String> redactor;
    private ContentDestination contentDestination = ContentDestination.SPAN;

    private Builder() {}

    /** Sets {@link GenAiSettings#contentDestination()} (null: {@link ContentDestination#SPAN}). */
    public Builder contentDestination(ContentDestination destination) {
      this.contentDestination = destination == null ? ContentDestination.SPAN : destination;
      return this;
    }

    /** Sets {@link GenAiSettings#suppressNested()}. */
    public Builder suppressNested(boolean suppress) {
      this.suppressNested = suppress;
      return this;
    }

    /** Sets {@link GenAiSettings#integrationCopies()}. */
    public Builder integrationCopies(boolean keep) {
      this.integrationCopies = keep;
      return this;
    }

    /**
     * Sets {@link GenAiSettings#contentPartLimit()}.
     *
     * @throws IllegalArgumentException if {@code limit < 1}
     */
    public Builder contentPartLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("contentPartLimit must be >= 1 but was " + limit);
      }
      this.contentPartLimit = limit;
      return this;
    }

    /** Sets {@link GenAiSettings#redactor()} (null: none). */
    public Builder redactor(UnaryOperator<String> redactor) {
      this.redactor = redactor;
      return this;
    }

    /** The immutable settings. */
    public GenAiSettings build() {
      return new GenAiSettings(this);
    }
  }
}
