package dev.tracepoet.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.Function;

/**
 * SDK-independent pieces SDK modules share for what an HTTP API client tells about its server and
 * its failures: {@code server.address} / {@code server.port} from a client's base URL, and the
 * standard {@code retry-after} headers of a failed call. Depends on the JDK only.
 */
public final class ServiceEndpoints {
  private ServiceEndpoints() {}

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
