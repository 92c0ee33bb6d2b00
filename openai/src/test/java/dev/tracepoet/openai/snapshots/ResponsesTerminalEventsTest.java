package dev.tracepoet.openai.snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientAsync;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.AsyncStreamResponse;
import com.openai.core.http.StreamResponse;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseRetrieveParams;
import com.openai.models.responses.ResponseStreamEvent;
import dev.tracepoet.openai.OpenAiTracing;
import dev.tracepoet.openai.fixture.OpenAiFixtureServer;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * A Responses stream whose last event is {@code response.incomplete} or {@code response.failed}
 * (not {@code response.completed}) still gives the response's id, status and usage — and, for
 * {@code failed}, its error code and an ERROR span — on {@code createStreaming} and {@code
 * retrieveStreaming}, sync and async. Snapshots {@code responses.create.stream-<last>[-async]} and
 * {@code responses.retrieve.stream-<last>[-async]}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponsesTerminalEventsTest {
  private OpenAiFixtureServer server;
  private OpenAIClient client;
  private InMemorySpanExporter spans;
  private SdkTracerProvider tracerProvider;
  private OpenAIClient traced;
  private OpenAIClientAsync tracedAsync;

  @BeforeAll
  void start() {
    server = OpenAiFixtureServer.start();
    client = OpenAIOkHttpClient.builder().baseUrl(server.baseUrl()).apiKey("sk-proj-fixture0123456789").maxRetries(0).build();
    spans = InMemorySpanExporter.create();
    tracerProvider = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build();
    OpenTelemetrySdk otel = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build();
    TracingSettings settings = TracingSettings.builder().metricsEnabled(false).build();
    traced = OpenAiTracing.wrap(client, otel, settings);
    tracedAsync = OpenAiTracing.wrap(client.async(), otel, settings);
  }

  @AfterAll
  void stop() {
    tracerProvider.close();
    client.close();
    server.close();
  }

  private static ResponseCreateParams create(String last) {
    return ResponseCreateParams.builder().model("gpt-4.1-mini").input("What is a span?")
        .putAdditionalHeader("x-fixture", "responses/stream-" + last + ".sse").build();
  }

  private static ResponseRetrieveParams retrieve(String last) {
    return ResponseRetrieveParams.builder().responseId("resp_68a1f0c2d4e6b8a0")
        .putAdditionalHeader("x-fixture", "responses/stream-" + last + ".sse").build();
  }

  @TestFactory
  Stream<DynamicTest> theLastEventGivesTheResponse() {
    return Stream.of("incomplete", "failed").flatMap(last -> Stream.of(
        DynamicTest.dynamicTest("responses.create.stream-" + last, () -> {
          try (StreamResponse<ResponseStreamEvent> stream = traced.responses().createStreaming(create(last))) {
            stream.stream().forEach(event -> {});
          }
          check("responses.create.stream-" + last, last, "gen_ai.response.id", "openai.response.status", "gen_ai.usage.input_tokens");
        }),
        DynamicTest.dynamicTest("responses.create.stream-async-" + last, () -> {
          AsyncStreamResponse<ResponseStreamEvent> stream = tracedAsync.responses().createStreaming(create(last));
          stream.subscribe(event -> {}).onCompleteFuture().join();
          check("responses.create.stream-async-" + last, last, "gen_ai.response.id", "openai.response.status", "gen_ai.usage.input_tokens");
        }),
        DynamicTest.dynamicTest("responses.retrieve.stream-" + last, () -> {
          try (StreamResponse<ResponseStreamEvent> stream = traced.responses().retrieveStreaming(retrieve(last))) {
            stream.stream().forEach(event -> {});
          }
          check("responses.retrieve.stream-" + last, last, "openai.response.id", "openai.response.status",
              "openai.response.usage.prompt_tokens");
        }),
        DynamicTest.dynamicTest("responses.retrieve.stream-async-" + last, () -> {
          AsyncStreamResponse<ResponseStreamEvent> stream = tracedAsync.responses().retrieveStreaming(retrieve(last));
          stream.subscribe(event -> {}).onCompleteFuture().join();
          check("responses.retrieve.stream-async-" + last, last, "openai.response.id", "openai.response.status",
              "openai.response.usage.prompt_tokens");
        })));
  }

  private void check(String snapshot, String last, String idKey, String statusKey, String inputTokensKey)
      throws InterruptedException {
    SpanData span = awaitSpan();
    Snapshots.assertMatches(snapshot, List.of(span));
    // the same facts in code, so that a snapshot update cannot silently accept their loss
    assertEquals("resp_68a1f0c2d4e6b8a0", span.getAttributes().get(AttributeKey.stringKey(idKey)));
    assertEquals(last, span.getAttributes().get(AttributeKey.stringKey(statusKey)));
    assertEquals(36L, span.getAttributes().get(AttributeKey.longKey(inputTokensKey)));
    if (last.equals("failed")) {
      assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
      assertEquals("server_error", span.getAttributes().get(AttributeKey.stringKey("error.type")));
      assertEquals("server_error", span.getAttributes().get(AttributeKey.stringKey("openai.response.error.code")));
    } else {
      assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    }
  }

  private SpanData awaitSpan() throws InterruptedException {
    for (int i = 0; i < 200 && spans.getFinishedSpanItems().isEmpty(); i++) {
      Thread.sleep(10);
    }
    Thread.sleep(20);
    List<SpanData> finished = spans.getFinishedSpanItems();
    spans.reset();
    assertEquals(1, finished.size(), "one span per call: " + finished);
    return finished.get(0);
  }
}
