package dev.tracepoet.it.openai.sdk;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.RateLimitException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.embeddings.EmbeddingModel;
import com.openai.models.models.ModelListPage;
import dev.tracepoet.it.openai.OpenAiFixtureServer;
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

  @Test
  void chatCompletionGoesThroughTheSdkAndRecordsASpan() {
    ChatCompletion completion = traced.createChatCompletion(chat("gpt-4o-mini"));

    assertEquals("chatcmpl-8Qx3aT3r9Z3DqAqvL2tYkU1QxHn0P", completion.id());
    assertEquals(40L, completion.usage().orElseThrow().totalTokens());
    SpanData span = single("createChatCompletion");
    assertEquals(SpanKind.CLIENT, span.getKind());
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    assertEquals("/chat/completions", span.getAttributes().get(stringKey("openai.request.endpoint")));
    assertEquals("POST", span.getAttributes().get(stringKey("openai.request.method")));
    String body = server.received().get(0).text();
    assertTrue(body.contains("\"max_completion_tokens\":64"), body);
    assertEquals("Bearer " + API_KEY, server.received().get(0).headers().get("Authorization"));
  }

  @Test
  void embeddingsAndModelsGoThroughTheSdk() {
    CreateEmbeddingResponse embeddings =
        traced.createEmbedding(
            EmbeddingCreateParams.builder()
                .model(EmbeddingModel.TEXT_EMBEDDING_3_SMALL)
                .input("The food was delicious")
                .build());
    ModelListPage models = traced.listModels();

    assertEquals(2, embeddings.data().size());
    assertEquals(4, models.data().size());
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(List.of("createEmbedding", "listModels"), finished.stream().map(SpanData::getName).toList());
    assertEquals(4L, finished.get(1).getAttributes().get(longKey("openai.response.count")));
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

    for (SpanData span : spans.getFinishedSpanItems()) {
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
