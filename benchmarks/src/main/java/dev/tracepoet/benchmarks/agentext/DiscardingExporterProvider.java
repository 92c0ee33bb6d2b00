package dev.tracepoet.benchmarks.agentext;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.traces.ConfigurableSpanExporterProvider;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Java agent extension (loaded with {@code -Dotel.javaagent.extensions=...}) that adds the span
 * exporter {@code otel.traces.exporter=tracepoet-discard}: the agent's equivalent of the SDK mode's
 * discarding exporter. The agent's autoconfiguration puts it behind its default {@code
 * BatchSpanProcessor}, exactly as in the SDK mode.
 *
 * <p>For the same-work check only: while the system property {@code tracepoet.bench.capture} is
 * {@code on}, each exported span named {@code createCompletion} is also written, in the format of
 * {@code check.SpanSnapshot}, to the next free system property {@code tracepoet.bench.captured.<n>}
 * (system properties are the one channel the agent's class loader and the application share). That
 * costs one property look-up per exported batch.
 */
public final class DiscardingExporterProvider implements ConfigurableSpanExporterProvider {

  @Override
  public SpanExporter createExporter(ConfigProperties config) {
    return new DiscardingExporter();
  }

  @Override
  public String getName() {
    return "tracepoet-discard";
  }

  static final class DiscardingExporter implements SpanExporter {
    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
      if ("on".equals(System.getProperty("tracepoet.bench.capture"))) {
        capture(spans);
      }
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

    private static void capture(Collection<SpanData> spans) {
      for (SpanData span : spans) {
        if (!"createCompletion".equals(span.getName())) {
          continue;
        }
        int n = 0;
        while (System.getProperty("tracepoet.bench.captured." + n) != null) {
          n++;
        }
        System.setProperty("tracepoet.bench.captured." + n, snapshot(span));
      }
    }

    private static String snapshot(SpanData span) {
      Map<String, String> lines = new TreeMap<>();
      lines.put("name", span.getName());
      lines.put("kind", span.getKind().name());
      lines.put("status", span.getStatus().getStatusCode().name());
      lines.put("context", span.getSpanContext().getTraceId() + "/" + span.getSpanContext().getSpanId());
      span.getAttributes()
          .forEach((key, value) -> lines.put("attr." + key.getKey(), key.getType().name() + ":" + value));
      List<EventData> events = span.getEvents();
      for (int i = 0; i < events.size(); i++) {
        EventData event = events.get(i);
        lines.put("event" + i + ".name", event.getName());
        Attributes attributes = event.getAttributes();
        String type = attributes.get(AttributeKey.stringKey("exception.type"));
        if (type != null) {
          lines.put("event" + i + ".exception.type", type);
        }
        String message = attributes.get(AttributeKey.stringKey("exception.message"));
        if (message != null) {
          lines.put("event" + i + ".exception.message", message);
        }
        lines.put(
            "event" + i + ".exception.stacktrace",
            attributes.get(AttributeKey.stringKey("exception.stacktrace")) == null ? "absent" : "present");
      }
      StringBuilder text = new StringBuilder();
      lines.forEach((key, value) -> text.append(key).append('=').append(value.replace('\n', ' ')).append('\n'));
      return text.toString();
    }
  }
}
