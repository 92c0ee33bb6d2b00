package dev.tracepoet.benchmarks.anthropic;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.RawMessageStreamEvent;
import dev.tracepoet.benchmarks.anthropic.AnthropicSdkBenchmark.Tracing;
import dev.tracepoet.benchmarks.check.CollectingSpanExporter;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What each variant of {@link AnthropicSdkBenchmark} does per call, checked before anything is
 * timed: the caller gets the same message and the same events as untraced, and the traced variant
 * exports exactly one CLIENT span per call (names and attribute counts are printed).
 */
public final class AnthropicSameWork {
  private AnthropicSameWork() {}

  /** Prints the check of every variant; exits with 1 if one fails. */
  public static void main(String[] args) {
    boolean ok = true;
    for (Tracing tracing : Tracing.values()) {
      List<String> lines = new ArrayList<>();
      List<String> problems = verify(tracing, lines);
      ok &= problems.isEmpty();
      System.out.printf("%-10s %s %s%n", tracing, problems.isEmpty() ? "ok" : "FAILED " + problems, lines);
    }
    if (!ok) {
      System.exit(1);
    }
  }

  /** The problems of one variant (empty when it does the expected work); {@code report} gets one line per span. */
  static List<String> verify(Tracing tracing, List<String> report) {
    List<String> problems = new ArrayList<>();
    CollectingSpanExporter exporter = new CollectingSpanExporter();
    try (OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
            .build()) {
      AnthropicClient plain = AnthropicSdkBenchmark.jsonClient();
      Message expected = plain.messages().create(AnthropicSdkBenchmark.params());
      Message actual = AnthropicSdkBenchmark.traced(tracing, plain, sdk).messages().create(AnthropicSdkBenchmark.params());
      if (!expected.equals(actual)) {
        problems.add("create: the caller got a different message");
      }
      expectOneSpan(tracing, "create", exporter.drain(), problems, report);

      AnthropicClient plainStream = AnthropicSdkBenchmark.streamClient();
      List<RawMessageStreamEvent> expectedEvents = events(plainStream);
      List<RawMessageStreamEvent> actualEvents = events(AnthropicSdkBenchmark.traced(tracing, plainStream, sdk));
      if (expectedEvents.isEmpty() || !expectedEvents.equals(actualEvents)) {
        problems.add("createStreaming: the caller got different events");
      }
      expectOneSpan(tracing, "createStreaming", exporter.drain(), problems, report);
    }
    return problems;
  }

  private static List<RawMessageStreamEvent> events(AnthropicClient client) {
    try (StreamResponse<RawMessageStreamEvent> response =
        client.messages().createStreaming(AnthropicSdkBenchmark.params())) {
      return response.stream().collect(Collectors.toList());
    }
  }

  private static void expectOneSpan(
      Tracing tracing, String call, List<SpanData> spans, List<String> problems, List<String> report) {
    int expected = tracing == Tracing.untraced ? 0 : 1;
    if (spans.size() != expected) {
      problems.add(call + ": " + spans.size() + " spans, expected " + expected);
    }
    for (SpanData span : spans) {
      if (span.getKind() != SpanKind.CLIENT) {
        problems.add(call + ": span " + span.getName() + " is " + span.getKind());
      }
      report.add(call + " '" + span.getName() + "' " + span.getKind() + " " + span.getAttributes().size() + " attributes");
    }
  }
}
