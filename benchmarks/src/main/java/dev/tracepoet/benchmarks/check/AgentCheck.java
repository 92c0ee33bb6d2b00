package dev.tracepoet.benchmarks.check;

import dev.tracepoet.benchmarks.endpoint.ApiException;
import dev.tracepoet.benchmarks.endpoint.CompletionApi;
import dev.tracepoet.benchmarks.endpoint.CompletionRequest;
import dev.tracepoet.benchmarks.endpoint.CompletionResponse;
import dev.tracepoet.benchmarks.endpoint.Fixtures;
import dev.tracepoet.benchmarks.variants.Variant;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The same-work check of variant (f), run inside the agent's JVM before its benchmarks measure.
 *
 * <p>SDK mode: turns on the capture of the agent extension's exporter, makes one successful and one
 * failing call, waits for the batch processor to export them (its schedule delay is 5 s) and compares
 * the spans with {@link Expected}: no attribute may be missing or differ; the only extras allowed are
 * the {@code code.function}/{@code code.namespace} attributes that the agent's {@code @WithSpan}
 * instrumentation always adds (it has no switch for them), and they are reported. No-op mode: no recording span is current in the
 * delegate. Both: the caller gets the delegate's response and exception objects.
 */
public final class AgentCheck {
  /** Attributes (f) may add (prefixes): the agent's own {@code code.*} attributes. */
  public static final List<String> AGENT_EXTRAS = List.of("attr.code.");

  private AgentCheck() {}

  /** Checks (f); {@code recording} says whether the agent was configured to record (SDK mode). */
  public static String verifyOrThrow(boolean recording) {
    List<String> problems = new ArrayList<>();
    List<String> extras = new ArrayList<>();
    CompletionRequest request = Fixtures.request();
    CompletionResponse response = Fixtures.response();
    ApiException failure = Fixtures.failure();
    if (recording) {
      System.setProperty("tracepoet.bench.capture", "on");
    }
    Probe probe = new Probe(response, null);
    Probe failing = new Probe(null, failure);
    try {
      CompletionApi api = Variant.f_agentWithSpan.wrap(probe, OpenTelemetry.noop());
      if (api.complete(request) != response) {
        problems.add("success: the response is not the delegate's object");
      }
      Variant.f_agentWithSpan.wrap(failing, OpenTelemetry.noop()).complete(request);
      problems.add("failure: nothing thrown");
    } catch (Throwable t) {
      if (t != failure) {
        problems.add("threw " + t + " instead of the delegate's exception");
      }
    }
    if (!recording) {
      // The agent bridges the application's Span.current() to its own context.
      if (probe.current() == null || probe.current().isSampled()) {
        problems.add("no-op: a sampled span was current in the delegate: " + probe.current());
      }
    } else {
      Map<String, String> success = awaitCapture(0);
      Map<String, String> error = awaitCapture(1);
      System.clearProperty("tracepoet.bench.capture");
      compare(problems, extras, "success", Expected.success(), success, probe.current());
      compare(problems, extras, "failure", Expected.failure(), error, failing.current());
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("same-work check failed for f_agentWithSpan: " + problems);
    }
    return recording
        ? "OK; success and error spans equal the expected spans" + (extras.isEmpty() ? "" : ", extras " + extras)
        : "OK; no span recorded";
  }

  private static void compare(
      List<String> problems,
      List<String> extras,
      String what,
      Map<String, String> expected,
      Map<String, String> actual,
      SpanContext current) {
    if (actual == null) {
      problems.add(what + ": no span exported within 15 s");
      return;
    }
    String context = actual.remove("context");
    for (String difference : SpanSnapshot.differences(expected, actual, AGENT_EXTRAS)) {
      problems.add(what + ": " + difference);
    }
    for (String extra : SpanSnapshot.extras(expected, actual)) {
      if (!extras.contains(extra)) {
        extras.add(extra);
      }
    }
    if (current == null || !(current.getTraceId() + "/" + current.getSpanId()).equals(context)) {
      problems.add(what + ": the span was not current while the delegate ran (" + current + ")");
    }
  }

  private static Map<String, String> awaitCapture(int index) {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (System.nanoTime() < deadline) {
      String text = System.getProperty("tracepoet.bench.captured." + index);
      if (text != null) {
        return SpanSnapshot.parse(text);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }
}
