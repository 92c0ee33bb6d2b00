package dev.tracepoet.openai.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.core.http.AsyncStreamResponse;
import com.openai.core.http.StreamResponse;
import com.openai.errors.RateLimitException;
import com.openai.errors.SseException;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import dev.tracepoet.openai.fixture.OpenAiFixtureTest;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.tracepoet.openai.StreamResponseAdapter} and {@link
 * dev.tracepoet.openai.AsyncStreamResponseAdapter} over the real SDK client and the loopback
 * fixture server (run on both SDK versions).
 */
@SuppressWarnings("try") // scopes opened for their effect
class StreamResponseAdaptersTest extends OpenAiFixtureTest {
  private static final String CHUNK_ID = "chatcmpl-TPc1bS7rQ2mNvE8pLd3TgYh1WcZaF";

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final OpenTelemetrySdk otel =
      OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
          .build();
  private final Tracer tracer = otel.getTracer("test");
  private ChatStreams traced;

  @BeforeEach
  void wrap() {
    ChatStreams delegate =
        new ChatStreams() {
          @Override
          public StreamResponse<ChatCompletionChunk> stream(ChatCompletionCreateParams params) {
            StreamResponse<ChatCompletionChunk> sdk = client.chat().completions().createStreaming(params);
            // Lazy delegate work during each pull: its spans must be children of the call.
            return new StreamResponse<>() {
              @Override
              public Stream<ChatCompletionChunk> stream() {
                return sdk.stream().peek(chunk -> tracer.spanBuilder("sdk-pull").startSpan().end());
              }

              @Override
              public void close() {
                sdk.close();
              }
            };
          }

          @Override
          public AsyncStreamResponse<ChatCompletionChunk> streamAsync(ChatCompletionCreateParams params) {
            return client.async().chat().completions().createStreaming(params);
          }

          @Override
          public StreamResponse<ChatCompletionChunk> streamExplicit(ChatCompletionCreateParams params) {
            return client.chat().completions().createStreaming(params);
          }
        };
    traced = TracedChatStreams.wrap(delegate, otel);
  }

  @AfterEach
  void closeSdk() {
    otel.close();
  }

  static ChatCompletionCreateParams params(String model) {
    return ChatCompletionCreateParams.builder()
        .model(model)
        .addUserMessage("Say hello")
        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
        .build();
  }

