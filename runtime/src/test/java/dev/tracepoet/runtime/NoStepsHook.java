package dev.tracepoet.runtime;

import io.opentelemetry.api.trace.Span;

/** A hook whose four template steps do nothing, for tests that override only other methods. */
abstract class NoStepsHook<A, R> extends EndpointHook<A, R> {
  NoStepsHook(Endpoint endpoint) {
    super(endpoint);
  }

  @Override
  protected void recordRequest(Span span, A arguments) {}

  @Override
  protected void preResponse(Span span, A arguments) {}

  @Override
  protected void recordResponse(Span span, R response) {}

  @Override
  protected void postResponse(Span span, A arguments, R response, Throwable error) {}
}
