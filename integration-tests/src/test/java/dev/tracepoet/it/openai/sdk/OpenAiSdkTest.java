package dev.tracepoet.it.openai.sdk;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.doubleKey;
import static io.opentelemetry.api.common.AttributeKey.longArrayKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.RateLimitException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.embeddings.EmbeddingModel;
import com.openai.models.models.ModelListPage;
import dev.tracepoet.it.openai.OpenAiFixtureServer;
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
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The official SDK pointed at the loopback fixture server, called through the traced interface. */
class OpenAiSdkTest {
  private static final String API_KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789WXYZ";

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private OpenTelemetrySdk otel;
  private OpenAiFixtureServer server;
  private OpenAIClient client;
  private OpenAiSdkApi traced;

  @BeforeEach
  void setUp() {
    otel =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .build();
    server = OpenAiFixtureServer.start();
    client =
        OpenAIOkHttpClient.builder()
            .baseUrl(server.baseUrl())
            .apiKey(API_KEY)
            .maxRetries(0) // the 429 below must reach the caller, not be retried
            .build();
    traced = TracedOpenAiSdkApi.wrap(new SdkOpenAiApi(client), otel, TracingSettings.defaults());
  }

  @AfterEach
  void tearDown() {
    client.close();
    server.close();
    otel.close();
  }

  private static ChatCompletionCreateParams chat(String model) {
    return ChatCompletionCreateParams.builder()
        .model(ChatModel.of(model))
        .addSystemMessage("You are a terse assistant.")
        .addUserMessage("Say hello to the tracing team, please.")
        .maxCompletionTokens(64)
        .temperature(0.2)
        .build();
  }

