package dev.tracepoet.it.openai;

import java.net.http.HttpHeaders;
import java.util.OptionalLong;

/**
 * What the HTTP layer knows about one call besides the body: the {@code openai-organization},
 * {@code x-request-id}, {@code openai-processing-ms} and {@code x-ratelimit-*} headers (numbers are
 * parsed, so that they are recorded as numbers), and the API key the client sent the request with.
 *
 * <p>The API key lives in the client, not in the request, and a hook only sees requests and
 * responses, so the client hands it over here; {@link #toString()} masks it.
 */
public record ResponseMeta(
    String organization,
    String requestId,
    OptionalLong processingMs,
    OptionalLong limitRequests,
    OptionalLong limitTokens,
    OptionalLong remainingRequests,
    OptionalLong remainingTokens,
    String resetRequests,
    String resetTokens,
    String apiKey) {

  /** Reads the headers of a response to a request sent with {@code apiKey}. */
  public static ResponseMeta of(HttpHeaders headers, String apiKey) {
    return new ResponseMeta(
        headers.firstValue("openai-organization").orElse(null),
        headers.firstValue("x-request-id").orElse(null),
        number(headers, "openai-processing-ms"),
        number(headers, "x-ratelimit-limit-requests"),
        number(headers, "x-ratelimit-limit-tokens"),
        number(headers, "x-ratelimit-remaining-requests"),
        number(headers, "x-ratelimit-remaining-tokens"),
        headers.firstValue("x-ratelimit-reset-requests").orElse(null),
        headers.firstValue("x-ratelimit-reset-tokens").orElse(null),
        apiKey);
  }

  private static OptionalLong number(HttpHeaders headers, String name) {
    String value = headers.firstValue(name).orElse(null);
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  @Override
  public String toString() {
    return "ResponseMeta[organization=" + organization
        + ", requestId=" + requestId
        + ", processingMs=" + processingMs
        + ", limitRequests=" + limitRequests
        + ", limitTokens=" + limitTokens
        + ", remainingRequests=" + remainingRequests
        + ", remainingTokens=" + remainingTokens
        + ", resetRequests=" + resetRequests
        + ", resetTokens=" + resetTokens
        + ", apiKey=" + (apiKey == null ? null : "sk-..." + (apiKey.length() < 8 ? "" : apiKey.substring(apiKey.length() - 4)))
        + "]";
  }
}
