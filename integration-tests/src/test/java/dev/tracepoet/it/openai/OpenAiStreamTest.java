package dev.tracepoet.it.openai;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracepoet.runtime.Tokens;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The streamed chat completion ({@code createChatCompletionStream}, server-sent events) through
 * {@code TracedOpenAiApi}; the snapshots ({@code createChatCompletionStream*.json}) show the spans
 * whole.
 */
class OpenAiStreamTest {
  private static final String API_KEY = OpenAiSnapshotTest.API_KEY;
  private static final String STREAMED_TEXT = "Hello, tracing team!";

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private OpenTelemetrySdk otel;
  private OpenAiFixtureServer server;
  private HttpOpenAiApi plain;
  private OpenAiApi traced;

  @BeforeEach
  void setUp() {
    otel =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .build();
    server = OpenAiFixtureServer.start();
    plain = new HttpOpenAiApi(HttpClient.newHttpClient(), server.baseUrl(), API_KEY, null);
    traced = TracedOpenAiApi.wrap(plain, otel, TracingSettings.defaults());
  }

  @AfterEach
  void tearDown() {
    server.close();
    otel.close();
  }

  private static String text(List<ChatCompletionChunk> chunks) {
    return chunks.stream()
        .flatMap(c -> c.choices().stream())
        .map(choice -> choice.delta().content())
        .filter(Objects::nonNull)
        .collect(Collectors.joining());
  }

  @Test
  void theSpanStaysOpenUntilTheStreamIsConsumedAndRecordsTheReportedUsage() throws Exception {
    Stream<ChatCompletionChunk> stream = traced.createChatCompletionStream(OpenAiScenarios.streamRequest());
    assertTrue(spans.getFinishedSpanItems().isEmpty(), "the span ends with the stream, not the call");

    List<ChatCompletionChunk> chunks = OpenAiScenarios.consume(stream);

    assertEquals(6, chunks.size());
    assertEquals(STREAMED_TEXT, text(chunks));
    assertEquals(30, chunks.get(5).usage().totalTokens());
    SpanData span = spans.getFinishedSpanItems().get(0);
    assertEquals("createChatCompletionStream", span.getName());
    assertEquals(SpanKind.CLIENT, span.getKind());
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    Attributes a = span.getAttributes();
    assertEquals(6L, a.get(longKey("tracepoet.stream.elements")));
    assertEquals(true, a.get(booleanKey("openai.request.stream_options.include_usage")));
    assertEquals(64L, a.get(longKey("openai.request.max_tokens")));
    assertEquals("chatcmpl-9Bx4kS7rQ2mNvE8pLd3TgYh1WcZaF", a.get(stringKey("openai.response.id")));
    assertEquals(1701000300L, a.get(longKey("openai.response.created")));
    // reported by the final chunk, which has no choices: the hook collects the finish reasons
    assertEquals(25L, a.get(longKey("openai.response.usage.prompt_tokens")));
    assertEquals(5L, a.get(longKey("openai.response.usage.completion_tokens")));
    assertEquals(30L, a.get(longKey("openai.response.usage.total_tokens")));
    assertNull(a.get(booleanKey("openai.response.usage.estimated")));
    assertEquals(List.of("stop"), a.get(stringArrayKey("openai.response.choices.finish_reason")));
    assertEquals(1L, a.get(longKey("openai.response.choices_count")));
    assertEquals(4999L, a.get(longKey("openai.response.ratelimit.remaining_requests")));
    assertEquals("sk-...WXYZ", a.get(stringKey("openai.user.api_key")));
    assertNull(a.get(booleanKey("tracepoet.cancelled")));
    String body = server.received().get(0).text();
    assertTrue(body.contains("\"stream\":true") && body.contains("\"include_usage\":true"), body);
  }

  @Test
  void withoutReportedUsageTheTokensAreCountedAndFlaggedAsEstimated() throws Exception {
    List<ChatCompletionChunk> chunks =
        OpenAiScenarios.consume(traced.createChatCompletionStream(OpenAiScenarios.streamRequestWithoutUsage()));

    assertEquals(5, chunks.size());
    Attributes a = spans.getFinishedSpanItems().get(0).getAttributes();
    assertEquals(true, a.get(booleanKey("openai.response.usage.estimated")));
    assertEquals("estimate", a.get(stringKey("openai.response.usage.counted_by")));
    // the completion: the text accumulated over all chunks
    assertEquals((long) Tokens.estimate(STREAMED_TEXT), a.get(longKey("openai.response.usage.completion_tokens")));
    long prompt = a.get(longKey("openai.response.usage.prompt_tokens"));
    assertTrue(prompt > 0);
    assertEquals(prompt + Tokens.estimate(STREAMED_TEXT), a.get(longKey("openai.response.usage.total_tokens")));
    assertEquals(List.of("stop"), a.get(stringArrayKey("openai.response.choices.finish_reason")));
    assertNull(a.get(stringKey("openai.response.completion")), "content capture is off");
  }

