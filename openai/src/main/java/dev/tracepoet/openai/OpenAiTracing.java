package dev.tracepoet.openai;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientAsync;
import dev.tracepoet.openai.internal.BaseUrls;
import dev.tracepoet.openai.internal.ClientViews;
import dev.tracepoet.runtime.ServiceEndpoints;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.util.Objects;

/**
 * The official OpenAI Java SDK ({@code com.openai:openai-java}) traced with OpenTelemetry, in one
 * line:
 *
 * <pre>{@code
 * OpenAIClient client = OpenAiTracing.wrap(OpenAIOkHttpClient.fromEnv(), openTelemetry);
 * OpenAIClientAsync async = OpenAiTracing.wrap(OpenAIOkHttpClientAsync.fromEnv(), openTelemetry);
 * }</pre>
 *
 * <p>The result behaves exactly like the client it wraps, for every method; what {@code
 * withOptions(...)} and {@code async()} / {@code sync()} return is traced too, {@code
 * withRawResponse()} is the SDK's own (untraced). Spans follow the OpenTelemetry GenAI semantic
 * conventions v1.41.0 for chat completions, responses, legacy completions, embeddings, images and
 * audio (transcriptions, translations, speech: {@code generate_content}), and record one plain CLIENT
 * span per call, with ids, counts, status and sizes but never payloads, for every other HTTP
 * operation of the SDK's services (models, moderations, files, batches, uploads, vector stores,
 * fine-tuning, conversations, containers, evals, skills, videos, Realtime secrets and calls, and,
 * on an SDK that has them, decisions, safety, live sessions, voices, webhook endpoints), except
 * {@code admin()} and {@code beta()}, which are forwarded untraced. The views are chosen once, for
 * the SDK on the class path: an older SDK never loads a view that names a type it lacks. The
 * README's "Trace the official OpenAI SDK" lists every operation's attributes.
 *
 * <p>{@code server.address} / {@code server.port} are read once from the client's base URL (the
 * OpenAI API, Azure, any OpenAI-compatible server; parsed by the runtime's {@link
 * ServiceEndpoints#withServerOf}) unless {@code settings} already names a server.
 * A client derived with {@code withOptions(...)} keeps the server of the client it came from, even
 * if the modifier changes the base URL.
 */
public final class OpenAiTracing {

  private OpenAiTracing() {}

  /** Traces {@code client} with {@link GlobalOpenTelemetry} and settings from the environment. */
  public static OpenAIClient wrap(OpenAIClient client) {
    return wrap(client, GlobalOpenTelemetry.get());
  }

  /** Traces {@code client} with {@code openTelemetry} and settings from the environment. */
  public static OpenAIClient wrap(OpenAIClient client, OpenTelemetry openTelemetry) {
    return wrap(client, openTelemetry, TracingSettings.fromEnvironment());
  }

  /**
   * Traces {@code client} with {@code openTelemetry} and {@code settings}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static OpenAIClient wrap(OpenAIClient client, OpenTelemetry openTelemetry, TracingSettings settings) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(openTelemetry, "openTelemetry");
    Objects.requireNonNull(settings, "settings");
    return ClientViews.wrap(client, openTelemetry, ServiceEndpoints.withServerOf(settings, BaseUrls.of(client)));
  }

  /** Traces {@code client} with {@link GlobalOpenTelemetry} and settings from the environment. */
  public static OpenAIClientAsync wrap(OpenAIClientAsync client) {
    return wrap(client, GlobalOpenTelemetry.get());
  }

  /** Traces {@code client} with {@code openTelemetry} and settings from the environment. */
  public static OpenAIClientAsync wrap(OpenAIClientAsync client, OpenTelemetry openTelemetry) {
    return wrap(client, openTelemetry, TracingSettings.fromEnvironment());
  }

  /**
   * Traces {@code client} with {@code openTelemetry} and {@code settings}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static OpenAIClientAsync wrap(
      OpenAIClientAsync client, OpenTelemetry openTelemetry, TracingSettings settings) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(openTelemetry, "openTelemetry");
    Objects.requireNonNull(settings, "settings");
    return ClientViews.wrap(client, openTelemetry, ServiceEndpoints.withServerOf(settings, BaseUrls.of(client)));
  }
}
