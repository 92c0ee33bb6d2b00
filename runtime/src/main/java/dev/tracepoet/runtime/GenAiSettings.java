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

  private final boolean suppressNested;
  private final boolean integrationCopies;
  private final int contentPartLimit;
  private final UnaryOperator<String> redactor;

  private GenAiSettings(Builder builder) {
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

  /** A builder initialised with these settings. */
  public Builder toBuilder() {
    return new Builder()
        .suppressNested(suppressNested)
        .integrationCopies(integrationCopies)
        .contentPartLimit(contentPartLimit)
        .redactor(redactor);
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
        && Objects.equals(other.redactor, redactor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(suppressNested, integrationCopies, contentPartLimit, redactor);
  }

  @Override
  public String toString() {
    return "GenAiSettings{suppressNested=" + suppressNested + ", integrationCopies=" + integrationCopies
        + ", contentPartLimit=" + contentPartLimit + ", redactor=" + (redactor == null ? "none" : "set") + "}";
  }

  /** Builds {@link GenAiSettings}. */
  public static final class Builder {
    private boolean suppressNested = true;
    private boolean integrationCopies;
    private int contentPartLimit = DEFAULT_CONTENT_PART_LIMIT;
    private UnaryOperator<String> redactor;

    private Builder() {}

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
