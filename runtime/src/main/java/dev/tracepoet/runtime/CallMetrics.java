package dev.tracepoet.runtime;

import io.opentelemetry.api.common.Attributes;

/**
 * Records one endpoint's metrics: duration and errors when a call ends, token usage when it is
 * known. Exists only when the client records metrics at all. Internal (package-private).
 */
final class CallMetrics {
  private final ClientMetrics instruments;
  private final Endpoint endpoint;
  private final boolean genAi;

  CallMetrics(ClientMetrics instruments, Endpoint endpoint) {
    this.instruments = instruments;
    this.endpoint = endpoint;
    this.genAi = endpoint.genAiOperation() != null;
  }

  /** The duration (and, for failures, the error count) of a call that started at {@code startNanos}. */
  void ended(long startNanos, String model, String errorType) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    if (errorType == null) {
      instruments.duration.record(seconds, endpoint.metricAttributes(model));
    } else {
      Attributes attributes = endpoint.metricAttributes(model, errorType);
      instruments.duration.record(seconds, attributes);
      instruments.errors.add(1, attributes);
    }
    if (genAi && instruments.genAiDuration != null) {
      Attributes attributes = endpoint.genAiMetricAttributes(model);
      if (errorType != null) {
        attributes = attributes.toBuilder().put(TracepoetAttributes.ERROR_TYPE, errorType).build();
      }
      instruments.genAiDuration.record(seconds, attributes);
    }
  }

  /** Token usage; {@code null} counts are skipped. */
  void tokens(String model, Number promptTokens, Number completionTokens) {
    if (genAi && instruments.genAiTokens != null) {
      if (promptTokens != null) {
        instruments.genAiTokens.record(promptTokens.longValue(), endpoint.tokenAttributes(model, true, true));
      }
      if (completionTokens != null) {
        instruments.genAiTokens.record(completionTokens.longValue(), endpoint.tokenAttributes(model, false, true));
      }
    }
    if (promptTokens != null) {
      instruments.tokens.record(promptTokens.longValue(), endpoint.tokenAttributes(model, true, false));
    }
    if (completionTokens != null) {
      instruments.tokens.record(completionTokens.longValue(), endpoint.tokenAttributes(model, false, false));
    }
  }
}