  @Test
  void closingTheStreamEarlyEndsTheSpanAsCancelledAndClosesTheDelegatesStream() throws Exception {
    AtomicInteger closed = new AtomicInteger();
    OpenAiApi api =
        TracedOpenAiApi.wrap(
            new HttpOpenAiApi(HttpClient.newHttpClient(), server.baseUrl(), API_KEY, null) {
              @Override
              public Stream<ChatCompletionChunk> createChatCompletionStream(ChatCompletionRequest request)
                  throws IOException, InterruptedException {
                return super.createChatCompletionStream(request).onClose(closed::incrementAndGet);
              }
            },
            otel,
            TracingSettings.defaults());

    ChatCompletionChunk first = OpenAiScenarios.firstOnly(api.createChatCompletionStream(OpenAiScenarios.streamRequest()));

    assertEquals("assistant", first.choices().get(0).delta().role());
    assertEquals(1, closed.get(), "the delegate's close handler ran once");
    SpanData span = spans.getFinishedSpanItems().get(0);
    Attributes a = span.getAttributes();
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    assertEquals(true, a.get(booleanKey("tracepoet.cancelled")));
    assertEquals(1L, a.get(longKey("tracepoet.stream.elements")));
    assertNull(a.get(stringArrayKey("openai.response.choices.finish_reason")), "no choice finished");
    assertEquals(1L, a.get(longKey("openai.response.choices_count")));
  }

  @Test
  void theHttpClientReadsTheBodyLazilyAndStopsReadingWhenClosed() throws Exception {
    Stream<ChatCompletionChunk> stream = plain.createChatCompletionStream(OpenAiScenarios.streamRequest());
    Iterator<ChatCompletionChunk> chunks = stream.iterator();

    assertEquals("assistant", chunks.next().choices().get(0).delta().role());
    assertEquals("Hello", chunks.next().choices().get(0).delta().content());
    stream.close();
    assertFalse(chunks.hasNext(), "a closed stream reads nothing more");
  }

  @Test
  void anErrorEventMidStreamFailsTheStreamAndTheSpan() {
    List<ChatCompletionChunk> seen = new ArrayList<>();
    StreamErrorException error =
        assertThrows(
            StreamErrorException.class,
            () -> {
              try (Stream<ChatCompletionChunk> stream =
                  traced.createChatCompletionStream(
                      ChatCompletionRequest.of("trigger-stream-error", ChatMessage.user("hi")))) {
                stream.forEach(seen::add);
              }
            });

    assertEquals("server_error", error.type());
    assertEquals(2, seen.size());
    SpanData span = spans.getFinishedSpanItems().get(0);
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    Attributes a = span.getAttributes();
    assertEquals(StreamErrorException.class.getName(), a.get(stringKey("error.type")));
    assertEquals(2L, a.get(longKey("tracepoet.stream.elements")));
    assertEquals("acme-research", a.get(stringKey("openai.organization.name")));
    assertEquals(4999L, a.get(longKey("openai.response.ratelimit.remaining_requests")), "from the chunks' headers");
    assertEquals("chatcmpl-9Bx4kS7rQ2mNvE8pLd3TgYh1WcZaF", a.get(stringKey("openai.response.id")),
        "response tags come from the chunks received before the failure");
    assertEquals(1L, a.get(longKey("openai.response.usage.completion_tokens")), "usage of what was received");
    assertEquals(error.getMessage(), span.getStatus().getDescription());
    assertEquals("exception", span.getEvents().get(0).getName());
  }

  @Test
  void anErrorStatusFailsTheCallBeforeAnythingIsStreamed() {
    RateLimitException error =
        assertThrows(
            RateLimitException.class,
            () -> traced.createChatCompletionStream(ChatCompletionRequest.of("trigger-429", ChatMessage.user("hi"))));

    assertEquals(429, error.status());
    Attributes a = spans.getFinishedSpanItems().get(0).getAttributes();
    assertEquals(RateLimitException.class.getName(), a.get(stringKey("error.type")));
    assertEquals(0L, a.get(longKey("openai.response.ratelimit.remaining_requests")));
  }

  @Test
  void contentCaptureRecordsThePromptAndTheStreamedText() throws Exception {
    OpenAiApi capturing =
        TracedOpenAiApi.wrap(plain, otel, TracingSettings.builder().captureContent(true).build());

    OpenAiScenarios.consume(capturing.createChatCompletionStream(OpenAiScenarios.streamRequestWithoutUsage()));

    Attributes a = spans.getFinishedSpanItems().get(0).getAttributes();
    assertEquals(STREAMED_TEXT, a.get(stringKey("openai.response.completion")));
    assertTrue(a.get(stringKey("openai.request.prompt")).startsWith("You are a terse assistant."));
  }
}
