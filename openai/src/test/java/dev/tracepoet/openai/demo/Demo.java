package dev.tracepoet.openai.demo;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.RateLimitException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.embeddings.EmbeddingModel;
import com.openai.models.responses.ResponseCreateParams;
import dev.tracepoet.openai.OpenAiTracing;
import dev.tracepoet.openai.fixture.OpenAiFixtureServer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The first thing to run: the official OpenAI SDK client, traced by one line ({@code
 * OpenAiTracing.wrap(client, otel)}), calls chat (plain and streaming), the Responses API,
 * embeddings and a rate-limited request against an embedded loopback server that answers like the
 * API, then prints the spans as a tree. No network, no API key.
 *
 * <p>The OpenTelemetry SDK is configured by its autoconfigure module, so the standard {@code OTEL_*}
 * environment variables work: {@code OTEL_TRACES_EXPORTER=otlp OTEL_EXPORTER_OTLP_ENDPOINT=...}
 * sends the same spans to a collector, {@code OTEL_TRACES_EXPORTER=console} logs them. With none
 * set, nothing is exported and the demo only prints its tree.
 */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) {
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
                (tracerProvider, config) -> tracerProvider.addSpanProcessor(SimpleSpanProcessor.create(printed)))
            .disableShutdownHook()
            .build()
            .getOpenTelemetrySdk();
    try (OpenAiFixtureServer server = OpenAiFixtureServer.start()) {
      OpenAIClient client =
          OpenAIOkHttpClient.builder()
              .baseUrl(server.baseUrl())
              .apiKey("sk-demo-0123456789abcdefWXYZ")
              .maxRetries(0)
              .timeout(Duration.ofSeconds(10))
              .build();
      try {
        run(OpenAiTracing.wrap(client, sdk), sdk);
      } finally {
        client.close();
      }
      System.out.println("tracepoet demo: the official OpenAI SDK traced by OpenAiTracing.wrap(client, otel)\n");
      System.out.print(SpanTree.render(printed.getFinishedSpanItems()));
    } finally {
      // flushes the configured exporters (e.g. OTLP)
      sdk.shutdown().join(10, TimeUnit.SECONDS);
    }
  }

  private static void run(OpenAIClient openai, OpenTelemetry otel) {
    Span parent = otel.getTracer("demo").spanBuilder("answer-question").startSpan();
    Scope scope = parent.makeCurrent();
    try {
      ChatCompletionCreateParams chat =
          ChatCompletionCreateParams.builder()
              .model(ChatModel.GPT_4O_MINI)
              .addSystemMessage("You are a helpful assistant.")
              .addUserMessage("When does a span end?")
              .temperature(0.2)
              .build();
      openai.chat().completions().create(chat);
      try (StreamResponse<ChatCompletionChunk> stream = openai.chat().completions().createStreaming(chat)) {
        stream.stream().forEach(chunk -> {});
      }
      openai.responses().create(ResponseCreateParams.builder().model(ChatModel.GPT_4O_MINI).input("Say hello").build());
      openai.embeddings().create(
          EmbeddingCreateParams.builder()
              .model(EmbeddingModel.TEXT_EMBEDDING_3_SMALL)
              .input("hello world")
              .encodingFormat(EmbeddingCreateParams.EncodingFormat.FLOAT)
              .build());
      try {
        openai.chat().completions().create(chat.toBuilder().user("trigger-429").build());
      } catch (RateLimitException expected) {
        // recorded on the span (error.type 429, retry-after); the caller sees the SDK's exception
      }
    } finally {
      scope.close();
      parent.end();
    }
  }
}
