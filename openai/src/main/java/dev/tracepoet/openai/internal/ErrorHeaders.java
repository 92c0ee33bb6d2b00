package dev.tracepoet.openai.internal;

import com.openai.core.http.Headers;
import com.openai.errors.OpenAIServiceException;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import java.util.List;

/**
 * The response headers of a failed OpenAI call that paths cannot reach ({@code Headers.values(name)}
 * takes an argument): {@code retry-after-ms} / {@code retry-after}, the {@code x-ratelimit-*}
 * headers and {@code x-request-id}. Called by the hooks' post-response step with the call's error.
 *
 * <p>Each header is read on its own; a malformed value (a {@code retry-after} HTTP date, a
 * non-numeric count) records nothing for that header only.
 */
public final class ErrorHeaders {

  /** {@code http.response.status_code}. */
  public static final AttributeKey<Long> HTTP_STATUS_CODE = AttributeKey.longKey("http.response.status_code");
  /** {@code openai.error.code}: the API's error code, e.g. {@code rate_limit_exceeded}. */
  public static final AttributeKey<String> CODE = AttributeKey.stringKey("openai.error.code");
  /** {@code openai.error.type}: the API's error type, e.g. {@code requests}. */
  public static final AttributeKey<String> TYPE = AttributeKey.stringKey("openai.error.type");
  /** {@code openai.error.retry_after_ms}: {@code retry-after-ms}, else {@code retry-after} seconds × 1000. */
  public static final AttributeKey<Long> RETRY_AFTER_MS = AttributeKey.longKey("openai.error.retry_after_ms");
  /** {@code openai.error.request_id}: the {@code x-request-id} header, to quote to OpenAI support. */
  public static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("openai.error.request_id");
  /** {@code openai.error.ratelimit.limit_requests}. */
  public static final AttributeKey<Long> LIMIT_REQUESTS = AttributeKey.longKey("openai.error.ratelimit.limit_requests");
  /** {@code openai.error.ratelimit.remaining_requests}. */
  public static final AttributeKey<Long> REMAINING_REQUESTS =
      AttributeKey.longKey("openai.error.ratelimit.remaining_requests");
  /** {@code openai.error.ratelimit.limit_tokens}. */
  public static final AttributeKey<Long> LIMIT_TOKENS = AttributeKey.longKey("openai.error.ratelimit.limit_tokens");
  /** {@code openai.error.ratelimit.remaining_tokens}. */
  public static final AttributeKey<Long> REMAINING_TOKENS =
      AttributeKey.longKey("openai.error.ratelimit.remaining_tokens");
  /** {@code openai.error.ratelimit.reset_requests}: as sent, a duration such as {@code 120ms} or {@code 1m2s}. */
  public static final AttributeKey<String> RESET_REQUESTS =
      AttributeKey.stringKey("openai.error.ratelimit.reset_requests");
  /** {@code openai.error.ratelimit.reset_tokens}: as sent. */
  public static final AttributeKey<String> RESET_TOKENS = AttributeKey.stringKey("openai.error.ratelimit.reset_tokens");

  private static final int MAX_HEADER_CHARS = 64;

  private ErrorHeaders() {}

  /** Records the headers of {@code error} on {@code span} when it is an {@link OpenAIServiceException}. */
  public static void record(Span span, Throwable error) {
    if (!(error instanceof OpenAIServiceException) || !span.isRecording()) {
      return;
    }
    OpenAIServiceException failure = (OpenAIServiceException) error;
    span.setAttribute(HTTP_STATUS_CODE, (long) failure.statusCode());
    failure.code().ifPresent(code -> span.setAttribute(CODE, code));
    failure.type().ifPresent(type -> span.setAttribute(TYPE, type));
    Headers headers = failure.headers();
    if (headers == null) {
      return;
    }
    Long retryAfterMs = number(headers, "retry-after-ms");
    if (retryAfterMs == null) {
      Long seconds = number(headers, "retry-after");
      retryAfterMs = seconds == null ? null : seconds * 1000;
    }
    if (retryAfterMs != null) {
      span.setAttribute(RETRY_AFTER_MS, retryAfterMs);
    }
    text(span, REQUEST_ID, headers, "x-request-id");
    count(span, LIMIT_REQUESTS, headers, "x-ratelimit-limit-requests");
    count(span, REMAINING_REQUESTS, headers, "x-ratelimit-remaining-requests");
    count(span, LIMIT_TOKENS, headers, "x-ratelimit-limit-tokens");
    count(span, REMAINING_TOKENS, headers, "x-ratelimit-remaining-tokens");
    text(span, RESET_REQUESTS, headers, "x-ratelimit-reset-requests");
    text(span, RESET_TOKENS, headers, "x-ratelimit-reset-tokens");
  }

  private static void count(Span span, AttributeKey<Long> key, Headers headers, String name) {
    Long value = number(headers, name);
    if (value != null) {
      span.setAttribute(key, value);
    }
  }

  private static void text(Span span, AttributeKey<String> key, Headers headers, String name) {
    String value = first(headers, name);
    if (value != null && !value.isEmpty()) {
      span.setAttribute(key, value.length() > MAX_HEADER_CHARS ? value.substring(0, MAX_HEADER_CHARS) : value);
    }
  }

  private static Long number(Headers headers, String name) {
    String value = first(headers, name);
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null; // e.g. a retry-after HTTP date
    }
  }

  private static String first(Headers headers, String name) {
    List<String> values = headers.values(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
