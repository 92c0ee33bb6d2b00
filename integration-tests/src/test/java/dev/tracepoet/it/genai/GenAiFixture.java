package dev.tracepoet.it.genai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tracepoet.it.genai.GenAiUsageApi.AnthropicResponse;
import dev.tracepoet.it.genai.GenAiUsageApi.OpenAiResponse;
import dev.tracepoet.it.genai.GenAiUsageApi.Request;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** An SDK with in-memory span and metric readers, and a scriptable {@link GenAiUsageApi} delegate. */
final class GenAiFixture {
  final InMemorySpanExporter spans = InMemorySpanExporter.create();
  final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  final OpenTelemetrySdk otel;
  OpenAiResponse openAi;
  AnthropicResponse anthropic;
  List<OpenAiResponse> chunks = List.of();
  RuntimeException failure;

  GenAiFixture() {
    this(Sampler.alwaysOn());
  }

  GenAiFixture(Sampler sampler) {
    otel =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .setSampler(sampler)
                    .addSpanProcessor(SimpleSpanProcessor.create(spans))
                    .build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .build();
  }

  GenAiUsageApi delegate() {
    return new GenAiUsageApi() {
      @Override
      public OpenAiResponse chat(Request request) {
        if (failure != null) {
          throw failure;
        }
        return openAi;
      }

      @Override
      public AnthropicResponse messages(Request request) {
        return anthropic;
      }

      @Override
      public OpenAiResponse embed(GenAiUsageApi.EmbedRequest request) {
        return openAi;
      }

      @Override
      public OpenAiResponse chatStatus(Request request) {
        if (failure != null) {
          throw failure;
        }
        return openAi;
      }

      @Override
      public Stream<OpenAiResponse> stream(Request request) {
        return new ArrayList<>(chunks).stream();
      }
    };
  }

  GenAiUsageApi client() {
    return client(TracingSettings.builder().server("api.example.com", 443).build());
  }

  GenAiUsageApi client(TracingSettings settings) {
    return TracedGenAiUsageApi.wrap(delegate(), otel, settings);
  }

  SpanData onlySpan() {
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(1, finished.size(), () -> "spans: " + finished);
    return finished.get(0);
  }

  MetricData metric(String name) {
    return metrics.collectAllMetrics().stream()
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + name));
  }

  /** The points of {@code gen_ai.client.token.usage}. */
  List<HistogramPointData> tokenPoints() {
    return new ArrayList<>(metric("gen_ai.client.token.usage").getHistogramData().getPoints());
  }

  /** The sum of {@code gen_ai.client.token.usage} points of one token type. */
  long tokenSum(String type) {
    double sum = 0;
    for (HistogramPointData point : tokenPoints()) {
      if (type.equals(point.getAttributes().get(AttributeKey.stringKey("gen_ai.token.type")))) {
        sum += point.getSum();
      }
    }
    return (long) sum;
  }

  static Attributes attributes(HistogramPointData point) {
    return point.getAttributes();
  }
}
