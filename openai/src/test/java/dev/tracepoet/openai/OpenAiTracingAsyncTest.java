package dev.tracepoet.openai;

import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_REQUEST_MODEL;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_RESPONSE_ID;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_RESPONSE_MODEL;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_USAGE_INPUT_TOKENS;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_USAGE_OUTPUT_TOKENS;
import static io.opentelemetry.semconv.incubating.OpenaiIncubatingAttributes.OPENAI_API_TYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientAsync;
import com.openai.core.http.AsyncStreamResponse;
import com.openai.core.http.StreamResponse;
import com.openai.errors.RateLimitException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStreamEvent;
import dev.tracepoet.openai.fixture.OpenAiFixtureTest;
import dev.tracepoet.runtime.TracingSettings;
import dev.tracepoet.sdktesting.TestTelemetry;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.semconv.HttpAttributes;
import io.opentelemetry.semconv.ServerAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The async client, {@code async()} / {@code sync()} and the Responses stream, traced over the real SDK. */
class OpenAiTracingAsyncTest extends OpenAiFixtureTest {

  private InMemorySpanExporter spans;
  private TestTelemetry telemetry;
  private OpenTelemetrySdk otel;
  private final TracingSettings settings = TracingSettings.builder().metricsEnabled(false).build();

  @BeforeEach
  void trace() {
    telemetry = TestTelemetry.create();
    spans = telemetry.spans();
    otel = telemetry.otel();
  }

  @AfterEach
  void stopTracing() {
    telemetry.close();
  }

  private static ChatCompletionCreateParams chat(String model) {
    return ChatCompletionCreateParams.builder().model(model).addUserMessage("What is a span?").build();
  }

  private SpanData onlySpan() {
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(1, finished.size(), () -> "exactly one span: " + finished);
    return finished.get(0);
  }

  @Test
  void theAsyncClientTracesItsFutures() throws Exception {
    OpenAIClientAsync async = OpenAiTracing.wrap(client.async(), otel, settings);
    ChatCompletion completion = async.chat().completions().create(chat("gpt-4o-mini")).get(10, TimeUnit.SECONDS);
    assertEquals(2, completion.choices().size());
    SpanData span = onlySpan();
    assertEquals("chat gpt-4o-mini", span.getName());
    assertEquals(42L, span.getAttributes().get(GEN_AI_USAGE_INPUT_TOKENS));
    assertEquals(server.host(), span.getAttributes().get(ServerAttributes.SERVER_ADDRESS));
    assertEquals(server.port(), span.getAttributes().get(ServerAttributes.SERVER_PORT));
  }

  @Test
  void anAsyncFailureCompletesTheFutureWithTheSdkException() {
    OpenAIClientAsync async = OpenAiTracing.wrap(client.async(), otel, settings);
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> async.chat().completions().create(chat("trigger-429")).get(10, TimeUnit.SECONDS));
    assertInstanceOf(RateLimitException.class, e.getCause());
    SpanData span = onlySpan();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(429L, span.getAttributes().get(HttpAttributes.HTTP_RESPONSE_STATUS_CODE));
  }

  @Test
  void anAsyncStreamEndsItsSpanWhenTheHandlerCompletes() throws Exception {
    OpenAIClientAsync async = OpenAiTracing.wrap(client.async(), otel, settings);
    ChatCompletionCreateParams params =
        chat("gpt-4o-mini").toBuilder()
            .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
            .build();
    List<ChatCompletionChunk> chunks = Collections.synchronizedList(new ArrayList<>());
    List<Optional<Throwable>> completions = Collections.synchronizedList(new ArrayList<>());
    AsyncStreamResponse<ChatCompletionChunk> stream = async.chat().completions().createStreaming(params);
    stream.subscribe(
        new AsyncStreamResponse.Handler<>() {
          @Override
          public void onNext(ChatCompletionChunk chunk) {
            chunks.add(chunk);
          }

          @Override
          public void onComplete(Optional<Throwable> error) {
            completions.add(error);
          }
        });
    stream.onCompleteFuture().get(10, TimeUnit.SECONDS);
    assertEquals(9, chunks.size());
    assertEquals(List.of(Optional.empty()), completions);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (spans.getFinishedSpanItems().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    SpanData span = onlySpan();
    assertEquals("chat gpt-4o-mini", span.getName());
    assertEquals(25L, span.getAttributes().get(GEN_AI_USAGE_INPUT_TOKENS));
    assertEquals(12L, span.getAttributes().get(GEN_AI_USAGE_OUTPUT_TOKENS));
  }

  @Test
  void asyncAndSyncStayTraced() throws Exception {
    OpenAIClient traced = OpenAiTracing.wrap(client, otel, settings);
    traced.async().chat().completions().create(chat("gpt-4o-mini")).get(10, TimeUnit.SECONDS);
    traced.async().sync().chat().completions().create(chat("gpt-4o-mini"));
    assertEquals(2, spans.getFinishedSpanItems().size());
    assertSame(traced.async(), traced.async());
  }

  @Test
  void theResponsesStreamReadsTheCompletedEvent() {
    OpenAIClient traced = OpenAiTracing.wrap(client, otel, settings);
    long events;
    try (StreamResponse<ResponseStreamEvent> stream =
        traced.responses()
            .createStreaming(ResponseCreateParams.builder().model("gpt-4.1-mini").input("What is a span?").build())) {
      events = stream.stream().count();
    }
    assertEquals(10, events);
    SpanData span = onlySpan();
    assertEquals("chat gpt-4.1-mini", span.getName());
    assertEquals("gpt-4.1-mini", span.getAttributes().get(GEN_AI_REQUEST_MODEL));
    assertEquals("gpt-4.1-mini-2025-04-14", span.getAttributes().get(GEN_AI_RESPONSE_MODEL));
    assertEquals(36L, span.getAttributes().get(GEN_AI_USAGE_INPUT_TOKENS));
    assertEquals("responses", span.getAttributes().get(OPENAI_API_TYPE));
    assertEquals("resp_68a1f0c2d4e6b8a0", span.getAttributes().get(GEN_AI_RESPONSE_ID));
  }
}
