package dev.tracepoet.openai.snapshots;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientAsync;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.AsyncStreamResponse;
import com.openai.core.http.HttpResponse;
import com.openai.core.http.StreamResponse;
import com.openai.errors.RateLimitException;
import dev.tracepoet.openai.OpenAiTracing;
import dev.tracepoet.openai.fixture.OpenAiFixtureServer;
import dev.tracepoet.runtime.TracingSettings;
import dev.tracepoet.sdktesting.TestTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * One snapshot per traced operation and mode under {@code src/test/resources/snapshots/}: {@code
 * <operation>.sync}, {@code .async}, {@code .error} (the API answering 429), and {@code .stream} /
 * {@code .stream-async} (the sync and the async client's streaming twin) where the SDK streams —
 * the real SDK client, wrapped by {@link OpenAiTracing}, against the fixture server, on both SDK
 * versions. Content capture is off (the default).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationSnapshotsTest {
  private OpenAiFixtureServer server;
  private OpenAIClient client;
  private TestTelemetry telemetry;
  private InMemorySpanExporter spans;
  private OpenAIClient traced;
  private OpenAIClientAsync tracedAsync;

  @BeforeAll
  void start() {
    server = OpenAiFixtureServer.start();
    client = OpenAIOkHttpClient.builder().baseUrl(server.baseUrl()).apiKey("sk-proj-fixture0123456789")
        .adminApiKey("sk-admin-fixture0123456789") // checkpoint permissions are admin endpoints
        .maxRetries(0).build();
    telemetry = TestTelemetry.create();
    spans = telemetry.spans();
    OpenTelemetrySdk otel = telemetry.otel();
    TracingSettings settings = TracingSettings.builder().metricsEnabled(false).build();
    traced = OpenAiTracing.wrap(client, otel, settings);
    tracedAsync = OpenAiTracing.wrap(client.async(), otel, settings);
  }

  @AfterAll
  void stop() {
    telemetry.close();
    client.close();
    server.close();
  }

  @TestFactory
  Stream<DynamicTest> everyOperationMatchesItsSnapshots() {
    return Operations.ALL.stream().filter(LatestOperations::callable).flatMap(op -> {
      Stream<DynamicTest> tests = Stream.of(
          DynamicTest.dynamicTest(op.name() + ".sync", () -> snapshot(op.name() + ".sync", () -> finish(op.call(traced, false)))),
          DynamicTest.dynamicTest(op.name() + ".async", () -> snapshot(op.name() + ".async", () -> finish(op.call(tracedAsync, false)))),
          DynamicTest.dynamicTest(op.name() + ".error", () -> snapshot(op.name() + ".error", () -> {
            OpenAIClient limited = traced.withOptions(b -> b.putHeader("x-fixture-status", "429"));
            Throwable thrown = assertThrows(Throwable.class, () -> finish(op.call(limited, false)));
            assertInstanceOf(RateLimitException.class, thrown, "the SDK's own exception reaches the caller");
          })));
      if (op.streamMethod() != null) {
        tests = Stream.concat(tests, Stream.of(
            DynamicTest.dynamicTest(op.name() + ".stream", () -> snapshot(op.name() + ".stream", () -> finish(op.call(traced, true)))),
            DynamicTest.dynamicTest(op.name() + ".stream-async",
                () -> snapshot(op.name() + ".stream-async", () -> finish(op.call(tracedAsync, true))))));
      }
      return tests;
    });
  }

  private interface Call {
    void run() throws Throwable;
  }

  private void snapshot(String name, Call call) throws Throwable {
    spans.reset();
    call.run();
    List<SpanData> finished = awaitSpans();
    assertFalse(finished.isEmpty(), "the call made a span");
    Snapshots.assertMatches(name, finished);
  }

  /** Consumes what the caller would: reads a stream to its end, waits for a future, closes a body. */
  private static void finish(Object result) throws Throwable {
    if (result instanceof CompletableFuture<?> future) {
      try {
        finish(future.join());
      } catch (CompletionException e) {
        throw e.getCause();
      }
    } else if (result instanceof StreamResponse<?> stream) {
      try (stream) {
        stream.stream().forEach(element -> {});
      }
    } else if (result instanceof AsyncStreamResponse<?> stream) {
      stream.subscribe(element -> {}).onCompleteFuture().join();
    } else if (result instanceof HttpResponse response) {
      try (response) {
        response.body().readAllBytes();
      }
    }
  }

  private List<SpanData> awaitSpans() throws InterruptedException {
    for (int i = 0; i < 200 && spans.getFinishedSpanItems().isEmpty(); i++) {
      Thread.sleep(10);
    }
    Thread.sleep(20); // a second span, if the call made one by mistake, shows in the snapshot
    return spans.getFinishedSpanItems();
  }
}
