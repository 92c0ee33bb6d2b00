package dev.tracepoet.benchmarks.check;

import dev.tracepoet.benchmarks.endpoint.ApiException;
import dev.tracepoet.benchmarks.endpoint.CompletionApi;
import dev.tracepoet.benchmarks.endpoint.CompletionRequest;
import dev.tracepoet.benchmarks.endpoint.CompletionResponse;
import dev.tracepoet.benchmarks.endpoint.Fixtures;
import dev.tracepoet.benchmarks.variants.Variant;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that the variants do the same work, so that the benchmarks compare like with like. For each
 * variant (a)–(e), with the SDK and a collecting exporter:
 *
 * <ul>
 *   <li>a successful call exports exactly one span equal to {@link Expected#success()} (name, kind,
 *       status, every attribute with its type), the caller gets the delegate's response object and
 *       the span is current while the delegate runs;
 *   <li>a failing call exports one span equal to {@link Expected#failure()} (ERROR, exception event,
 *       {@code error.type}) and the caller gets the delegate's exception object itself;
 *   <li>with {@link OpenTelemetry#noop()} the call returns or throws the same objects;
 *   <li>metrics (a metric reader is registered too): (b) records exactly the metric points that (c)
 *       records (tracepoet's duration histogram and error counter, same names, units, attributes and
 *       counts); (d) and (e) record none, i.e. they do less work than (b) and (c).
 * </ul>
 *
 * (a) only passes responses and exceptions through and exports nothing. Variant (f) needs the Java
 * agent and is checked inside its own benchmark fork ({@code AgentCheck}). Every benchmark state runs
 * {@link #verify} for its variant before measuring, so no figure comes from a variant that does less.
 */
public final class SameWorkCheck {
  /**
   * {@code -Dtracepoet.bench.skipSameWorkCheck=true} skips the check in the benchmark states: only
   * for profiling experiments that change a variant on purpose (e.g. tracepoet with
   * {@code -Dtracepoet.metrics.enabled=false}); {@code run.sh} never sets it.
   */
  public static final String SKIP_PROPERTY = "tracepoet.bench.skipSameWorkCheck";

  private SameWorkCheck() {}

  /** Prints the check of every variant but (f); exits with 1 if one fails. */
  public static void main(String[] args) {
    boolean ok = true;
    for (Variant variant : Variant.values()) {
      if (variant == Variant.f_agentWithSpan) {
        System.out.printf("%-20s checked in its agent fork (AgentCheck)%n", variant);
        continue;
      }
      List<String> problems = verify(variant);
      ok &= problems.isEmpty();
      System.out.printf(
          "%-20s %s%n",
          variant,
          problems.isEmpty()
              ? variant == Variant.a_direct
                  ? "OK (passes responses and exceptions through, records nothing)"
                  : "OK (success and error spans equal the expected spans; same objects returned and"
                      + " thrown; span current in the delegate; no-op mode passes through; "
                      + (variant == Variant.b_handWritten || variant == Variant.c_tracepoet
                          ? "the same " + metricsOf(variant).size() + " metric points as tracepoet"
                          : "records no metrics")
                      + ")"
              : "FAILED " + problems);
    }
    if (!ok) {
      System.exit(1);
    }
  }

  /**
   * Verifies {@code variant}; throws {@link IllegalStateException} listing what differs.
   */
  public static void verifyOrThrow(Variant variant) {
    List<String> problems = verify(variant);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("same-work check failed for " + variant + ": " + problems);
    }
  }

  /** The problems found with {@code variant}; empty when it does the expected work. */
  public static List<String> verify(Variant variant) {
    List<String> problems = new ArrayList<>();
    CompletionRequest request = Fixtures.request();
    CompletionResponse response = Fixtures.response();
    ApiException failure = Fixtures.failure();
    boolean records = variant != Variant.a_direct;

    CollectingSpanExporter exporter = new CollectingSpanExporter();
    MetricCollector metrics = new MetricCollector();
    OpenTelemetrySdk sdk = sdk(exporter, metrics);
    try {
      // success
      Probe probe = new Probe(response, null);
      CompletionApi api = variant.wrap(probe, sdk);
      try {
        if (api.complete(request) != response) {
          problems.add("sdk success: the response is not the delegate's object");
        }
      } catch (Throwable t) {
        problems.add("sdk success: threw " + t);
      }
      if (probe.received() != request) {
        problems.add("sdk success: the delegate did not get the caller's request");
      }
      check(problems, "sdk success", records, exporter.drain(), Expected.success(), probe.current());

      // failure
      Probe failing = new Probe(null, failure);
      CompletionApi failingApi = variant.wrap(failing, sdk);
      try {
        failingApi.complete(request);
        problems.add("sdk failure: nothing thrown");
      } catch (Throwable t) {
        if (t != failure) {
          problems.add("sdk failure: threw " + t + " instead of the delegate's exception");
        }
      }
      check(problems, "sdk failure", records, exporter.drain(), Expected.failure(), failing.current());

      Map<String, String> recorded = metrics.snapshot();
      if (variant == Variant.b_handWritten || variant == Variant.c_tracepoet) {
        Map<String, String> tracepoet =
            variant == Variant.c_tracepoet ? recorded : metricsOf(Variant.c_tracepoet);
        if (tracepoet.isEmpty()) {
          problems.add("metrics: tracepoet recorded none (expected its duration histogram)");
        }
        if (!recorded.equals(tracepoet)) {
          problems.add("metrics differ from tracepoet's: " + recorded + " vs " + tracepoet);
        }
      } else if (!recorded.isEmpty()) {
        problems.add("metrics: expected none, got " + recorded);
      }
    } finally {
      sdk.close();
    }

    // no-op
    Probe probe = new Probe(response, null);
    try {
      if (variant.wrap(probe, OpenTelemetry.noop()).complete(request) != response) {
        problems.add("noop success: the response is not the delegate's object");
      }
    } catch (Throwable t) {
      problems.add("noop success: threw " + t);
    }
    if (probe.current() == null || probe.current().isValid()) {
      problems.add("noop success: a valid span was current: " + probe.current());
    }
    try {
      variant.wrap(new Probe(null, failure), OpenTelemetry.noop()).complete(request);
      problems.add("noop failure: nothing thrown");
    } catch (Throwable t) {
      if (t != failure) {
        problems.add("noop failure: threw " + t + " instead of the delegate's exception");
      }
    }
    return problems;
  }

  /** The metric points {@code variant} records for one successful and one failing call. */
  static Map<String, String> metricsOf(Variant variant) {
    MetricCollector metrics = new MetricCollector();
    try (OpenTelemetrySdk sdk = sdk(new CollectingSpanExporter(), metrics)) {
      try {
        variant.wrap(new Probe(Fixtures.response(), null), sdk).complete(Fixtures.request());
        variant.wrap(new Probe(null, Fixtures.failure()), sdk).complete(Fixtures.request());
      } catch (ApiException expected) {
        // the failing call
      }
      return metrics.snapshot();
    }
  }

  private static OpenTelemetrySdk sdk(CollectingSpanExporter exporter, MetricCollector metrics) {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(
            SdkTracerProvider.builder()
                .setSampler(Sampler.alwaysOn())
                .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                .build())
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
        .build();
  }

  private static void check(
      List<String> problems,
      String what,
      boolean records,
      List<SpanData> spans,
      Map<String, String> expected,
      SpanContext current) {
    if (!records) {
      if (!spans.isEmpty()) {
        problems.add(what + ": exported " + spans.size() + " spans, expected none");
      }
      return;
    }
    if (spans.size() != 1) {
      problems.add(what + ": exported " + spans.size() + " spans, expected 1");
      return;
    }
    SpanData span = spans.get(0);
    for (String difference : SpanSnapshot.differences(expected, SpanSnapshot.of(span), List.of())) {
      problems.add(what + ": " + difference);
    }
    if (current == null || !current.equals(span.getSpanContext())) {
      problems.add(what + ": the span was not current while the delegate ran (" + current + ")");
    }
  }
}
