package dev.tracepoet.benchmarks.check;

import dev.tracepoet.benchmarks.endpoint.ApiException;
import dev.tracepoet.benchmarks.endpoint.CompletionApi;
import dev.tracepoet.benchmarks.endpoint.CompletionRequest;
import dev.tracepoet.benchmarks.endpoint.CompletionResponse;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * A delegate for the checks: remembers the span that was current while it ran and the request it
 * got, then returns the response or throws the failure it was given.
 */
public final class Probe implements CompletionApi {
  private final CompletionResponse response;
  private final ApiException failure;
  private SpanContext current;
  private CompletionRequest received;

  public Probe(CompletionResponse response, ApiException failure) {
    this.response = response;
    this.failure = failure;
  }

  @Override
  public CompletionResponse complete(CompletionRequest request) throws ApiException {
    current = Span.current().getSpanContext();
    received = request;
    if (failure != null) {
      throw failure;
    }
    return response;
  }

  /** The span context that was current during the last call. */
  public SpanContext current() {
    return current;
  }

  /** The request of the last call. */
  public CompletionRequest received() {
    return received;
  }
}
