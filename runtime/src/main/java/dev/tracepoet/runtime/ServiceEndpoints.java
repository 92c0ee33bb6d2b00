package dev.tracepoet.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * SDK-independent pieces SDK modules share for what an HTTP API client tells about its server and
 * its failures: the client's base URL read through its {@code withOptions}, {@code server.address}
 * / {@code server.port} from it, and the standard {@code retry-after} headers of a failed call.
 * Depends on the JDK only.
 */
public final class ServiceEndpoints {
  private ServiceEndpoints() {}

  /**
   * A value of a client's options that the client keeps private (Stainless SDKs: the base URL in
   * {@code ClientOptions}): the only public way to them is {@code withOptions(modifier)}, whose
   * modifier receives a builder pre-filled from those options; {@code read} runs in that modifier
   * (e.g. {@code builder -> builder.build().baseUrl()}). No request is sent; the derived client
   * {@code withOptions} returns shares the original's HTTP client and is dropped, never closed
   * (closing it would close the shared HTTP client). Call it once per wrapped client, not per
   * request.
   *
   * @param withOptions the client's {@code withOptions}
   * @return what {@code read} returned; null when the client rejects {@code withOptions}, the
   *     options do not build, or {@code read} fails (an exception or a linkage error)
   */
  public static <B> String readOptions(Function<Consumer<B>, ?> withOptions, Function<? super B, String> read) {
    String[] value = new String[1];
    try {
      withOptions.apply(builder -> value[0] = read.apply(builder));
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
    return value[0];
  }

  /**
   * {@code settings} with the server of {@code baseUrl} ({@code https://api.anthropic.com}, an
   * OpenAI-compatible endpoint, a proxy): host (IPv6 without brackets) and explicit port, or the
   * scheme's default (443 for https/wss, 80 for http/ws). Returns {@code settings} unchanged when
   * it names a server already (the user's setting wins), or when {@code baseUrl} is null,
   * malformed, has no host, or has another scheme and no port.
   */
  public static TracingSettings withServerOf(TracingSettings settings, String baseUrl) {
    if (settings.serverAddress() != null || baseUrl == null) {
      return settings;
    }
    URI uri;
    try {
      uri = new URI(baseUrl.trim());
    } catch (URISyntaxException e) {
      return settings;
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return settings;
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
          return settings; // no port known for this scheme
        }
      }
    }
    return settings.toBuilder().server(host, port).build();
  }

  /**
   * The delay a failed call asks for, in milliseconds: the {@code retry-after-ms} header, else
   * {@code retry-after} in seconds × 1000; null when neither is a number (e.g. an HTTP date).
   *
   * @param header the first value of a response header by (lower-case) name, or null
   */
  public static Long retryAfterMillis(Function<String, String> header) {
    Long millis = number(header.apply("retry-after-ms"));
    if (millis != null) {
      return millis;
    }
    Long seconds = number(header.apply("retry-after"));
    return seconds == null ? null : seconds * 1000;
  }

  /** The first of a response header's {@code values}, or null when there is none (null or empty). */
  public static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** {@code value} as a long, or null when it is null or not an integer. */
  public static Long number(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
