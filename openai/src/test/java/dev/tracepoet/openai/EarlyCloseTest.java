package dev.tracepoet.openai;

import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_RESPONSE_ID;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_RESPONSE_MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientAsync;
import com.openai.core.http.AsyncStreamResponse;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import dev.tracepoet.openai.fixture.OpenAiFixtureTest;
import dev.tracepoet.runtime.TracepoetAttributes;
import dev.tracepoet.runtime.TracingSettings;
import dev.tracepoet.sdktesting.TestTelemetry;
import dev.tracepoet.sdktesting.TestTelemetry;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.semconv.ErrorAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case OpenTelemetry's own openai-java instrumentation gets wrong (issue 14): a chat stream the
 * caller closes after its first chunk. There the peer throws {@code OpenAIInvalidDataException}
 * from {@code close()} (it builds a {@code ChatCompletion} from the partial chunks, which lack
 * required fields) and never ends its span. Through {@link OpenAiTracing} every step the caller
 * takes — chunks, {@code close()} twice, a pull after the close, the async handler's calls and the
 * completion future — gives exactly what the undecorated SDK client gives (both are driven through
 * the same script and their transcripts compared), and the span ends exactly once, at the close:
 * status UNSET (the caller chose to stop; not an error, no {@code error.type}), {@code
 * tracepoet.cancelled = true}, {@code tracepoet.stream.elements} = the chunks delivered, and the response
 * attributes of those chunks.
 */
class EarlyCloseTest extends OpenAiFixtureTest {

