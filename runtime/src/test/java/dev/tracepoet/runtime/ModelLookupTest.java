package dev.tracepoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The request's model (the generated {@code model()}) and the clock are only read when something
 * uses them: with no metrics and no token counting a traced call reads neither (the hand-written
 * limit of BENCHMARKS.md does not either); with metrics the model is read exactly once per call and
 * lands on the duration metric.
 */
class ModelLookupTest {

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private OpenTelemetrySdk sdk;

  @AfterEach
  void close() {
    if (sdk != null) {
      sdk.close();
    }
  }

  /** A hook whose steps do nothing and whose {@code model()} counts its calls. */
  private static final class CountingHook extends NoStepsHook<String, String> {
    final AtomicInteger modelCalls = new AtomicInteger();

    CountingHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected String model(String arguments) {
      modelCalls.incrementAndGet();
      return "gpt-test";
    }
  }

  private CountingHook hook(boolean withMetrics) {
    var builder =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build());
    if (withMetrics) {
      builder.setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build());
    }
    sdk = builder.build();
    return new CountingHook(
        ClientTracing.create(sdk, "acme", TracingSettings.defaults()).endpoint("doThing", "/things", "POST"));
  }

  @Test
  void withoutMetricsTheModelIsNeverRead() {
    CountingHook hook = hook(false);

    assertEquals("out", hook.call("in", arguments -> "out"));
    IllegalStateException failure = new IllegalStateException("boom");
    assertSame(failure, assertThrows(IllegalStateException.class, () -> hook.call("in", arguments -> {
      throw failure;
    })));

    assertEquals(0, hook.modelCalls.get());
    assertEquals(2, spans.getFinishedSpanItems().size(), "both calls are still traced");
  }

  @Test
  void withMetricsTheModelIsReadOncePerCallAndRecorded() {
    CountingHook hook = hook(true);

    hook.call("in", arguments -> "out");
    assertEquals(1, hook.modelCalls.get());
    assertThrows(IllegalStateException.class, () -> hook.call("in", arguments -> {
      throw new IllegalStateException("boom");
    }));
    assertEquals(2, hook.modelCalls.get());

    MetricData duration =
        metrics.collectAllMetrics().stream()
            .filter(m -> m.getName().equals("tracepoet.client.operation.duration"))
            .findFirst()
            .orElseThrow();
    long points = 0;
    for (HistogramPointData point : duration.getHistogramData().getPoints()) {
      assertEquals("gpt-test", point.getAttributes().get(AttributeKey.stringKey("acme.request.model")));
      assertTrue(point.getSum() > 0, "the clock was read: a positive duration");
      points += point.getCount();
    }
    assertEquals(2, points);
  }
}