  private List<SpanData> spansNamed(String name) {
    return exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).collect(Collectors.toList());
  }

  private SpanData onlySpan(String name) {
    List<SpanData> spans = spansNamed(name);
    assertEquals(1, spans.size(), () -> "exactly one " + name + " span: " + exporter.getFinishedSpanItems());
    return spans.get(0);
  }

  private static <T> T attribute(SpanData span, AttributeKey<T> key) {
    return span.getAttributes().get(key);
  }

  private static final AttributeKey<Long> ELEMENTS = AttributeKey.longKey("tracepoet.stream.elements");
  private static final AttributeKey<Boolean> CANCELLED = AttributeKey.booleanKey("tracepoet.cancelled");
  private static final AttributeKey<String> RESPONSE_ID = AttributeKey.stringKey("openai.response.id");
  private static final AttributeKey<Long> TOTAL_TOKENS = AttributeKey.longKey("openai.response.usage.total_tokens");

  @Test
  void aFullyConsumedStreamEndsTheSpanOnceWithChunksUsageAndContext() {
    Span caller = tracer.spanBuilder("caller").startSpan();
    List<ChatCompletionChunk> chunks;
    try (Scope ignored = caller.makeCurrent();
        StreamResponse<ChatCompletionChunk> response = traced.stream(params("gpt-4o-mini"))) {
      assertTrue(spansNamed("chat").isEmpty(), "open until the stream ends");
      chunks =
          response.stream()
              .peek(chunk -> tracer.spanBuilder("caller-code").startSpan().end())
              .collect(Collectors.toList());
    } finally {
      caller.end();
    }
    assertEquals(9, chunks.size());
    SpanData call = onlySpan("chat");
    assertEquals(caller.getSpanContext().getSpanId(), call.getParentSpanId());
    assertEquals(9L, attribute(call, ELEMENTS));
    assertEquals(CHUNK_ID, attribute(call, RESPONSE_ID));
    assertEquals("gpt-4o-mini-2024-07-18", attribute(call, AttributeKey.stringKey("openai.response.model")));
    assertEquals(37L, attribute(call, TOTAL_TOKENS), "usage from the last chunk");
    assertNull(attribute(call, CANCELLED), "consumed to the end, then closed: not cancelled");
    assertEquals(StatusCode.UNSET, call.getStatus().getStatusCode());
    List<SpanData> pulls = spansNamed("sdk-pull");
    assertEquals(9, pulls.size());
    pulls.forEach(p -> assertEquals(call.getSpanId(), p.getParentSpanId(), "a pull is a child of the call"));
    List<SpanData> callerCode = spansNamed("caller-code");
    assertEquals(9, callerCode.size());
    callerCode.forEach(c -> assertEquals(caller.getSpanContext().getSpanId(), c.getParentSpanId(), "caller code in its own context"));
  }

  @Test
  void closingAfterOneChunkIsQuietAndCancelsOnce() {
    StreamResponse<ChatCompletionChunk> response = traced.streamExplicit(params("gpt-4o-mini"));
    ChatCompletionChunk first = response.stream().findFirst().orElseThrow();
    response.close();
    response.close();
    assertEquals(CHUNK_ID, first.id());
    SpanData call = onlySpan("chat_explicit");
    assertEquals(Boolean.TRUE, attribute(call, CANCELLED));
    assertEquals(1L, attribute(call, ELEMENTS));
    assertEquals(StatusCode.UNSET, call.getStatus().getStatusCode());
  }

  @Test
  void closingTheStreamItselfCancels() {
    StreamResponse<ChatCompletionChunk> response = traced.streamExplicit(params("gpt-4o-mini"));
    try (Stream<ChatCompletionChunk> stream = response.stream()) {
      assertEquals(CHUNK_ID, stream.iterator().next().id());
    }
    SpanData call = onlySpan("chat_explicit");
    assertEquals(Boolean.TRUE, attribute(call, CANCELLED));
    assertEquals(1L, attribute(call, ELEMENTS));
  }

  @Test
  void anErrorMidStreamReachesTheCallerAndRecordsTheChunksBeforeIt() {
    List<ChatCompletionChunk> seen = new ArrayList<>();
    StreamResponse<ChatCompletionChunk> response = traced.streamExplicit(params("trigger-stream-error"));
    try {
      SseException e = assertThrows(SseException.class, () -> response.stream().forEach(seen::add));
      assertEquals(Optional.of("stream_interrupted"), e.code());
    } finally {
      response.close();
    }
    assertEquals(2, seen.size());
    SpanData call = onlySpan("chat_explicit");
    assertEquals(StatusCode.ERROR, call.getStatus().getStatusCode());
    assertEquals(SseException.class.getName(), attribute(call, AttributeKey.stringKey("error.type")));
    assertEquals(2L, attribute(call, ELEMENTS));
    assertNull(attribute(call, CANCELLED), "closing after the failure changes nothing");
  }

  @Test
  void asyncSubscribeReportsEveryChunkAndCompletesOnceInTheCallersContext() throws Exception {
    List<ChatCompletionChunk> chunks = Collections.synchronizedList(new ArrayList<>());
    List<Optional<Throwable>> completions = Collections.synchronizedList(new ArrayList<>());
    List<SpanContext> handlerContexts = Collections.synchronizedList(new ArrayList<>());
    Span caller = tracer.spanBuilder("caller").startSpan();
    AsyncStreamResponse<ChatCompletionChunk> response;
    try (Scope ignored = caller.makeCurrent()) {
      response = traced.streamAsync(params("gpt-4o-mini"));
      response.subscribe(
          new AsyncStreamResponse.Handler<ChatCompletionChunk>() {
            @Override
            public void onNext(ChatCompletionChunk chunk) {
              handlerContexts.add(Span.current().getSpanContext());
              chunks.add(chunk);
            }

            @Override
            public void onComplete(Optional<Throwable> error) {
              completions.add(error);
            }
          });
    } finally {
      caller.end();
    }
    response.onCompleteFuture().get(10, TimeUnit.SECONDS);
    assertEquals(9, chunks.size());
    assertEquals(List.of(Optional.empty()), completions);
    SpanData call = awaitSpan("chat_async");
    assertEquals(caller.getSpanContext().getSpanId(), call.getParentSpanId());
    assertEquals(9L, attribute(call, ELEMENTS));
    assertEquals(CHUNK_ID, attribute(call, RESPONSE_ID));
    assertEquals(37L, attribute(call, TOTAL_TOKENS));
    assertNull(attribute(call, CANCELLED));
    handlerContexts.forEach(c -> assertEquals(caller.getSpanContext(), c, "the handler runs in the subscriber's context"));
    response.close(); // after the end: nothing changes
    assertEquals(1, spansNamed("chat_async").size());
    assertNull(attribute(spansNamed("chat_async").get(0), CANCELLED));
  }

  @Test
  void asyncSubscribeWithAnExecutorRunsTheSdksReadingInTheCall() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      List<SpanContext> handlerContexts = Collections.synchronizedList(new ArrayList<>());
      AsyncStreamResponse<ChatCompletionChunk> response = traced.streamAsync(params("gpt-4o-mini"));
      response.subscribe(chunk -> handlerContexts.add(Span.current().getSpanContext()), executor);
      response.onCompleteFuture().get(10, TimeUnit.SECONDS);
      SpanData call = awaitSpan("chat_async");
      assertEquals(9L, attribute(call, ELEMENTS));
      assertEquals(9, handlerContexts.size());
      handlerContexts.forEach(c -> assertTrue(!c.isValid(), "no caller span: the handler sees none, not the call's"));
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void asyncCloseBeforeSubscribingCancels() throws Exception {
    AsyncStreamResponse<ChatCompletionChunk> response = traced.streamAsync(params("gpt-4o-mini"));
    response.close();
    response.onCompleteFuture().get(10, TimeUnit.SECONDS);
    SpanData call = awaitSpan("chat_async");
    assertEquals(Boolean.TRUE, attribute(call, CANCELLED));
    assertEquals(0L, attribute(call, ELEMENTS));
  }

  @Test
  void anAsyncRequestFailingBeforeAnySubscriptionFailsTheSpan() throws Exception {
    AsyncStreamResponse<ChatCompletionChunk> response = traced.streamAsync(params("trigger-429"));
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> response.onCompleteFuture().get(10, TimeUnit.SECONDS));
    assertTrue(e.getCause() instanceof RateLimitException, String.valueOf(e.getCause()));
    SpanData call = awaitSpan("chat_async");
    assertEquals(StatusCode.ERROR, call.getStatus().getStatusCode());
    assertEquals(RateLimitException.class.getName(), attribute(call, AttributeKey.stringKey("error.type")));
  }

  // ---------------------------------------------------------------- the safety net

  private static void gc(WeakReference<?> reference) throws InterruptedException {
    for (int i = 0; i < 100 && reference.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertNull(reference.get(), "the dropped object was collected");
  }

  private WeakReference<?> pullOneAndDrop() {
    StreamResponse<ChatCompletionChunk> response = traced.streamExplicit(params("gpt-4o-mini"));
    assertEquals(CHUNK_ID, response.stream().iterator().next().id());
    return new WeakReference<>(response);
  }

  @Test
  void aResponseDroppedUnclosedIsAbandoned() throws Exception {
    gc(pullOneAndDrop());
    for (int i = 0; i < 100 && spansNamed("chat_explicit").isEmpty(); i++) {
      System.gc();
      Thread.sleep(20);
    }
    SpanData call = onlySpan("chat_explicit");
    assertEquals(Boolean.TRUE, attribute(call, AttributeKey.booleanKey("tracepoet.abandoned")));
    assertEquals(1L, attribute(call, ELEMENTS));
  }

  private Iterator<ChatCompletionChunk> keepOnlyTheStream(List<WeakReference<?>> dropped) {
    StreamResponse<ChatCompletionChunk> response = traced.streamExplicit(params("gpt-4o-mini"));
    dropped.add(new WeakReference<>(response));
    return response.stream().iterator();
  }

  @Test
  void aStreamStillConsumedKeepsTheSpanOpenAfterItsResponseIsDropped() throws Exception {
    List<WeakReference<?>> dropped = new ArrayList<>();
    Iterator<ChatCompletionChunk> chunks = keepOnlyTheStream(dropped);
    assertEquals(CHUNK_ID, chunks.next().id());
    for (int i = 0; i < 10; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertTrue(spansNamed("chat_explicit").isEmpty(), "not abandoned while the stream is held");
    int rest = 0;
    while (chunks.hasNext()) {
      chunks.next();
      rest++;
    }
    assertEquals(8, rest);
    SpanData call = onlySpan("chat_explicit");
    assertEquals(9L, attribute(call, ELEMENTS));
    assertNull(attribute(call, AttributeKey.booleanKey("tracepoet.abandoned")));
  }

  /** The span of an asynchronous call: ended by the SDK's threads, maybe just after the future. */
  private SpanData awaitSpan(String name) throws InterruptedException {
    for (int i = 0; i < 200 && spansNamed(name).isEmpty(); i++) {
      Thread.sleep(10);
    }
    return onlySpan(name);
  }
}
