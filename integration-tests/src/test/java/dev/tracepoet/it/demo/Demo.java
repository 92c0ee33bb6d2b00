package dev.tracepoet.it.demo;

import dev.tracepoet.it.chat.ChatApi;
import dev.tracepoet.it.chat.ChatRequest;
import dev.tracepoet.it.chat.HttpChatApi;
import dev.tracepoet.it.chat.TracedChatApi;
import dev.tracepoet.it.support.FixtureServer;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.List;

/**
 * Wraps the HTTP chat client with the generated {@code TracedChatApi}, makes a few calls against the
 * embedded fixture server and prints the exported spans as a tree.
 */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) throws Exception {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    try (OpenTelemetrySdk otel =
            OpenTelemetrySdk.builder()
                .setTracerProvider(
                    SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
                .build();
        FixtureServer server = FixtureServer.start()) {
      ChatApi api = new HttpChatApi(HttpClient.newHttpClient(), server.baseUrl(), "sk-demo-0123456789abcdefWXYZ");
      ChatApi traced = TracedChatApi.wrap(api, otel, TracingSettings.defaults());

      Tracer tracer = otel.getTracer("demo");
      Span parent = tracer.spanBuilder("answer-question").startSpan();
      try (Scope scope = parent.makeCurrent()) {
        System.out.println("calling the traced client inside span " + parent.getSpanContext().getSpanId()
            + " (scope " + scope.getClass().getSimpleName() + ")");
        traced.listModels();
        traced.createChatCompletion(
            ChatRequest.of("gpt-4o-mini", "Say hello").withMaxTokens(64).withTemperature(0.2)
                .withStop(List.of("END")));
        traced.createChatCompletion(ChatRequest.of("local-llm", "hello world"));
        traced.deleteModel("ft:gpt-4o-mini:acme::abc123", "sk-demo-0123456789abcdefWXYZ");
        try {
          traced.retrieveModel("missing");
        } catch (IOException expected) {
          // recorded on the span; the caller sees the same exception
        }
      } finally {
        parent.end();
      }
      System.out.println("tracepoet demo: spans exported by the OpenTelemetry SDK\n");
      System.out.print(SpanTree.render(exporter.getFinishedSpanItems()));
    }
  }
}
