package dev.tracepoet.benchmarks.otel;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exports nothing and succeeds at once: the exporter of the SDK mode, so that the benchmarks pay for
 * everything up to the exporter (sampling, span data, the batch processor's queue and worker) but not
 * for serialisation or I/O. Counts what it was given, to show the spans really reached it.
 */
public final class DiscardingSpanExporter implements SpanExporter {
  private final AtomicLong exported = new AtomicLong();

  @Override
  public CompletableResultCode export(Collection<SpanData> spans) {
    exported.addAndGet(spans.size());
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode flush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    return CompletableResultCode.ofSuccess();
  }

  /** Spans exported so far. */
  public long exported() {
    return exported.get();
  }
}
