package dev.tracepoet.benchmarks.check;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.metrics.export.CollectionRegistration;
import io.opentelemetry.sdk.metrics.export.MetricReader;
import java.util.Map;
import java.util.TreeMap;

/**
 * A metric reader for the same-work check (like the SDK's InMemoryMetricReader): collects on demand
 * and reduces the points to {@code metric.<name>[<unit>]{<attributes>} → count/value} lines
 * (histogram sums are left out: they are durations).
 */
public final class MetricCollector implements MetricReader {
  private volatile CollectionRegistration registration = CollectionRegistration.noop();

  @Override
  public void register(CollectionRegistration registration) {
    this.registration = registration;
  }

  @Override
  public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
    return AggregationTemporality.CUMULATIVE;
  }

  @Override
  public CompletableResultCode forceFlush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    return CompletableResultCode.ofSuccess();
  }

  /** Every point recorded so far, as sorted lines. */
  public Map<String, String> snapshot() {
    Map<String, String> lines = new TreeMap<>();
    for (MetricData metric : registration.collectAllMetrics()) {
      for (PointData point : metric.getData().getPoints()) {
        Map<String, String> attributes = new TreeMap<>();
        point.getAttributes().forEach((k, v) -> attributes.put(k.getKey(), String.valueOf(v)));
        String key = "metric." + metric.getName() + "[" + metric.getUnit() + "]" + attributes;
        if (point instanceof HistogramPointData) {
          lines.put(key, metric.getType() + " count=" + ((HistogramPointData) point).getCount());
        } else if (point instanceof LongPointData) {
          lines.put(key, metric.getType() + " value=" + ((LongPointData) point).getValue());
        } else {
          lines.put(key, metric.getType() + " " + point);
        }
      }
    }
    return lines;
  }
}
