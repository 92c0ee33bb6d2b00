package dev.tracepoet.it.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracepoet.it.async.LlmApi.Completion;
import dev.tracepoet.it.async.LlmApi.Prompt;
import dev.tracepoet.it.async.LlmApi.Usage;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many threads and futures completed elsewhere; metrics recorded when spans end. */
class ConcurrencyAndMetricsTest {
  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private OpenTelemetrySdk otel;

  private LlmApi traced(Sampler sampler, LlmApi delegate) {
    otel =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .setSampler(sampler)
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                    .build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .build();
    return TracedLlmApi.wrap(delegate, otel, TracingSettings.defaults());
  }

  @AfterEach
  void tearDown() {
    if (otel != null) {
      otel.close();
    }
  }

  @Test
  @SuppressWarnings("try") // the scope is only closed
  void futuresCompletedOnOtherThreadsEndEverySpanOnceWithTheRightParent() throws Exception {
    ExecutorService completer = Executors.newFixedThreadPool(4);
    LlmApi delegate =
        new ScriptedLlm(null) {
          @Override
          public CompletableFuture<Completion> completeFuture(Prompt prompt) {
            return CompletableFuture.supplyAsync(
                () -> new Completion(prompt.prompt(), "ok", new Usage(1, 1, 2)), completer);
          }
        };
    LlmApi api = traced(Sampler.alwaysOn(), delegate);
    Tracer tracer = otel.getTracer("test");
    ExecutorService callers = Executors.newFixedThreadPool(8);
    int calls = 2_000;
    List<CompletableFuture<Completion>> futures = new ArrayList<>();
    Map<String, String> parentOfCall = new java.util.concurrent.ConcurrentHashMap<>();
    List<java.util.concurrent.Future<?>> submitted = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      String id = "call-" + i;
      submitted.add(
          callers.submit(
              () -> {
                Span parent = tracer.spanBuilder("parent").startSpan();
                try (Scope ignored = parent.makeCurrent()) {
                  CompletableFuture<Completion> f = api.completeFuture(new Prompt("gpt-4o", id));
                  synchronized (futures) {
                    futures.add(f);
                  }
                  parentOfCall.put(id, parent.getSpanContext().getSpanId());
                  assertEquals(parent, Span.current());
                } finally {
                  parent.end();
                }
                assertEquals(Span.getInvalid(), Span.current(), "no context leaks on the caller thread");
              }));
    }
    for (java.util.concurrent.Future<?> f : submitted) {
      f.get(30, TimeUnit.SECONDS);
    }
    CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);
    callers.shutdown();
    completer.shutdown();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (spansNamed("completeFuture").size() < calls && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }

    List<SpanData> spans = spansNamed("completeFuture");
    assertEquals(calls, spans.size(), "every span ends exactly once");
    assertEquals(calls, spans.stream().map(SpanData::getSpanId).distinct().count());
    for (SpanData span : spans) {
      String id = span.getAttributes().get(AttributeKey.stringKey("llm.response.id"));
      assertEquals(parentOfCall.get(id), span.getParentSpanId(), "parent of " + id);
    }
  }

  @Test
  void metricsAreRecordedWhenSpansEndEvenIfNotSampled() {
    LlmApi api =
        traced(
            Sampler.alwaysOff(),
            new ScriptedLlm(null) {
              @Override
              public Completion complete(Prompt prompt) {
                if (prompt.prompt().equals("fail")) {
                  throw new IllegalStateException("boom");
                }
                return new Completion("id", "Hello world", new Usage(3, 2, 5));
              }
            });
    api.complete(new Prompt("gpt-4o", "hello"));
    api.complete(new Prompt("gpt-4o", "hello"));
    try {
      api.complete(new Prompt("gpt-4o", "fail"));
    } catch (IllegalStateException expected) {
      // counted as an error
    }

    assertTrue(exporter.getFinishedSpanItems().isEmpty(), "not sampled");
    Collection<MetricData> data = metrics.collectAllMetrics();
    MetricData duration = metric(data, "tracepoet.client.operation.duration");
    assertEquals("s", duration.getUnit());
    Map<Attributes, Long> counts = new HashMap<>();
    for (HistogramPointData point : duration.getHistogramData().getPoints()) {
      counts.put(point.getAttributes(), point.getCount());
      assertEquals(List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92),
          point.getBoundaries());
    }
    Attributes ok =
        Attributes.builder()
            .put("tracepoet.integration", "llm")
            .put("tracepoet.endpoint", "complete")
            .put("llm.request.model", "gpt-4o")
            .build();
    assertEquals(2L, counts.get(ok));
    assertEquals(1L, counts.get(ok.toBuilder().put("error.type", IllegalStateException.class.getName()).build()));

    MetricData errors = metric(data, "tracepoet.client.errors");
    LongPointData errorPoint = errors.getLongSumData().getPoints().iterator().next();
    assertEquals(1L, errorPoint.getValue());
    assertEquals(IllegalStateException.class.getName(), errorPoint.getAttributes().get(AttributeKey.stringKey("error.type")));

    MetricData tokens = metric(data, "tracepoet.client.token.usage");
    assertEquals("{token}", tokens.getUnit());
    Map<String, Double> sums =
        tokens.getHistogramData().getPoints().stream()
            .collect(Collectors.toMap(p -> p.getAttributes().get(AttributeKey.stringKey("gen_ai.token.type")),
                HistogramPointData::getSum));
    assertEquals(Map.of("input", 6.0, "output", 4.0), sums);
  }

  private static MetricData metric(Collection<MetricData> data, String name) {
    return data.stream().filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + name + " in " + data));
  }

  private List<SpanData> spansNamed(String name) {
    return exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).toList();
  }
}
