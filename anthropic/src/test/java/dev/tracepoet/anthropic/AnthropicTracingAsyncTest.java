package dev.tracepoet.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.client.AnthropicClientAsync;
import com.anthropic.core.http.AsyncStreamResponse;
import com.anthropic.errors.RateLimitException;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.RawMessageStreamEvent;
import dev.tracepoet.anthropic.fixture.AnthropicFixtureTest;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.semconv.ErrorAttributes;
import io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The async client, wrapped by {@link AnthropicTracing}: futures and async streams end their spans when they complete. */
class AnthropicTracingAsyncTest extends AnthropicFixtureTest {
  private AnthropicClientAsync traced;

  @BeforeEach
  void trace() {
    traced = AnthropicTracing.wrap(client.async(), otel, TracingSettings.defaults());
  }

  @Test
  void anAsyncCreateEndsItsSpanWhenTheFutureCompletes() throws Exception {
    Message message = traced.messages().create(AnthropicTracingTest.chat("claude-sonnet-4-5")).get(10, TimeUnit.SECONDS);
    assertEquals("msg_01XFDUDYJgAACzvnptvVoYEL", message.id());
    SpanData span = onlySpan();
    assertEquals("chat claude-sonnet-4-5", span.getName());
    assertEquals(1321L, span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_USAGE_INPUT_TOKENS));
    assertEquals(List.of("tool_use"), span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_RESPONSE_FINISH_REASONS));
  }

  @Test
  void anAsyncFailureCompletesTheFutureWithTheSdkException() {
    ExecutionException thrown = assertThrows(ExecutionException.class,
        () -> traced.messages().create(AnthropicTracingTest.chat("trigger-429")).get(10, TimeUnit.SECONDS));
    assertInstanceOf(RateLimitException.class, thrown.getCause());
    SpanData span = onlySpan();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals("429", span.getAttributes().get(ErrorAttributes.ERROR_TYPE));
  }

  @Test
  void anAsyncStreamEndsItsSpanWhenTheHandlerCompletesAndRunsTheHandlerInTheCallersContext() throws Exception {
    List<RawMessageStreamEvent> events = new CopyOnWriteArrayList<>();
    List<Boolean> inCallSpan = new CopyOnWriteArrayList<>();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      AsyncStreamResponse<RawMessageStreamEvent> stream =
          traced.messages().createStreaming(AnthropicTracingTest.chat("claude-sonnet-4-5"));
      stream.subscribe(new AsyncStreamResponse.Handler<RawMessageStreamEvent>() {
        @Override
        public void onNext(RawMessageStreamEvent event) {
          events.add(event);
          inCallSpan.add(Span.current().getSpanContext().isValid());
        }

        @Override
        public void onComplete(Optional<Throwable> error) {}
      }, executor);
      stream.onCompleteFuture().get(10, TimeUnit.SECONDS);
    } finally {
      executor.shutdown();
    }
    assertEquals(11, events.size());
    assertTrue(inCallSpan.stream().noneMatch(Boolean::booleanValue), "the handler runs in the subscriber's (empty) context");
    SpanData span = onlySpan();
    assertEquals("msg_01StreamAbCdEfGhIjKlMnOp", span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_RESPONSE_ID));
    assertEquals(List.of("end_turn"), span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_RESPONSE_FINISH_REASONS));
    assertEquals(15L, span.getAttributes().get(GenAiIncubatingAttributes.GEN_AI_USAGE_OUTPUT_TOKENS));
    assertEquals(11L, span.getAttributes().get(AttributeKey.longKey("tracepoet.stream.elements")));
  }

  @Test
  void asyncModelsAndSyncStayTraced() throws Exception {
    traced.models().list().get(10, TimeUnit.SECONDS);
    traced.sync().models().list();
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(2, finished.size());
    assertEquals("models.list", finished.get(0).getName());
    assertEquals("models.list", finished.get(1).getName());
    assertEquals(3L, finished.get(0).getAttributes().get(AttributeKey.longKey("anthropic.response.count")));
  }
}
