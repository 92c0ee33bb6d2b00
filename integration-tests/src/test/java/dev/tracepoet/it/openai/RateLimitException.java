package dev.tracepoet.it.openai;

/** HTTP 429: a request or token rate limit was hit; see {@link ResponseMeta} for the remaining budget. */
public final class RateLimitException extends OpenAiException {
  private static final long serialVersionUID = 1L;

  public RateLimitException(String message, String type, String param, String code, ResponseMeta meta) {
    super(429, message, type, param, code, meta);
  }
}
