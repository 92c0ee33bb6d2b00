package dev.tracepoet.runtime;

import dev.tracepoet.runtime.internal.Failures;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Immutable settings shared by every endpoint of a traced client.
 *
 * <p>Build one with {@link #builder()}, or read them from the environment with {@link
 * #fromEnvironment()}:
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>system property</th><th>environment variable</th><th>default</th></tr>
 *   <tr><td>{@link #characterLimit()}</td><td>{@code tracepoet.character.limit}</td>
 *       <td>{@code TRACEPOET_CHARACTER_LIMIT}</td><td>128</td></tr>
 *   <tr><td>{@link #captureContent()}</td><td>{@code tracepoet.capture.content}</td>
 *       <td>{@code TRACEPOET_CAPTURE_CONTENT}</td><td>false</td></tr>
 *   <tr><td>{@link #contentSampleRate()}</td><td>{@code tracepoet.capture.content.sample.rate}</td>
 *       <td>{@code TRACEPOET_CAPTURE_CONTENT_SAMPLE_RATE}</td><td>1.0</td></tr>
 *   <tr><td>{@link #serverAddress()}</td><td>{@code tracepoet.server.address}</td>
 *       <td>{@code TRACEPOET_SERVER_ADDRESS}</td><td>none</td></tr>
 *   <tr><td>{@link #serverPort()}</td><td>{@code tracepoet.server.port}</td>
 *       <td>{@code TRACEPOET_SERVER_PORT}</td><td>none</td></tr>
 *   <tr><td>{@link #metricsEnabled()}</td><td>{@code tracepoet.metrics.enabled}</td>
 *       <td>{@code TRACEPOET_METRICS_ENABLED}</td><td>true</td></tr>
 *   <tr><td>{@link #maxRetainedElements()}</td><td>{@code tracepoet.max.retained.elements}</td>
 *       <td>{@code TRACEPOET_MAX_RETAINED_ELEMENTS}</td><td>10000</td></tr>
 * </table>
 *
 * <p>Content capture is also switched on by the OpenTelemetry GenAI switch {@code
 * otel.instrumentation.genai.capture-message-content} / {@code
 * OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT}; when both are set, tracepoet's own wins.
 * The GenAI settings ({@link #genAi()}) have their own table in {@link GenAiSettings}.
 *
 * A system property wins over the environment variable. A value that cannot be parsed is ignored
 * (and logged once); it never fails the application.
 */
public final class TracingSettings {
  /** Default {@link #characterLimit()}. */
  public static final int DEFAULT_CHARACTER_LIMIT = 128;

  private static final TracingSettings DEFAULTS = builder().build();

  /** Default {@link #maxRetainedElements()}. */
  public static final int DEFAULT_MAX_RETAINED_ELEMENTS = 10_000;

  private final int characterLimit;
  private final boolean captureContent;
  private final double contentSampleRate;
  private final boolean metricsEnabled;
  private final int maxRetainedElements;
  private final String serverAddress;
  private final int serverPort;
  private final GenAiSettings genAi;

  private TracingSettings(Builder builder) {
    this.genAi = builder.genAi;
    this.serverAddress = builder.serverAddress;
    this.serverPort = builder.serverPort;
    this.characterLimit = builder.characterLimit;
    this.captureContent = builder.captureContent;
    this.contentSampleRate = builder.contentSampleRate;
    this.metricsEnabled = builder.metricsEnabled;
    this.maxRetainedElements = builder.maxRetainedElements;
  }

  /** The defaults: 128 characters, no content capture. */
  public static TracingSettings defaults() {
    return DEFAULTS;
  }

  /** A new builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Settings read from system properties and environment variables (see the class docs). */
  public static TracingSettings fromEnvironment() {
    return fromSources(System::getProperty, System::getenv);
  }

  /** Visible for tests: reads settings from the given property and environment lookups. */
  static TracingSettings fromSources(
      Function<String, String> properties, Function<String, String> environment) {
    Builder builder = builder();
    Function<String, String> lookup = property -> lookup(properties, environment, property);
    for (Source source : SOURCES) {
      String value = lookup.apply(source.property);
      if (value == null) {
        continue;
      }
      try {
        source.setter.apply(builder, value.trim(), lookup);
      } catch (IllegalArgumentException e) {
        String hint = e instanceof NumberFormatException || e.getMessage() == null ? "" : ": " + e.getMessage();
        Failures.warnOnce("settings", "ignoring " + source.property + "=" + value + hint,
            e instanceof NumberFormatException ? e : null);
      }
    }
    return builder.build();
  }

  /** How one setting is read: its system property (the environment variable is derived from it). */
  private static final class Source {
    final String property;
    final Setter setter;

    Source(String property, Setter setter) {
      this.property = property;
      this.setter = setter;
    }
  }

  @FunctionalInterface
  private interface Setter {
    /** Applies a trimmed, non-blank value; throws IllegalArgumentException when it is invalid. */
    void apply(Builder builder, String value, Function<String, String> lookup);
  }

  /** Every setting that can come from the environment; the class Javadoc and README list them. */
  private static final List<Source> SOURCES =
      List.of(
          new Source("tracepoet.character.limit", (b, v, l) -> b.characterLimit(Integer.parseInt(v))),
          new Source(
              "otel.instrumentation.genai.capture-message-content",
              (b, v, l) -> b.captureContent(parseBoolean(v))),
          new Source("tracepoet.capture.content", (b, v, l) -> b.captureContent(parseBoolean(v))),
          new Source(
              "tracepoet.genai.suppress.nested",
              (b, v, l) -> b.genAi(b.genAi.toBuilder().suppressNested(parseBoolean(v)).build())),
          new Source(
              "tracepoet.genai.integration.copies",
              (b, v, l) -> b.genAi(b.genAi.toBuilder().integrationCopies(parseBoolean(v)).build())),
          new Source(
              "tracepoet.genai.content.part.limit",
              (b, v, l) -> b.genAi(b.genAi.toBuilder().contentPartLimit(Integer.parseInt(v)).build())),
          new Source(
              "tracepoet.genai.content.destination",
              (b, v, l) -> b.genAi(b.genAi.toBuilder()
                  .contentDestination(GenAiSettings.ContentDestination.parse(v)).build())),
          new Source(
              "tracepoet.capture.content.sample.rate",
              (b, v, l) -> b.contentSampleRate(Double.parseDouble(v))),
          new Source("tracepoet.server.address", (b, v, l) -> b.server(v, port(l))),
          new Source("tracepoet.metrics.enabled", (b, v, l) -> b.metricsEnabled(parseBoolean(v))),
          new Source(
              "tracepoet.max.retained.elements", (b, v, l) -> b.maxRetainedElements(Integer.parseInt(v))));

  /** {@code true} or {@code false} (any case), nothing else. */
  private static boolean parseBoolean(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (!lower.equals("true") && !lower.equals("false")) {
      throw new IllegalArgumentException("expected true|false");
    }
    return lower.equals("true");
  }

  /** The server port that goes with the address; -1 when unset (an invalid one is ignored, logged). */
  private static int port(Function<String, String> lookup) {
    String port = lookup.apply("tracepoet.server.port");
    if (port == null) {
      return -1;
    }
    try {
      return Integer.parseInt(port.trim());
    } catch (NumberFormatException e) {
      Failures.warnOnce("settings", "ignoring tracepoet.server.port=" + port, e);
      return -1;
    }
  }

  private static String lookup(
      Function<String, String> properties, Function<String, String> environment, String property) {
    String value = properties.apply(property);
    if (value == null) {
      value = environment.apply(property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    }
    return value == null || value.isBlank() ? null : value;
  }

  /** Strings longer than this many characters are truncated and end with {@code ...}. */
  public int characterLimit() {
    return characterLimit;
  }

  /** Whether prompt and completion text is recorded. Off by default. */
  public boolean captureContent() {
    return captureContent;
  }

  /**
   * The fraction of traces (0 to 1) whose prompt/completion content is captured when {@link
   * #captureContent()} is on. The decision is deterministic per trace id, so all spans of a trace
   * agree.
   */
  public double contentSampleRate() {
    return contentSampleRate;
  }

  /** Whether request duration, token usage and error metrics are recorded. On by default. */
  public boolean metricsEnabled() {
    return metricsEnabled;
  }

  /**
   * How many elements of a streamed response (Stream, Iterator, Iterable, Publisher) are kept for
   * the hook's {@code postStream} step; beyond that only the count and the last element are kept.
   */
  public int maxRetainedElements() {
    return maxRetainedElements;
  }

  /**
   * The API server's host name ({@code server.address}), recorded on every span and metric when
   * set; null otherwise.
   */
  public String serverAddress() {
    return serverAddress;
  }

  /** The API server's port ({@code server.port}), or -1 when unknown. */
  public int serverPort() {
    return serverPort;
  }

  /** The settings of GenAI-convention clients (nested-span suppression, key copies, content). */
  public GenAiSettings genAi() {
    return genAi;
  }

  /** A builder initialised with these settings. */
  public Builder toBuilder() {
    return new Builder()
        .genAi(genAi)
        .server(serverAddress, serverPort)
        .characterLimit(characterLimit)
        .captureContent(captureContent)
        .contentSampleRate(contentSampleRate)
        .metricsEnabled(metricsEnabled)
        .maxRetainedElements(maxRetainedElements);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TracingSettings)) {
      return false;
    }
    TracingSettings other = (TracingSettings) o;
    return other.characterLimit == characterLimit
        && other.captureContent == captureContent
        && Double.compare(other.contentSampleRate, contentSampleRate) == 0
        && other.metricsEnabled == metricsEnabled
        && other.maxRetainedElements == maxRetainedElements
        && Objects.equals(other.serverAddress, serverAddress)
        && other.serverPort == serverPort
        && other.genAi.equals(genAi);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        characterLimit,
        captureContent,
        contentSampleRate,
        metricsEnabled,
        maxRetainedElements,
        serverAddress,
        serverPort,
        genAi);
  }

  @Override
  public String toString() {
    return "TracingSettings{characterLimit="
        + characterLimit
        + ", captureContent="
        + captureContent
        + ", contentSampleRate="
        + contentSampleRate
        + ", metricsEnabled="
        + metricsEnabled
        + ", maxRetainedElements="
        + maxRetainedElements
        + ", server="
        + serverAddress
        + ":"
        + serverPort
        + ", genAi="
        + genAi
        + "}";
  }

  /** Builds {@link TracingSettings}. */
  public static final class Builder {
    private int characterLimit = DEFAULT_CHARACTER_LIMIT;
    private boolean captureContent;
    private double contentSampleRate = 1.0;
    private boolean metricsEnabled = true;
    private int maxRetainedElements = DEFAULT_MAX_RETAINED_ELEMENTS;
    private String serverAddress;
    private int serverPort = -1;
    private GenAiSettings genAi = GenAiSettings.defaults();

    private Builder() {}

    /**
     * Sets the GenAI settings.
     *
     * @throws NullPointerException if {@code genAi} is null
     */
    public Builder genAi(GenAiSettings genAi) {
      this.genAi = Objects.requireNonNull(genAi, "genAi");
      return this;
    }

    /**
     * Sets the API server ({@code server.address} / {@code server.port}) recorded on spans and
     * metrics; {@code address} null clears it, {@code port} -1 means unknown.
     *
     * @throws IllegalArgumentException if {@code port} is not -1 and not in 1..65535
     */
    public Builder server(String address, int port) {
      if (port != -1 && (port < 1 || port > 65535)) {
        throw new IllegalArgumentException("server port must be 1..65535 or -1 but was " + port);
      }
      this.serverAddress = address == null || address.isBlank() ? null : address;
      this.serverPort = this.serverAddress == null ? -1 : port;
      return this;
    }

    /**
     * Sets the fraction of traces whose content is captured (when capture is on).
     *
     * @throws IllegalArgumentException unless {@code 0 <= rate <= 1}
     */
    public Builder contentSampleRate(double rate) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("contentSampleRate must be in [0, 1] but was " + rate);
      }
      this.contentSampleRate = rate;
      return this;
    }

    /** Sets whether metrics are recorded. */
    public Builder metricsEnabled(boolean enabled) {
      this.metricsEnabled = enabled;
      return this;
    }

    /**
     * Sets how many streamed elements are kept per call for {@code postStream}.
     *
     * @throws IllegalArgumentException if {@code max < 0}
     */
    public Builder maxRetainedElements(int max) {
      if (max < 0) {
        throw new IllegalArgumentException("maxRetainedElements must be >= 0 but was " + max);
      }
      this.maxRetainedElements = max;
      return this;
    }

    /**
     * Sets the character limit for string attributes.
     *
     * @throws IllegalArgumentException if {@code limit < 1}
     */
    public Builder characterLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("characterLimit must be >= 1 but was " + limit);
      }
      this.characterLimit = limit;
      return this;
    }

    /** Sets whether prompt and completion text is recorded. */
    public Builder captureContent(boolean capture) {
      this.captureContent = capture;
      return this;
    }

    /** The immutable settings. */
    public TracingSettings build() {
      return new TracingSettings(this);
    }
  }
}
