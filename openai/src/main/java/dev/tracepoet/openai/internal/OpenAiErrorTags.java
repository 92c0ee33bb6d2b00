package dev.tracepoet.openai.internal;

/**
 * The {@code @ErrorTags} entries of the OpenAI views (as {@link OpenAiTags}, one constant per
 * entry): the HTTP status, the API's error code and type, the request id and the rate-limit headers
 * of an {@code OpenAIServiceException}, recorded under {@code openai.error.<key>} unless the key
 * starts with {@code ^}.
 */
final class OpenAiErrorTags {
  private OpenAiErrorTags() {}

  /** Error tag: the HTTP status of an {@code OpenAIServiceException}, under its semconv key. */
  static final String HTTP_STATUS = "^http.response.status_code=statusCode";

  /** Error tag: the API's error code ({@code openai.error.code}, e.g. {@code rate_limit_exceeded}). */
  static final String OPENAI_ERROR_CODE = "code";

  /** Error tag: the API's error type ({@code openai.error.type}, e.g. {@code requests}). */
  static final String OPENAI_ERROR_TYPE = "type";

  /** Error tag: the {@code x-request-id} header ({@code openai.error.request_id}), to quote to OpenAI support. */
  static final String ERROR_REQUEST_ID = "request_id=headers.values('x-request-id')";

  /** Error tag: {@code openai.error.ratelimit.limit_requests}, a number. */
  static final String RATELIMIT_LIMIT_REQUESTS = "ratelimit.limit_requests=headers.values('x-ratelimit-limit-requests').asLong";

  /** Error tag: {@code openai.error.ratelimit.remaining_requests}, a number. */
  static final String RATELIMIT_REMAINING_REQUESTS =
      "ratelimit.remaining_requests=headers.values('x-ratelimit-remaining-requests').asLong";

  /** Error tag: {@code openai.error.ratelimit.limit_tokens}, a number. */
  static final String RATELIMIT_LIMIT_TOKENS = "ratelimit.limit_tokens=headers.values('x-ratelimit-limit-tokens').asLong";

  /** Error tag: {@code openai.error.ratelimit.remaining_tokens}, a number. */
  static final String RATELIMIT_REMAINING_TOKENS =
      "ratelimit.remaining_tokens=headers.values('x-ratelimit-remaining-tokens').asLong";

  /** Error tag: {@code openai.error.ratelimit.reset_requests}, as sent: a duration such as {@code 120ms} or {@code 1m2s}. */
  static final String RATELIMIT_RESET_REQUESTS = "ratelimit.reset_requests=headers.values('x-ratelimit-reset-requests')";

  /** Error tag: {@code openai.error.ratelimit.reset_tokens}, as sent. */
  static final String RATELIMIT_RESET_TOKENS = "ratelimit.reset_tokens=headers.values('x-ratelimit-reset-tokens')";
}
