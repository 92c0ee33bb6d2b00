package dev.tracepoet.it.demo;

import dev.tracepoet.it.openai.ChatCompletionChunk;
import dev.tracepoet.it.openai.ChatCompletionRequest;
import dev.tracepoet.it.openai.ChatMessage;
import dev.tracepoet.it.openai.EmbeddingRequest;
import dev.tracepoet.it.openai.HttpOpenAiApi;
import dev.tracepoet.it.openai.ModerationRequest;
import dev.tracepoet.it.openai.OpenAiApi;
import dev.tracepoet.it.openai.OpenAiFixtureServer;
import dev.tracepoet.it.openai.TracedOpenAiApi;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Wraps the OpenAI HTTP client with the generated {@code TracedOpenAiApi}, calls a handful of
 * operations against the embedded fixture server and prints the spans as a tree.
 *
 * <p>The OpenTelemetry SDK is configured by its autoconfigure module, so the standard {@code OTEL_*}
 * environment variables work: {@code OTEL_TRACES_EXPORTER=otlp OTEL_EXPORTER_OTLP_ENDPOINT=...}
 * sends the same spans to a collector, {@code OTEL_TRACES_EXPORTER=console} logs them. With none
 * set, nothing is exported and the demo only prints its tree.
 */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) throws Exception {
    InMemorySpanExporter printed = InMemorySpanExporter.create();
    OpenTelemetrySdk sdk =
        AutoConfiguredOpenTelemetrySdk.builder()
            // defaults that OTEL_* environment variables and -Dotel.* properties override
            .addPropertiesSupplier(
                () ->
                    Map.of(
                        "otel.service.name", "tracepoet-demo",
                        "otel.traces.exporter", "none",
                        "otel.metrics.exporter", "none",
                        "otel.logs.exporter", "none"))
            .addTracerProviderCustomizer(
                (tracerProvider, config) ->
                    tracerProvider.addSpanProcessor(SimpleSpanProcessor.create(printed)))
            .disableShutdownHook()
            .build()
            .getOpenTelemetrySdk();
    try (OpenAiFixtureServer server = OpenAiFixtureServer.start()) {
      run(sdk, server);
      System.out.println("tracepoet demo: the spans recorded by the generated TracedOpenAiApi\n");
      System.out.print(SpanTree.render(printed.getFinishedSpanItems()));
    } finally {
      // flushes the configured exporters (e.g. OTLP); the in-memory copy is cleared by this
      sdk.shutdown().join(10, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  private static void run(OpenTelemetry otel, OpenAiFixtureServer server) throws Exception {
    String apiKey = "sk-demo-0123456789abcdefWXYZ";
    OpenAiApi api = new HttpOpenAiApi(HttpClient.newHttpClient(), server.baseUrl(), apiKey, "acme-research");
    OpenAiApi traced = TracedOpenAiApi.wrap(api, otel, TracingSettings.defaults());

    Tracer tracer = otel.getTracer("demo");
    Span parent = tracer.spanBuilder("answer-question").startSpan();
    try (Scope scope = parent.makeCurrent()) {
      System.out.println("calling the traced client inside span " + parent.getSpanContext().getSpanId()
          + " (scope " + scope.getClass().getSimpleName() + ")");
      traced.listModels();
      traced.createModeration(ModerationRequest.of("Is this text safe?"));
      traced.createChatCompletion(
          ChatCompletionRequest.of("gpt-3.5-turbo", ChatMessage.system("You are a helpful assistant."),
              ChatMessage.user("Say hello")));
      try (Stream<ChatCompletionChunk> chunks =
          traced.createChatCompletionStream(
              ChatCompletionRequest.of("gpt-3.5-turbo", ChatMessage.user("Say hello")).streaming())) {
        chunks.forEach(chunk -> { });
      }
      traced.createEmbedding(EmbeddingRequest.of("text-embedding-ada-002", "hello world"));
      try {
        traced.retrieveModel("gpt-missing");
      } catch (IOException expected) {
        // recorded on the span; the caller sees the same exception
      }
    } finally {
      parent.end();
    }
  }
}
