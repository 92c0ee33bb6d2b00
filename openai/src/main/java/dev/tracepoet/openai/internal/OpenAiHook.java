package dev.tracepoet.openai.internal;

import com.openai.errors.OpenAIServiceException;
import dev.tracepoet.runtime.Endpoint;
import dev.tracepoet.runtime.EndpointHook;
import dev.tracepoet.runtime.GenAiSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every traced OpenAI inference call adds beyond its paths: {@code openai.api.type} (when the
 * operation has one) and, on failure, {@code openai.error.retry_after_ms} ({@link ErrorHeaders};
 * the status, error code/type and the other headers are the views' declared error tags). The per-endpoint hooks below bind {@code A} (the params, the endpoint's first
 * parameter) and {@code R} (the response, or the streamed element).
 *
 * <p>A hook on a two-parameter endpoint {@code op(Params params, RequestOptions requestOptions)} is
 * an {@code EndpointHook<Params, R>} (it sees the first argument); for streamed results {@code R}
 * is the element type. {@code error.type} of an SDK failure is its HTTP status ({@link #errorType}).
 */
abstract class OpenAiHook<A, R> extends EndpointHook<A, R> {

  /** {@code openai.api.type} (semantic conventions v1.41.0). */
  static final AttributeKey<String> API_TYPE = AttributeKey.stringKey("openai.api.type");

  private final String apiType;

  OpenAiHook(Endpoint endpoint, String apiType) {
    super(endpoint);
    this.apiType = apiType;
  }

  @Override
  protected void preResponse(Span span, A params) {
    if (apiType != null) {
      span.setAttribute(API_TYPE, apiType);
    }
  }

  @Override
  protected void postResponse(Span span, A params, R response, Throwable error) {
    ErrorHeaders.record(span, error);
  }

  /**
   * Records one content attribute (a JSON string) that {@code json} builds — call it only when
   * {@code capturesContent(span)}. Whatever the mapper throws (an SDK accessor of a missing field, a
   * {@code NoSuchMethodError} on an older SDK) is reported and never reaches the call or the rest
   * of the span.
   */
  final void content(Span span, AttributeKey<String> key, Supplier<String> json) {
    try {
      String value = json.get();
      if (value != null) {
        span.setAttribute(key, value);
      }
    } catch (RuntimeException | LinkageError failure) {
      reportFailure(key.getKey(), failure);
    }
  }

  /** The GenAI settings (content part limit, redactor) the content mappers follow. */
  final GenAiSettings genAi() {
    return settings().genAi();
  }

  /** Where the content mappers report an item they could not map (the other items are still recorded). */
  final Consumer<Throwable> contentFailures() {
    return failure -> reportFailure("content item", failure);
  }

  /** {@code error.type} of an HTTP failure is its status code, as the HTTP conventions say. */
  @Override
  protected String errorType(Throwable error) {
    return error instanceof OpenAIServiceException
        ? Integer.toString(((OpenAIServiceException) error).statusCode())
        : null;
  }
}