  private static ChatCompletionCreateParams streamed(boolean includeUsage) {
    ChatCompletionCreateParams.Builder builder = chat("gpt-4o-mini").toBuilder();
    if (includeUsage) {
      builder.streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build());
    }
    return builder.build();
  }

  private static List<ChatCompletionChunk> consume(Stream<ChatCompletionChunk> chunks) {
    try (chunks) {
      return chunks.toList();
    }
  }

  @Test
  void chatCompletionGoesThroughTheSdkAndRecordsTypedTags() {
    ChatCompletion completion = traced.createChatCompletion(chat("gpt-4o-mini"));

    assertEquals("chatcmpl-8Qx3aT3r9Z3DqAqvL2tYkU1QxHn0P", completion.id());
    assertEquals(40L, completion.usage().orElseThrow().totalTokens());
    SpanData span = single("createChatCompletion");
    assertEquals(SpanKind.CLIENT, span.getKind());
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    Attributes a = span.getAttributes();
    assertEquals("/chat/completions", a.get(stringKey("openai.request.endpoint")));
    assertEquals("POST", a.get(stringKey("openai.request.method")));
    // request: paths into ChatCompletionCreateParams (model() is a ChatModel, the rest Optionals)
    assertEquals("gpt-4o-mini", a.get(stringKey("openai.request.model")));
    assertEquals(2L, a.get(longKey("openai.request.messages_count")));
    assertEquals(64L, a.get(longKey("openai.request.max_completion_tokens")));
    assertEquals(0.2, a.get(doubleKey("openai.request.temperature")));
    assertNull(a.get(doubleKey("openai.request.top_p")), "an empty Optional records nothing");
    assertNull(a.get(longKey("openai.request.n")));
    // response: paths into ChatCompletion
    assertEquals("chatcmpl-8Qx3aT3r9Z3DqAqvL2tYkU1QxHn0P", a.get(stringKey("openai.response.id")));
    assertEquals("gpt-4o-mini-2024-07-18", a.get(stringKey("openai.response.model")));
    assertEquals(1701000200L, a.get(longKey("openai.response.created")));
    assertEquals(2L, a.get(longKey("openai.response.choices_count")));
    assertEquals(List.of("stop", "length"), a.get(stringArrayKey("openai.response.choices.finish_reason")));
    // token wiring: usage = "usage" (an Optional<CompletionUsage>), as reported
    assertEquals(19L, a.get(longKey("openai.response.usage.prompt_tokens")));
    assertEquals(21L, a.get(longKey("openai.response.usage.completion_tokens")));
    assertEquals(40L, a.get(longKey("openai.response.usage.total_tokens")));
    assertNull(a.get(booleanKey("openai.response.usage.estimated")));
    assertNull(a.get(stringKey("openai.request.prompt")), "content capture is off");
    String body = server.received().get(0).text();
    assertTrue(body.contains("\"max_completion_tokens\":64"), body);
    assertEquals("Bearer " + API_KEY, server.received().get(0).headers().get("Authorization"));
  }

  @Test
  void streamedChatCompletionRecordsTheUsageOfTheFinalChunk() {
    Stream<ChatCompletionChunk> stream = traced.createChatCompletionStream(streamed(true));
    assertTrue(spans.getFinishedSpanItems().isEmpty(), "the span ends with the stream, not the call");

    List<ChatCompletionChunk> chunks = consume(stream);

    assertEquals(6, chunks.size());
    assertEquals(
        "Hello, tracing team!",
        chunks.stream()
            .flatMap(c -> c.choices().stream())
            .map(c -> c.delta().content().orElse(""))
            .collect(Collectors.joining()));
    Attributes a = single("createChatCompletionStream").getAttributes();
    assertEquals(6L, a.get(longKey("tracepoet.stream.elements")));
    assertEquals("gpt-4o-mini", a.get(stringKey("openai.request.model")));
    assertEquals(64L, a.get(longKey("openai.request.max_completion_tokens")));
    assertEquals(true, a.get(booleanKey("openai.request.stream_options.include_usage")));
    assertEquals("chatcmpl-9Bx4kS7rQ2mNvE8pLd3TgYh1WcZaF", a.get(stringKey("openai.response.id")));
    assertEquals("gpt-4o-mini-2024-07-18", a.get(stringKey("openai.response.model")));
    assertEquals(1701000300L, a.get(longKey("openai.response.created")));
    assertEquals(25L, a.get(longKey("openai.response.usage.prompt_tokens")));
    assertEquals(5L, a.get(longKey("openai.response.usage.completion_tokens")));
    assertEquals(30L, a.get(longKey("openai.response.usage.total_tokens")));
    assertNull(a.get(booleanKey("openai.response.usage.estimated")));
    assertNull(a.get(booleanKey("tracepoet.cancelled")));
    String body = server.received().get(0).text();
    assertTrue(body.contains("\"stream\":true"), body);
  }

  @Test
  void streamedChatCompletionWithoutUsageIsEstimatedFromTheStreamedText() {
    List<ChatCompletionChunk> chunks = consume(traced.createChatCompletionStream(streamed(false)));

    assertEquals(5, chunks.size());
    Attributes a = single("createChatCompletionStream").getAttributes();
    assertEquals(true, a.get(booleanKey("openai.response.usage.estimated")));
    assertEquals("estimate", a.get(stringKey("openai.response.usage.counted_by")));
    assertEquals((long) Tokens.estimate("Hello, tracing team!"), a.get(longKey("openai.response.usage.completion_tokens")));
    // prompt = "messages.user.content.text": the user message only
    assertEquals((long) Tokens.estimate("Say hello to the tracing team, please."),
        a.get(longKey("openai.response.usage.prompt_tokens")));
    assertNull(a.get(booleanKey("openai.request.stream_options.include_usage")));
  }

  @Test
  void closingTheSdkStreamEarlyEndsTheSpanAsCancelled() {
    try (Stream<ChatCompletionChunk> stream = traced.createChatCompletionStream(streamed(true))) {
      assertEquals("assistant", stream.findFirst().orElseThrow().choices().get(0).delta().role()
          .orElseThrow().asString());
    }

    Attributes a = single("createChatCompletionStream").getAttributes();
    assertEquals(true, a.get(booleanKey("tracepoet.cancelled")));
    assertEquals(1L, a.get(longKey("tracepoet.stream.elements")));
    assertEquals("chatcmpl-9Bx4kS7rQ2mNvE8pLd3TgYh1WcZaF", a.get(stringKey("openai.response.id")));
  }

  @Test
  void embeddingsAndModelsGoThroughTheSdk() {
    CreateEmbeddingResponse embeddings =
        traced.createEmbedding(
            EmbeddingCreateParams.builder()
                .model(EmbeddingModel.TEXT_EMBEDDING_3_SMALL)
                .input(EmbeddingCreateParams.Input.ofArrayOfStrings(
                    List.of("The food was delicious", "and the waiter...")))
                .dimensions(6)
                .build());
    ModelListPage models = traced.listModels();

    assertEquals(2, embeddings.data().size());
    assertEquals(4, models.data().size());
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(List.of("createEmbedding", "listModels"), finished.stream().map(SpanData::getName).toList());
    Attributes e = finished.get(0).getAttributes();
    assertEquals("text-embedding-3-small", e.get(stringKey("openai.request.model")));
    assertEquals(2L, e.get(longKey("openai.request.input_count")));
    assertEquals(6L, e.get(longKey("openai.request.dimensions")));
    assertEquals("text-embedding-3-small", e.get(stringKey("openai.response.model")));
    assertEquals(2L, e.get(longKey("openai.response.embeddings_count")));
    assertEquals(List.of(6L, 6L), e.get(longArrayKey("openai.response.embedding_length")));
    assertEquals(8L, e.get(longKey("openai.response.usage.prompt_tokens")));
    assertEquals(8L, e.get(longKey("openai.response.usage.total_tokens")));
    Attributes m = finished.get(1).getAttributes();
    assertEquals(4L, m.get(longKey("openai.response.count")));
    assertEquals(
        List.of("gpt-4o-mini", "gpt-3.5-turbo-instruct", "text-embedding-3-small",
            "ft:gpt-3.5-turbo-0613:acme-research::8Qx7Lm2N"),
        m.get(stringArrayKey("openai.response.data.id")));
    assertEquals(List.of("system", "system", "system", "acme-research"),
        m.get(stringArrayKey("openai.response.data.owned_by")));
  }

  @Test
  void sdkErrorsAreRethrownUnchangedAndRecorded() {
    RateLimitException error =
        assertThrows(RateLimitException.class, () -> traced.createChatCompletion(chat("trigger-429")));

    assertEquals(429, error.statusCode());
    assertEquals(List.of("0"), error.headers().values("x-ratelimit-remaining-requests"));
    SpanData span = single("createChatCompletion");
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(RateLimitException.class.getName(), span.getAttributes().get(stringKey("error.type")));
  }

  @Test
  void theApiKeyNeverReachesASpan() {
    traced.createChatCompletion(chat("gpt-4o-mini"));
    assertThrows(RateLimitException.class, () -> traced.createChatCompletion(chat("trigger-429")));

    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(2, finished.size(), "one span per call, the failed one included");
    assertFalse(finished.get(0).getAttributes().isEmpty(), "the successful call recorded attributes");
    assertEquals(StatusCode.ERROR, finished.get(1).getStatus().getStatusCode());
    assertFalse(finished.get(1).getEvents().isEmpty(), "the failed call recorded its exception event");
    for (SpanData span : finished) {
      Attributes a = span.getAttributes();
      a.forEach((key, value) -> assertFalse(String.valueOf(value).contains("abcdefghij"), key::getKey));
      span.getEvents().forEach(e -> e.getAttributes().forEach(
          (key, value) -> assertFalse(String.valueOf(value).contains("abcdefghij"), key::getKey)));
    }
  }

  private SpanData single(String name) {
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(1, finished.size(), () -> "spans: " + finished);
    assertEquals(name, finished.get(0).getName());
    return finished.get(0);
  }
}
