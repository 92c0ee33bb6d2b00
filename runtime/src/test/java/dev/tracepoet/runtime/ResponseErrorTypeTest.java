package dev.tracepoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link EndpointHook#responseErrorType}: a response that reports a failure (here: one whose text
 * starts with {@code failed:}, like a stream whose last event says the generation failed) ends the
 * span with status ERROR and {@code error.type}, and the duration metric carries the same type; the
 * caller still gets the response; a throwing implementation costs only the classification.
 */
class ResponseErrorTypeTest {
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private final OpenTelemetrySdk sdk =
      OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
          .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
          .build();

  @AfterEach
  void close() {
    sdk.close();
  }

  private static final class ClassifyingHook extends NoStepsHook<String, String> {
    ClassifyingHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected String responseErrorType(String response) {
      if (response.equals("explode")) {
        throw new IllegalStateException("a broken classifier");
      }
      return response.startsWith("failed:") ? response.substring("failed:".length()) : null;
    }
  }

  private ClassifyingHook hook() {
    return new ClassifyingHook(
        ClientTracing.create(sdk, "acme", TracingSettings.defaults()).endpoint("generate", "/generate", "POST"));
  }

  @Test
  void aResponseThatReportsAFailureEndsTheSpanAndTheMetricAsThatError() {
    assertEquals("failed:server_error", hook().call("in", arguments -> "failed:server_error"));

    SpanData span = spans.getFinishedSpanItems().get(0);
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals("server_error", span.getStatus().getDescription());
    assertEquals("server_error", span.getAttributes().get(ERROR_TYPE));
    assertEquals(List.of("server_error"), durationErrorTypes());
  }

  @Test
  void aStreamIsClassifiedByItsLastElement() {
    List<String> received =
        hook().callStream("in", arguments -> Stream.of("delta", "failed:rate_limit_exceeded"))
            .collect(Collectors.toList());

    assertEquals(List.of("delta", "failed:rate_limit_exceeded"), received);
    SpanData span = spans.getFinishedSpanItems().get(0);
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals("rate_limit_exceeded", span.getAttributes().get(ERROR_TYPE));
    assertEquals(List.of("rate_limit_exceeded"), durationErrorTypes());
  }

  @Test
  void successesAndABrokenClassifierStaySuccesses() {
    ClassifyingHook hook = hook();
    assertEquals("fine", hook.call("in", arguments -> "fine"));
    assertEquals("explode", hook.call("in", arguments -> "explode"));

    for (SpanData span : spans.getFinishedSpanItems()) {
      assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
      assertNull(span.getAttributes().get(ERROR_TYPE));
    }
    assertEquals(List.of("<none>"), durationErrorTypes());
  }

  /** The distinct {@code error.type} values of the duration metric's points ({@code <none>}: absent). */
  private List<String> durationErrorTypes() {
    return metrics.collectAllMetrics().stream()
        .filter(m -> m.getName().endsWith("operation.duration"))
        .flatMap(m -> m.getHistogramData().getPoints().stream())
        .map(HistogramPointData::getAttributes)
        .map(attributes -> attributes.get(ERROR_TYPE) == null ? "<none>" : attributes.get(ERROR_TYPE))
        .distinct()
        .sorted()
        .collect(Collectors.toList());
  }
}
