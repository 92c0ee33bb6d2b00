package dev.tracepoet.openai.internal;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientAsync;
import com.openai.core.ClientOptions;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The base URL of an OpenAI client (the OpenAI API, a data-residency region, Azure or any
 * OpenAI-compatible endpoint), from which {@code OpenAiTracing} takes {@code server.address} /
 * {@code server.port} through the runtime's {@link dev.tracepoet.runtime.ServiceEndpoints}.
 *
 * <p>The SDK keeps the base URL in the client's private {@code ClientOptions}; the only public way
 * to it is {@code withOptions(modifier)}, whose modifier receives a builder pre-filled from those
 * options. {@link #of(OpenAIClient)} builds the options in the modifier once and reads {@code
 * baseUrl()}; no request is sent. The derived client {@code withOptions} returns shares the
 * original's HTTP client and is dropped, never closed (closing it would close the shared HTTP
 * client). Call it once per wrapped client, not per request.
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
    String[] baseUrl = new String[1];
    try {
      withOptions.apply(builder -> baseUrl[0] = builder.build().baseUrl());
    } catch (RuntimeException | LinkageError e) {
      // a client implementation that rejects withOptions, or options that do not build: no address
      return null;
    }
    return baseUrl[0];
  }
}
