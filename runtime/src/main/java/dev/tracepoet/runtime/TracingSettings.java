package dev.tracepoet.runtime;

import dev.tracepoet.runtime.internal.Failures;
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
 * </table>
 *
 * A system property wins over the environment variable. A value that cannot be parsed is ignored
 * (and logged once); it never fails the application.
 */
public final class TracingSettings {
  /** Default {@link #characterLimit()}. */
  public static final int DEFAULT_CHARACTER_LIMIT = 128;

  private static final TracingSettings DEFAULTS = builder().build();

  private final int characterLimit;
  private final boolean captureContent;

  private TracingSettings(Builder builder) {
    this.characterLimit = builder.characterLimit;
    this.captureContent = builder.captureContent;
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
    String limit = lookup(properties, environment, "tracepoet.character.limit");
    if (limit != null) {
      try {
        builder.characterLimit(Integer.parseInt(limit.trim()));
      } catch (IllegalArgumentException e) {
        Failures.warnOnce("settings", "ignoring tracepoet.character.limit=" + limit, e);
      }
    }
    String capture = lookup(properties, environment, "tracepoet.capture.content");
    if (capture != null) {
      String value = capture.trim().toLowerCase(Locale.ROOT);
      if (value.equals("true") || value.equals("false")) {
        builder.captureContent(Boolean.parseBoolean(value));
      } else {
        Failures.warnOnce(
            "settings", "ignoring tracepoet.capture.content=" + capture + " (true|false)", null);
      }
    }
    return builder.build();
  }

  private static String lookup(
      Function<String, String> properties, Function<String, String> environment, String property) {
    String value = properties.apply(property);
    if (value == null) {
      value = environment.apply(property.toUpperCase(Locale.ROOT).replace('.', '_'));
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

  /** A builder initialised with these settings. */
  public Builder toBuilder() {
    return new Builder().characterLimit(characterLimit).captureContent(captureContent);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TracingSettings
        && ((TracingSettings) o).characterLimit == characterLimit
        && ((TracingSettings) o).captureContent == captureContent;
  }

  @Override
  public int hashCode() {
    return Objects.hash(characterLimit, captureContent);
  }

  @Override
  public String toString() {
    return "TracingSettings{characterLimit="
        + characterLimit
        + ", captureContent="
        + captureContent
        + "}";
  }

  /** Builds {@link TracingSettings}. */
  public static final class Builder {
    private int characterLimit = DEFAULT_CHARACTER_LIMIT;
    private boolean captureContent;

    private Builder() {}

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
