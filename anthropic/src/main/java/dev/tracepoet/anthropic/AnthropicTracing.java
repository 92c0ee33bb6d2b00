package dev.tracepoet.anthropic;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.AnthropicClientAsync;
import com.anthropic.core.ClientOptions;
import dev.tracepoet.anthropic.internal.ClientViews;
import dev.tracepoet.runtime.ServiceEndpoints;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The official Anthropic Java SDK ({@code com.anthropic:anthropic-java}) traced with
 * OpenTelemetry, in one line:
 *
 * <pre>{@code
 * AnthropicClient client = AnthropicTracing.wrap(AnthropicOkHttpClient.fromEnv(), openTelemetry);
 * AnthropicClientAsync async = AnthropicTracing.wrap(AnthropicOkHttpClientAsync.fromEnv(), openTelemetry);
 * }</pre>
 *
 * <p>The result behaves exactly like the client it wraps, for every method; what {@code
 * withOptions(...)} and {@code async()} / {@code sync()} return is traced too, {@code
 * withRawResponse()} is the SDK's own (untraced). Messages ({@code create}, {@code
 * createStreaming}, {@code countTokens}; also under {@code beta()}) and the legacy {@code
 * completions()} follow the OpenTelemetry GenAI semantic conventions v1.41.0 ({@code
 * gen_ai.provider.name = anthropic}), a stream being one span; message batches (GA and beta, with
 * their result streams), models and the beta models, files and skills (with their versions) record
 * one plain CLIENT span per call with ids and counts. Supported SDK versions: 2.2.0 through 3.14.0
 * (2.2.0, 2.10.0 and 3.14.0 tested); the legacy {@code completions()} exist (and are traced) on 2.x
 * only, {@code beta().skills()} on the versions that have it (2.10.0 and 3.x, not 2.2.0): which
 * client views are used is decided once, from the SDK on the class path. Services 3.x added
 * (top-level files and skills, organization, user profiles, the beta agents, sessions, ...) are
 * forwarded untraced.
 *
 * <p>{@code server.address} / {@code server.port} are read once from the client's base URL unless
 * {@code settings} already names a server.
 */
public final class AnthropicTracing {

  private AnthropicTracing() {}

  /** Traces {@code client} with {@link GlobalOpenTelemetry} and settings from the environment. */
  public static AnthropicClient wrap(AnthropicClient client) {
    return wrap(client, GlobalOpenTelemetry.get());
  }

  /** Traces {@code client} with {@code openTelemetry} and settings from the environment. */
  public static AnthropicClient wrap(AnthropicClient client, OpenTelemetry openTelemetry) {
    return wrap(client, openTelemetry, TracingSettings.fromEnvironment());
  }

  /**
   * Traces {@code client} with {@code openTelemetry} and {@code settings}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static AnthropicClient wrap(AnthropicClient client, OpenTelemetry openTelemetry, TracingSettings settings) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(openTelemetry, "openTelemetry");
    Objects.requireNonNull(settings, "settings");
    return ClientViews.wrap(
        client, openTelemetry, ServiceEndpoints.withServerOf(settings, baseUrl(client::withOptions)));
  }

  /** Traces {@code client} with {@link GlobalOpenTelemetry} and settings from the environment. */
  public static AnthropicClientAsync wrap(AnthropicClientAsync client) {
    return wrap(client, GlobalOpenTelemetry.get());
  }

  /** Traces {@code client} with {@code openTelemetry} and settings from the environment. */
  public static AnthropicClientAsync wrap(AnthropicClientAsync client, OpenTelemetry openTelemetry) {
    return wrap(client, openTelemetry, TracingSettings.fromEnvironment());
  }

  /**
   * Traces {@code client} with {@code openTelemetry} and {@code settings}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static AnthropicClientAsync wrap(
      AnthropicClientAsync client, OpenTelemetry openTelemetry, TracingSettings settings) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(openTelemetry, "openTelemetry");
    Objects.requireNonNull(settings, "settings");
    return ClientViews.wrap(
        client, openTelemetry, ServiceEndpoints.withServerOf(settings, baseUrl(client::withOptions)));
  }

  /**
   * The client's base URL, kept in the SDK's private options: read through {@code
   * withOptions(modifier)} ({@link ServiceEndpoints#readOptions}). Null when it cannot be read.
   */
  private static String baseUrl(Function<Consumer<ClientOptions.Builder>, ?> withOptions) {
    return ServiceEndpoints.readOptions(withOptions, builder -> builder.build().baseUrl());
  }
}
