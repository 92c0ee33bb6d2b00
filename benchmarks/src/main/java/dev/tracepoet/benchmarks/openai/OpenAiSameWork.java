package dev.tracepoet.benchmarks.openai;

import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import dev.tracepoet.benchmarks.check.CollectingSpanExporter;
import dev.tracepoet.benchmarks.openai.OpenAiSdkBenchmark.Tracing;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What each variant of {@link OpenAiSdkBenchmark} does per call, checked before anything is timed:
 * the caller gets the same completion and the same chunks as untraced, and each traced variant
 * exports exactly one span per call (tracepoet's a CLIENT span). Prints the span names and attribute counts (the traced
 * variants record different attributes; that difference is part of what is compared).
 */
public final class OpenAiSameWork {
  private OpenAiSameWork() {}

  /** Prints the check of every variant; exits with 1 if one fails. */
  public static void main(String[] args) {
    boolean ok = true;
    for (Tracing tracing : Tracing.values()) {
      List<String> lines = new ArrayList<>();
      List<String> problems = verify(tracing, lines);
      ok &= problems.isEmpty();
      System.out.printf("%-14s %s %s%n", tracing, problems.isEmpty() ? "ok" : "FAILED " + problems, lines);
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
      OpenAIClient plain = OpenAiSdkBenchmark.client(CannedHttpClient.json(OpenAiSdkBenchmark.resource("chat.json")));
      OpenAIClient chat = OpenAiSdkBenchmark.traced(tracing, plain, sdk);
      ChatCompletion expected = plain.chat().completions().create(OpenAiSdkBenchmark.params());
      ChatCompletion actual = chat.chat().completions().create(OpenAiSdkBenchmark.params());
      if (!expected.equals(actual)) {
        problems.add("chat: the caller got a different completion");
      }
      expectSpans(tracing, "chat", exporter.drain(), problems, report);

      OpenAIClient plainStream =
          OpenAiSdkBenchmark.client(CannedHttpClient.events(OpenAiSdkBenchmark.resource("chat.sse")));
      OpenAIClient stream = OpenAiSdkBenchmark.traced(tracing, plainStream, sdk);
      List<ChatCompletionChunk> expectedChunks = chunks(plainStream);
      List<ChatCompletionChunk> actualChunks = chunks(stream);
      if (!expectedChunks.equals(actualChunks) || expectedChunks.isEmpty()) {
        problems.add("chatStreaming: the caller got different chunks");
      }
      expectSpans(tracing, "chatStreaming", exporter.drain(), problems, report);
    }
    return problems;
  }

  private static List<ChatCompletionChunk> chunks(OpenAIClient client) {
    try (StreamResponse<ChatCompletionChunk> response =
        client.chat().completions().createStreaming(OpenAiSdkBenchmark.params())) {
      return response.stream().collect(Collectors.toList());
    }
  }

  private static void expectSpans(
      Tracing tracing, String call, List<SpanData> spans, List<String> problems, List<String> report) {
    int expected = tracing == Tracing.untraced ? 0 : 1;
    if (spans.size() != expected) {
      problems.add(call + ": " + spans.size() + " spans, expected " + expected);
    }
    for (SpanData span : spans) {
      // OpenTelemetry's openai-java instrumentation 2.31.1 makes INTERNAL spans: reported, not a failure.
      if (tracing == Tracing.tracepoet && span.getKind() != SpanKind.CLIENT) {
        problems.add(call + ": span " + span.getName() + " is " + span.getKind());
      }
      report.add(
          call + " '" + span.getName() + "' " + span.getKind() + " " + span.getAttributes().size() + " attributes");
    }
  }
}
