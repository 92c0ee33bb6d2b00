package dev.tracepoet.openai.internal;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientAsync;
import com.openai.core.ClientOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code server.address} and {@code server.port} of an OpenAI client, read from the client's own
 * base URL (the OpenAI API, a data-residency region, Azure or any OpenAI-compatible endpoint).
 *
 * <p>The SDK keeps the base URL in the client's private {@code ClientOptions}; the only public way
 * to it is {@code withOptions(modifier)}, whose modifier receives a builder pre-filled from those
 * options. {@link #of(OpenAIClient)} builds the options in the modifier once and reads {@code
 * baseUrl()}. The derived client {@code withOptions} returns shares the original's HTTP client and
 * is dropped, never closed (closing it would close the shared HTTP client). Call it once per
 * wrapped client, not per request.
 *
 * @param address the host name or IP address (IPv6 without brackets)
 * @param port the explicit port, or the scheme's default (443 for https/wss, 80 for http/ws)
 */
public record ServerAddress(String address, int port) {

  /** The address of {@code client}'s base URL; empty when it cannot be read or parsed. */
  public static Optional<ServerAddress> of(OpenAIClient client) {
    return read(client::withOptions);
  }

  /** The address of {@code client}'s base URL; empty when it cannot be read or parsed. */
  public static Optional<ServerAddress> of(OpenAIClientAsync client) {
    return read(client::withOptions);
  }

  private static Optional<ServerAddress> read(Function<Consumer<ClientOptions.Builder>, ?> withOptions) {
    String[] baseUrl = new String[1];
    try {
      withOptions.apply(builder -> baseUrl[0] = builder.build().baseUrl());
    } catch (RuntimeException | LinkageError e) {
      // a client implementation that rejects withOptions, or options that do not build: no address
      return Optional.empty();
    }
    return parse(baseUrl[0]);
  }

  /**
   * The address of a base URL such as {@code https://api.openai.com/v1}; empty for {@code null},
   * a malformed URL, one without a host, or one of another scheme without an explicit port.
   */
  public static Optional<ServerAddress> parse(String baseUrl) {
    if (baseUrl == null) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(baseUrl.trim());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return Optional.empty();
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = uri.getPort();
    if (port < 0) {
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      switch (scheme) {
        case "https", "wss" -> port = 443;
        case "http", "ws" -> port = 80;
        default -> {
          return Optional.empty(); // no port known for this scheme
        }
      }
    }
    return Optional.of(new ServerAddress(host, port));
  }
}
