package dev.tracepoet.benchmarks.otel;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The two OpenTelemetry set-ups every per-call benchmark runs in.
 *
 * <ul>
 *   <li>{@code noop}: {@link OpenTelemetry#noop()}, what a library sees when the application installed
 *       no SDK.
 *   <li>{@code sdk}: the SDK with the always-on sampler, a {@link BatchSpanProcessor} with its default
 *       settings (queue 2048, batches of 512, 5 s delay) and a {@link DiscardingSpanExporter}. Only
 *       traces are configured; the SDK's default meter and logger providers have no reader or
 *       processor, so metric instruments and log records are no-ops.
 * </ul>
 */
public enum OtelMode {
  noop,
  sdk;

  /**
   * At a million spans a second the batch processor's queue overflows and it logs a warning per
   * batch about the dropped spans; that is expected here (the exporter discards them anyway), so the
   * warning is silenced. Kept in a field so the logger's level is not garbage-collected.
   */
  private static final Logger BSP_LOGGER = Logger.getLogger(BatchSpanProcessor.class.getName());

  /** A running set-up; close it to shut the SDK down. */
  public static final class Setup implements AutoCloseable {
    private final OpenTelemetry openTelemetry;
    private final DiscardingSpanExporter exporter;
    private final OpenTelemetrySdk sdk;

    private Setup(OpenTelemetry openTelemetry, DiscardingSpanExporter exporter, OpenTelemetrySdk sdk) {
      this.openTelemetry = openTelemetry;
      this.exporter = exporter;
      this.sdk = sdk;
    }

    public OpenTelemetry openTelemetry() {
      return openTelemetry;
    }

    /** Spans the discarding exporter received so far (0 in no-op mode). */
    public long exported() {
      return exporter == null ? 0 : exporter.exported();
    }

    @Override
    public void close() {
      if (sdk != null) {
        sdk.getSdkTracerProvider().shutdown().join(10, TimeUnit.SECONDS);
      }
    }
  }

  /** Starts this set-up. */
  public Setup start() {
    if (this == noop) {
      return new Setup(OpenTelemetry.noop(), null, null);
    }
    BSP_LOGGER.setLevel(Level.OFF);
    DiscardingSpanExporter exporter = new DiscardingSpanExporter();
    OpenTelemetrySdk sdk = sdk(BatchSpanProcessor.builder(exporter).build());
    return new Setup(sdk, exporter, sdk);
  }

  /** An SDK with the always-on sampler and the given span processor (traces only). */
  public static OpenTelemetrySdk sdk(SpanProcessor processor) {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(
            SdkTracerProvider.builder()
                .setSampler(Sampler.alwaysOn())
                .addSpanProcessor(processor)
                .build())
        .build();
  }
}
