package dev.tracepoet.openai.internal;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientAsync;
import com.openai.core.ClientOptions;
import dev.tracepoet.runtime.ServiceEndpoints;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The base URL of an OpenAI client (the OpenAI API, a data-residency region, Azure or any
 * OpenAI-compatible endpoint), from which {@code OpenAiTracing} takes {@code server.address} /
 * {@code server.port} through the runtime's {@link dev.tracepoet.runtime.ServiceEndpoints}.
 *
 * <p>The SDK keeps the base URL in the client's private {@code ClientOptions}: {@link
 * #of(OpenAIClient)} builds them in a {@code withOptions} modifier once and reads {@code baseUrl()}
 * ({@link dev.tracepoet.runtime.ServiceEndpoints#readOptions}: no request is sent, the derived
 * client is dropped, never closed). Call it once per wrapped client, not per request.
 */
public final class BaseUrls {
  private BaseUrls() {}

  /** {@code client}'s base URL, e.g. {@code https://api.openai.com/v1}; null when it cannot be read. */
  public static String of(OpenAIClient client) {
    return read(client::withOptions);
  }

  /** {@code client}'s base URL, e.g. {@code https://api.openai.com/v1}; null when it cannot be read. */
  public static String of(OpenAIClientAsync client) {
    return read(client::withOptions);
  }

  private static String read(Function<Consumer<ClientOptions.Builder>, ?> withOptions) {
    return ServiceEndpoints.readOptions(withOptions, builder -> builder.build().baseUrl());
  }
}
