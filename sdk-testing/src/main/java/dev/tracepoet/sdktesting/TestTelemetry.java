package dev.tracepoet.sdktesting;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/**
 * An OpenTelemetry SDK for one test: spans exported to memory as each ends ({@link
 * SimpleSpanProcessor}), metrics read from memory on demand. {@link #close()} shuts it down.
 */
public final class TestTelemetry implements AutoCloseable {
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private final SdkTracerProvider tracerProvider =
      SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build();
  private final OpenTelemetrySdk otel =
      OpenTelemetrySdk.builder()
          .setTracerProvider(tracerProvider)
          .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
          .build();

  private TestTelemetry() {}

  /** A new SDK, nothing recorded yet. */
  public static TestTelemetry create() {
    return new TestTelemetry();
  }

  /** The SDK, to give to the code under test. */
  public OpenTelemetrySdk otel() {
    return otel;
  }

  /** The finished spans. */
  public InMemorySpanExporter spans() {
    return spans;
  }

  /** The metrics. */
  public InMemoryMetricReader metrics() {
    return metrics;
  }

  /** The tracer provider (for a test's own spans). */
  public SdkTracerProvider tracerProvider() {
    return tracerProvider;
  }

  @Override
  public void close() {
    otel.close();
  }
}
