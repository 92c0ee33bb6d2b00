package dev.tracepoet.benchmarks.variants;

import dev.tracepoet.benchmarks.endpoint.ApiException;
import dev.tracepoet.benchmarks.endpoint.CompletionApi;
import dev.tracepoet.benchmarks.endpoint.CompletionRequest;
import dev.tracepoet.benchmarks.endpoint.CompletionResponse;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Variant (b), the limit: the wrapper an engineer would write by hand to do exactly what the
 * generated {@code TracedCompletionApi} does for this endpoint — the same span (name, kind), the same
 * attributes with the same types and truncation, attributes read only while the span is recording,
 * the span current while the delegate runs, status/exception/{@code error.type} on failure, the
 * original exception rethrown, and every tracing step contained so that tracing never breaks a call.
 * Like tracepoet's runtime (metrics are on by default) it records the duration histogram
 * {@code tracepoet.client.operation.duration} and, on failure, the {@code tracepoet.client.errors}
 * counter, with the same instruments and attributes ({@code tracepoet.integration},
 * {@code tracepoet.endpoint}, {@code openai.request.model}, {@code error.type}).
 *
 * <p>Written as the limit: keys are constants, and the metric attribute sets are cached per model
 * (and per model and error type) so that no call builds one.
 */
public final class HandWrittenCompletionApi implements CompletionApi {
  private static final AttributeKey<String> ENDPOINT = AttributeKey.stringKey("openai.request.endpoint");
  private static final AttributeKey<String> HTTP_METHOD = AttributeKey.stringKey("openai.request.method");
  private static final AttributeKey<String> MODEL = AttributeKey.stringKey("openai.request.model");
  private static final AttributeKey<Long> MAX_TOKENS = AttributeKey.longKey("openai.request.max_tokens");
  private static final AttributeKey<Double> TEMPERATURE = AttributeKey.doubleKey("openai.request.temperature");
  private static final AttributeKey<String> ID = AttributeKey.stringKey("openai.response.id");
  private static final AttributeKey<Long> TOTAL_TOKENS = AttributeKey.longKey("openai.response.usage.total_tokens");
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  private static final int CHARACTER_LIMIT = 128;
  private static final AttributeKey<String> METRIC_INTEGRATION = AttributeKey.stringKey("tracepoet.integration");
  private static final AttributeKey<String> METRIC_ENDPOINT = AttributeKey.stringKey("tracepoet.endpoint");
  private static final Attributes METRIC_BASE =
      Attributes.of(METRIC_INTEGRATION, "openai", METRIC_ENDPOINT, SPAN_NAME);
  private static final int MAX_CACHED_MODELS = 256;
  private static final List<Double> DURATION_BUCKETS =
      List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92);

  private final CompletionApi delegate;
  private final Tracer tracer;
  private final DoubleHistogram duration;
  private final LongCounter errors;
  /** Like tracepoet: a no-op meter means no clocks and no metric attributes. */
  private final boolean metricsOn;
  /** Like tracepoet: a no-op tracer and no metrics mean nothing is observable: call through. */
  private final boolean passThrough;
  private final Map<String, Attributes> byModel = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Attributes>> byModelAndError = new ConcurrentHashMap<>();

  private HandWrittenCompletionApi(CompletionApi delegate, OpenTelemetry openTelemetry) {
    this.delegate = delegate;
    this.tracer = openTelemetry.getTracer("dev.tracepoet.benchmarks.hand");
    Meter meter = openTelemetry.getMeter("dev.tracepoet.benchmarks.hand");
    this.metricsOn = meter != MeterProvider.noop().get("dev.tracepoet.benchmarks.hand");
    this.passThrough =
        !metricsOn && tracer == OpenTelemetry.noop().getTracer("dev.tracepoet.benchmarks.hand");
    this.duration =
        meter
            .histogramBuilder("tracepoet.client.operation.duration")
            .setUnit("s")
            .setDescription("Duration of traced client operations, until the response completed")
            .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
            .build();
    this.errors =
        meter
            .counterBuilder("tracepoet.client.errors")
            .setUnit("{error}")
            .setDescription("Traced client operations that failed, by error.type")
            .build();
  }

  public static CompletionApi wrap(CompletionApi delegate, OpenTelemetry openTelemetry) {
    return new HandWrittenCompletionApi(delegate, openTelemetry);
  }

  @Override
  public CompletionResponse complete(CompletionRequest request) throws ApiException {
    if (passThrough) {
      return delegate.complete(request);
    }
    long startNanos = metricsOn ? System.nanoTime() : 0L;
    Span span;
    try {
      span =
          tracer
              .spanBuilder(SPAN_NAME)
              .setSpanKind(SpanKind.CLIENT)
              .setAttribute(ENDPOINT, PATH)
              .setAttribute(HTTP_METHOD, METHOD)
              .startSpan();
    } catch (Throwable t) {
      Failures.report("start", t);
      span = Span.getInvalid();
    }
    try {
      if (span.isRecording() && request != null) {
        String model = request.model();
        if (model != null) {
          span.setAttribute(MODEL, truncate(model));
        }
        Optional<Integer> maxTokens = request.maxTokens();
        if (maxTokens != null && maxTokens.isPresent()) {
          span.setAttribute(MAX_TOKENS, maxTokens.get().longValue());
        }
        Double temperature = request.temperature();
        if (temperature != null) {
          span.setAttribute(TEMPERATURE, temperature.doubleValue());
        }
      }
    } catch (Throwable t) {
      Failures.report("recordRequest", t);
    }
    Scope scope;
    try {
      scope = span.makeCurrent();
    } catch (Throwable t) {
      Failures.report("makeCurrent", t);
      scope = null;
    }
    CompletionResponse response;
    try {
      response = delegate.complete(request);
    } catch (Throwable error) {
      close(scope);
      try {
        span.setStatus(StatusCode.ERROR);
        span.recordException(error);
        span.setAttribute(ERROR_TYPE, error.getClass().getName());
      } catch (Throwable t) {
        Failures.report("recordError", t);
      }
      end(span);
      if (metricsOn) {
        try {
          String model = request == null ? null : request.model();
          Attributes attributes = failureAttributes(model, error.getClass().getName());
          duration.record((System.nanoTime() - startNanos) / 1e9, attributes);
          errors.add(1, attributes);
        } catch (Throwable t) {
          Failures.report("metrics", t);
        }
      }
      throw error;
    }
    close(scope);
    try {
      if (span.isRecording() && response != null) {
        String id = response.id();
        if (id != null) {
          span.setAttribute(ID, truncate(id));
        }
        CompletionResponse.Usage usage = response.usage();
        if (usage != null) {
          span.setAttribute(TOTAL_TOKENS, usage.totalTokens());
        }
      }
    } catch (Throwable t) {
      Failures.report("recordResponse", t);
    }
    end(span);
    if (!metricsOn) {
      return response;
    }
    try {
      String model = request == null ? null : request.model();
      duration.record((System.nanoTime() - startNanos) / 1e9, successAttributes(model));
    } catch (Throwable t) {
      Failures.report("metrics", t);
    }
    return response;
  }

  private Attributes successAttributes(String model) {
    if (model == null) {
      return METRIC_BASE;
    }
    Attributes cached = byModel.get(model);
    if (cached != null) {
      return cached;
    }
    Attributes built = METRIC_BASE.toBuilder().put(MODEL, model).build();
    if (byModel.size() < MAX_CACHED_MODELS) {
      byModel.putIfAbsent(model, built);
    }
    return built;
  }

  private Attributes failureAttributes(String model, String errorType) {
    Map<String, Attributes> byError = byModelAndError.get(model == null ? "" : model);
    Attributes cached = byError == null ? null : byError.get(errorType);
    if (cached != null) {
      return cached;
    }
    Attributes built = successAttributes(model).toBuilder().put(ERROR_TYPE, errorType).build();
    if (byModelAndError.size() < MAX_CACHED_MODELS) {
      byModelAndError
          .computeIfAbsent(model == null ? "" : model, m -> new ConcurrentHashMap<>())
          .putIfAbsent(errorType, built);
    }
    return built;
  }

  private static String truncate(String value) {
    return value.length() <= CHARACTER_LIMIT ? value : value.substring(0, CHARACTER_LIMIT) + "...";
  }

  private static void close(Scope scope) {
    if (scope == null) {
      return;
    }
    try {
      scope.close();
    } catch (Throwable t) {
      Failures.report("closeScope", t);
    }
  }

  private static void end(Span span) {
    try {
      span.end();
    } catch (Throwable t) {
      Failures.report("end", t);
    }
  }
}
