package dev.tracepoet.runtime;

import io.opentelemetry.api.common.Attributes;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Records one endpoint's metrics: duration and errors when a call ends, token usage when it is
 * known. Exists only when the client records metrics at all. Internal (package-private).
 *
 * <p>GenAI metrics carry {@code gen_ai.response.model} when the response names it: {@link Lifecycle}
 * publishes it for the current thread while a call finishes ({@link #responseModel(String)}), since
 * the generated usage code that records the token metric does not know it.
 */
final class CallMetrics {
  /** The response model of the call finishing on this thread, or null. */
  private static final ThreadLocal<String> RESPONSE_MODEL = new ThreadLocal<>();
  /** Request/response model pairs are low-cardinality; beyond this many, attributes are built per call. */
  private static final int MAX_CACHED = 256;

  private final ClientMetrics instruments;
  private final Endpoint endpoint;
  private final boolean genAi;
  /** GenAI attributes by request and response model: {success, input tokens, output tokens}. */
  private final ConcurrentMap<String, Attributes[]> genAiAttributes = new ConcurrentHashMap<>();

  CallMetrics(ClientMetrics instruments, Endpoint endpoint) {
    this.instruments = instruments;
    this.endpoint = endpoint;
    this.genAi = endpoint.genAiOperation() != null;
  }

  /** Publishes (or, with null, clears) the response model of the call finishing on this thread. */
  static void responseModel(String model) {
    if (model == null) {
      RESPONSE_MODEL.remove();
    } else {
      RESPONSE_MODEL.set(model);
    }
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
      Attributes attributes = genAi(model)[0];
      if (errorType != null) {
        attributes = attributes.toBuilder().put(TracepoetAttributes.ERROR_TYPE, errorType).build();
      }
      instruments.genAiDuration.record(seconds, attributes);
    }
  }

  /** Token usage; {@code null} counts are skipped. */
  void tokens(String model, Number promptTokens, Number completionTokens) {
    if (genAi && instruments.genAiTokens != null) {
      Attributes[] attributes = genAi(model);
      if (promptTokens != null) {
        instruments.genAiTokens.record(promptTokens.longValue(), attributes[1]);
      }
      if (completionTokens != null) {
        instruments.genAiTokens.record(completionTokens.longValue(), attributes[2]);
      }
    }
    if (promptTokens != null) {
      instruments.tokens.record(promptTokens.longValue(), endpoint.tokenAttributes(model, true, false));
    }
    if (completionTokens != null) {
      instruments.tokens.record(completionTokens.longValue(), endpoint.tokenAttributes(model, false, false));
    }
  }

  /** The GenAI attribute sets for this request model and the current thread's response model. */
  private Attributes[] genAi(String model) {
    String responseModel = RESPONSE_MODEL.get();
    String key = (model == null ? "" : model) + '\u0000' + (responseModel == null ? "" : responseModel);
    Attributes[] cached = genAiAttributes.get(key);
    if (cached != null) {
      return cached;
    }
    Attributes base = endpoint.genAiMetricAttributes(model);
    if (responseModel != null) {
      base = base.toBuilder().put(TracepoetAttributes.GEN_AI_RESPONSE_MODEL, responseModel).build();
    }
    Attributes[] built = {
      base,
      base.toBuilder().put(Endpoint.TOKEN_TYPE_KEY, "input").build(),
      base.toBuilder().put(Endpoint.TOKEN_TYPE_KEY, "output").build()
    };
    if (genAiAttributes.size() < MAX_CACHED) {
      genAiAttributes.putIfAbsent(key, built);
    }
    return built;
  }
}
