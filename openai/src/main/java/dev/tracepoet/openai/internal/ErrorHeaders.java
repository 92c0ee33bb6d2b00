package dev.tracepoet.openai.internal;

import com.openai.errors.OpenAIServiceException;
import dev.tracepoet.runtime.ServiceEndpoints;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;

/**
 * The keys the error tags of the OpenAI inference views record from a failed call's {@code
 * OpenAIServiceException} (declared in the views, {@code errorTags = @ErrorTags(...)} with the
 * {@code OpenAiTags} entries: status, error code and type, {@code x-request-id} and the {@code
 * x-ratelimit-*} headers read as keyed lookups such as {@code headers.values('x-request-id')}), and
 * the one value a path cannot compute, {@code openai.error.retry_after_ms}: {@code retry-after-ms},
 * else {@code retry-after} seconds × 1000, recorded by the hooks' post-response step.
 *
 * <p>A malformed value (a {@code retry-after} HTTP date, a non-numeric count) records nothing for
 * that header only.
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

  private ErrorHeaders() {}

  /** Records {@code openai.error.retry_after_ms} on {@code span} when {@code error} is an {@link OpenAIServiceException}. */
  public static void record(Span span, Throwable error) {
    if (!(error instanceof OpenAIServiceException) || !span.isRecording()) {
      return;
    }
    com.openai.core.http.Headers headers = ((OpenAIServiceException) error).headers();
    if (headers == null) {
      return;
    }
    Long retryAfterMs = ServiceEndpoints.retryAfterMillis(name -> ServiceEndpoints.first(headers.values(name)));
    if (retryAfterMs != null) {
      span.setAttribute(RETRY_AFTER_MS, retryAfterMs);
    }
  }
}
