package dev.tracepoet.anthropic.internal;

import com.anthropic.core.JsonValue;
import com.anthropic.core.http.Headers;
import com.anthropic.errors.AnthropicServiceException;
import dev.tracepoet.runtime.ServiceEndpoints;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import java.util.Map;

/**
 * What a failed Anthropic call tells beyond its exception class, read from the SDK's {@link
 * AnthropicServiceException} family: {@code http.response.status_code}, the API's error type
 * ({@code rate_limit_error}, {@code overloaded_error}, ... from the error body), the {@code
 * request-id} header (to quote to Anthropic support) and the delay {@code retry-after} asks for.
 * Each value is read on its own; one that is missing or malformed records nothing for itself only.
 */
public final class AnthropicErrors {
  /** {@code http.response.status_code}. */
  public static final AttributeKey<Long> HTTP_STATUS_CODE = AttributeKey.longKey("http.response.status_code");
  /** {@code anthropic.error.type}: the API's error type, e.g. {@code rate_limit_error}. */
  public static final AttributeKey<String> TYPE = AttributeKey.stringKey("anthropic.error.type");
  /** {@code anthropic.error.request_id}: the {@code request-id} response header. */
  public static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("anthropic.error.request_id");
  /** {@code anthropic.error.retry_after_ms}: {@code retry-after-ms}, else {@code retry-after} seconds × 1000. */
  public static final AttributeKey<Long> RETRY_AFTER_MS = AttributeKey.longKey("anthropic.error.retry_after_ms");

  private static final int MAX_TEXT = 64;

  private AnthropicErrors() {}

  /** Records the details of {@code error} on {@code span} when it is an {@link AnthropicServiceException}. */
  public static void record(Span span, Throwable error) {
    if (!(error instanceof AnthropicServiceException) || !span.isRecording()) {
      return;
    }
    AnthropicServiceException failure = (AnthropicServiceException) error;
    span.setAttribute(HTTP_STATUS_CODE, (long) failure.statusCode());
    String type = errorType(failure.body());
    if (type != null) {
      span.setAttribute(TYPE, cut(type));
    }
    Headers headers = failure.headers();
    if (headers == null) {
      return;
    }
    String requestId = first(headers, "request-id");
    if (requestId != null && !requestId.isEmpty()) {
      span.setAttribute(REQUEST_ID, cut(requestId));
    }
    Long retryAfter = ServiceEndpoints.retryAfterMillis(name -> first(headers, name));
    if (retryAfter != null) {
      span.setAttribute(RETRY_AFTER_MS, retryAfter);
    }
  }

  /** {@code error.type} of a body {@code {"type":"error","error":{"type":"rate_limit_error",...}}}. */
  private static String errorType(JsonValue body) {
    if (body == null) {
      return null;
    }
    try {
      Object error = body.convert(Map.class).get("error");
      Object type = error instanceof Map ? ((Map<?, ?>) error).get("type") : null;
      return type instanceof String ? (String) type : null;
    } catch (RuntimeException e) {
      return null; // not an object (a proxy's HTML page, an empty body)
    }
  }

  private static String first(Headers headers, String name) {
    return ServiceEndpoints.first(headers.values(name));
  }

  private static String cut(String value) {
    return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
  }
}