  private InMemorySpanExporter spans;
  private TestTelemetry telemetry;
  private OpenTelemetrySdk otel;
  private final TracingSettings settings = TracingSettings.builder().metricsEnabled(false).build();
  /**
   * The OpenTelemetry SDK logs (FINE) every {@code end()} of an ended span and every write to one
   * ("Calling end() on an ended or ending Span."); collected here.
   */
  private final List<String> doubleEnds = Collections.synchronizedList(new ArrayList<>());
  private final Handler endWatcher =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          String message = String.valueOf(record.getMessage());
          if (message.contains("on an ended")) { // end() again, or a write after the end
            doubleEnds.add(message);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final Logger sdkSpanLogger = Logger.getLogger("io.opentelemetry.sdk.trace.SdkSpan");

  @BeforeEach
  void trace() {
    telemetry = TestTelemetry.create();
    spans = telemetry.spans();
    otel = telemetry.otel();
    sdkSpanLogger.addHandler(endWatcher);
    sdkSpanLogger.setLevel(Level.ALL);
  }

  @AfterEach
  void stopTracing() {
    sdkSpanLogger.removeHandler(endWatcher);
    sdkSpanLogger.setLevel(null);
    telemetry.close();
  }

  private static ChatCompletionCreateParams params() {
    return ChatCompletionCreateParams.builder()
        .model("gpt-4o-mini")
        .addUserMessage("What is a span?")
        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
        .build();
  }

  private static String describe(ChatCompletionChunk chunk) {
    return "chunk " + chunk.id() + " " + chunk.choices().get(0).delta().content().orElse("-");
  }

  private static String describe(Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    return "threw " + cause.getClass().getName();
  }

  /** Runs {@code step}, noting what it returned or threw. */
  private static void step(List<String> transcript, String name, Function<Void, Object> step) {
    try {
      Object result = step.apply(null);
      transcript.add(name + ": " + (result instanceof ChatCompletionChunk c ? describe(c) : String.valueOf(result)));
    } catch (RuntimeException e) {
      transcript.add(name + ": " + describe(e));
    }
  }

  @Test
  void theWatcherSeesASpanEndedTwice() {
    var span = telemetry.tracerProvider().get("check").spanBuilder("twice").startSpan();
    span.end();
    assertEquals(List.of(), doubleEnds);
    span.end();
    assertEquals(1, doubleEnds.size(), () -> "the SDK's log line: " + doubleEnds);
  }

  // ------------------------------------------------------------------ sync

  /** The peer's failing case: {@code stream().findFirst()}, then {@code close()} (twice). */
  private List<String> findFirstThenClose(OpenAIClient client, Runnable whileOpen) {
    List<String> transcript = new ArrayList<>();
    StreamResponse<ChatCompletionChunk> response = client.chat().completions().createStreaming(params());
    step(transcript, "findFirst", x -> response.stream().findFirst().orElseThrow());
    whileOpen.run();
    step(transcript, "close", x -> {
      response.close();
      return "returned";
    });
    step(transcript, "close again", x -> {
      response.close();
      return "returned";
    });
    return transcript;
  }

  /** An iterator: one chunk, close the response, then keep pulling (what the SDK does then, we do). */
  private List<String> iterateCloseThenPull(OpenAIClient client, Runnable whileOpen) {
    List<String> transcript = new ArrayList<>();
    StreamResponse<ChatCompletionChunk> response = client.chat().completions().createStreaming(params());
    Iterator<ChatCompletionChunk> chunks = response.stream().iterator();
    step(transcript, "next", x -> chunks.next());
    whileOpen.run();
    step(transcript, "close", x -> {
      response.close();
      return "returned";
    });
    step(transcript, "hasNext after close", x -> chunks.hasNext());
    return transcript;
  }

  /** Closing the Java stream (try-with-resources) after one chunk, without closing the response. */
  private List<String> closeTheJavaStream(OpenAIClient client, Runnable whileOpen) {
    List<String> transcript = new ArrayList<>();
    StreamResponse<ChatCompletionChunk> response = client.chat().completions().createStreaming(params());
    step(transcript, "limit(1) in try-with-resources", x -> {
      try (Stream<ChatCompletionChunk> stream = response.stream()) {
        ChatCompletionChunk first = stream.limit(1).findFirst().orElseThrow();
        whileOpen.run();
        return first;
      }
    });
    step(transcript, "close response", x -> {
      response.close();
      return "returned";
    });
    return transcript;
  }

  private interface SyncScript {
    List<String> run(OpenAIClient client, Runnable whileOpen);
  }

  private void assertSyncLikeTheSdk(SyncScript script) {
    List<String> raw = script.run(client, () -> {});
    assertTrue(raw.get(0).contains("chunk chatcmpl-"), () -> "the SDK delivered the first chunk: " + raw);
    List<String> traced =
        script.run(OpenAiTracing.wrap(client, otel, settings),
            () -> assertTrue(spans.getFinishedSpanItems().isEmpty(), "the span stays open until the close"));
    assertEquals(raw, traced, "the wrapped client behaves exactly like the SDK's own");
    assertCancelledOnce();
  }

  @Test
  void findFirstThenCloseBehavesLikeTheSdkAndEndsTheSpanOnce() {
    assertSyncLikeTheSdk(this::findFirstThenClose);
  }

  @Test
  void pullingAfterTheCloseBehavesLikeTheSdkAndEndsTheSpanOnce() {
    assertSyncLikeTheSdk(this::iterateCloseThenPull);
  }

  @Test
  void closingTheJavaStreamBehavesLikeTheSdkAndEndsTheSpanOnce() {
    assertSyncLikeTheSdk(this::closeTheJavaStream);
  }

  // ------------------------------------------------------------------ async

  /**
   * Subscribes, and closes the response from the handler's first {@code onNext}; notes every later
   * handler call (in their order, on the SDK's thread), then how the completion future ended, then
   * a second close.
   */
  private List<String> closeInTheFirstOnNext(OpenAIClientAsync client, Runnable whileOpen) throws Exception {
    List<String> transcript = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch completed = new CountDownLatch(1);
    AsyncStreamResponse<ChatCompletionChunk> response = client.chat().completions().createStreaming(params());
    response.subscribe(
        new AsyncStreamResponse.Handler<>() {
          private boolean first = true;

          @Override
          public void onNext(ChatCompletionChunk chunk) {
            transcript.add("onNext: " + describe(chunk));
            if (first) {
              first = false;
              whileOpen.run();
              try {
                response.close();
                transcript.add("close: returned");
              } catch (RuntimeException e) {
                transcript.add("close: " + describe(e));
              }
            }
          }

          @Override
          public void onComplete(Optional<Throwable> error) {
            transcript.add("onComplete: " + error.map(EarlyCloseTest::describe).orElse("normally"));
            completed.countDown();
          }
        });
    String future;
    try {
      response.onCompleteFuture().get(10, TimeUnit.SECONDS);
      future = "future: completed";
    } catch (java.util.concurrent.ExecutionException e) {
      future = "future: " + describe(e.getCause());
    } catch (java.util.concurrent.CancellationException e) {
      future = "future: cancelled";
    }
    // the handler's calls run on the SDK's thread: noted in their order, after its onComplete
    assertTrue(completed.await(10, TimeUnit.SECONDS), () -> "onComplete was called: " + transcript);
    Thread.sleep(50); // a late handler call, if any, shows in the transcript
    transcript.add(future);
    try {
      response.close();
      transcript.add("close again: returned");
    } catch (RuntimeException e) {
      transcript.add("close again: " + describe(e));
    }
    return new ArrayList<>(transcript);
  }

  @Test
  void asyncCloseAfterTheFirstChunkBehavesLikeTheSdkAndEndsTheSpanOnce() throws Exception {
    List<String> raw = closeInTheFirstOnNext(client.async(), () -> {});
    assertTrue(raw.get(0).startsWith("onNext: chunk chatcmpl-"), () -> "the SDK delivered the first chunk: " + raw);
    List<String> openWhenClosing = new ArrayList<>();
    List<String> traced =
        closeInTheFirstOnNext(OpenAiTracing.wrap(client.async(), otel, settings),
            () -> openWhenClosing.add(spans.getFinishedSpanItems().isEmpty() ? "open" : "ended early"));
    assertEquals(raw, traced, "the wrapped client behaves exactly like the SDK's own");
    assertEquals(List.of("open"), openWhenClosing, "the span stays open until the close");
    awaitOneSpan();
    assertCancelledOnce();
  }

  // ------------------------------------------------------------------ the span

  private void awaitOneSpan() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (spans.getFinishedSpanItems().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  /** One span, ended once at the close: cancelled, not an error, with what the first chunk told. */
  private void assertCancelledOnce() {
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(1, finished.size(), () -> "exactly one span: " + finished);
    SpanData span = finished.get(0);
    assertTrue(span.hasEnded());
    assertEquals(List.of(), doubleEnds, "no span was ended twice");
    assertEquals("chat gpt-4o-mini", span.getName());
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode(), "closing early is not an error");
    assertNull(span.getAttributes().get(ErrorAttributes.ERROR_TYPE));
    assertEquals(Boolean.TRUE, span.getAttributes().get(TracepoetAttributes.CANCELLED));
    assertEquals(1L, span.getAttributes().get(TracepoetAttributes.ELEMENTS));
    assertEquals("chatcmpl-TPc1bS7rQ2mNvE8pLd3TgYh1WcZaF", span.getAttributes().get(GEN_AI_RESPONSE_ID));
    assertEquals("gpt-4o-mini-2024-07-18", span.getAttributes().get(GEN_AI_RESPONSE_MODEL));
    assertNotNull(span.getAttributes().get(TracepoetAttributes.GEN_AI_TIME_TO_FIRST_CHUNK));
    assertTrue(span.getEvents().stream().noneMatch(e -> e.getName().equals("exception")), "no exception event");
  }
}
