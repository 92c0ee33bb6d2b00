package dev.tracepoet.anthropic.internal;

import com.anthropic.errors.AnthropicServiceException;
import dev.tracepoet.runtime.Endpoint;
import dev.tracepoet.runtime.EndpointHook;
import io.opentelemetry.api.trace.Span;

/**
 * What every traced Anthropic call adds beyond its paths: on failure, the HTTP status as {@code
 * error.type} (as the HTTP conventions say, like {@code tracepoet-openai}) and the details of the
 * SDK's {@link AnthropicServiceException} ({@link AnthropicErrors}). The per-endpoint hooks in
 * {@link Hooks} bind {@code A} (the params: the endpoint's first parameter) and {@code R} (the
 * response, or {@link MessageStreamFold} for streams).
 */
abstract class AnthropicHook<A, R> extends EndpointHook<A, R> {

  AnthropicHook(Endpoint endpoint) {
    super(endpoint);
  }

  @Override
  protected void postResponse(Span span, A params, R response, Throwable error) {
    AnthropicErrors.record(span, error);
  }

  /** {@code error.type} of an HTTP failure is its status code. */
  @Override
  protected String errorType(Throwable error) {
    return error instanceof AnthropicServiceException
        ? Integer.toString(((AnthropicServiceException) error).statusCode())
        : null;
  }
}
