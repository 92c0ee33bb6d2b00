package dev.tracepoet.it.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracepoet.it.support.FixtureServer;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated TracedChatApi over real HTTP against the embedded fixture server. */
class ChatApiEndToEndTest {
  private static final String API_KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789WXYZ";

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private OpenTelemetrySdk otel;
  private FixtureServer server;
  private HttpClient http;
  private ChatApi plain;
  private ChatApi traced;

  @BeforeEach
  void setUp() {
    otel =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .build();
    server = FixtureServer.start();
    http = HttpClient.newHttpClient();
    plain = new HttpChatApi(http, server.baseUrl(), API_KEY);
    traced = TracedChatApi.wrap(plain, otel, TracingSettings.defaults());
  }

  @AfterEach
  void tearDown() {
    server.close();
    otel.close();
  }

  @Test
  void chatCompletionRecordsTypedRequestAndResponseAttributes() throws Exception {
    ChatRequest request =
        ChatRequest.of("gpt-4o-mini", "Say hello")
            .withMaxTokens(64)
            .withTemperature(0.2)
            .withUser("user-42")
            .withStop(List.of("\n\n", "END"));

    ChatResponse response = traced.createChatCompletion(request);

    assertEquals(plain.createChatCompletion(request), response, "the caller sees the delegate's result");
    SpanData span = single("createChatCompletion");
    assertEquals(SpanKind.CLIENT, span.getKind());
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    Attributes a = span.getAttributes();
    assertEquals("/chat/completions", a.get(AttributeKey.stringKey("openai.request.endpoint")));
    assertEquals("POST", a.get(AttributeKey.stringKey("openai.request.method")));
    assertEquals("gpt-4o-mini", a.get(AttributeKey.stringKey("openai.request.model")));
    assertEquals(64L, a.get(AttributeKey.longKey("openai.request.max_tokens")));
    assertEquals(0.2, a.get(AttributeKey.doubleKey("openai.request.temperature")));
    assertEquals("user-42", a.get(AttributeKey.stringKey("openai.request.user")));
    assertEquals(false, a.get(AttributeKey.booleanKey("openai.request.stream")));
    assertEquals(List.of("\n\n", "END"), a.get(AttributeKey.stringArrayKey("openai.request.stop")));
    assertEquals(1L, a.get(AttributeKey.longKey("openai.request.messages_count")));
    assertEquals("chatcmpl-8fixture", a.get(AttributeKey.stringKey("openai.response.id")));
    assertEquals("gpt-4o-mini-2024-07-18", a.get(AttributeKey.stringKey("openai.response.model")));
    assertEquals(1700000000L, a.get(AttributeKey.longKey("openai.response.created")));
    assertEquals(12L, a.get(AttributeKey.longKey("openai.response.usage.prompt_tokens")));
    assertEquals(18L, a.get(AttributeKey.longKey("openai.response.usage.completion_tokens")));
    assertEquals(30L, a.get(AttributeKey.longKey("openai.response.usage.total_tokens")));
    assertEquals(2L, a.get(AttributeKey.longKey("openai.response.choices_count")));
    assertEquals(
        List.of("stop", "length"), a.get(AttributeKey.stringArrayKey("openai.response.choices.finish_reason")));
    assertNull(a.get(AttributeKey.booleanKey("openai.response.usage.estimated")));
  }

  @Test
  void emptyOptionalsAndNullsRecordNothing() throws Exception {
    traced.createChatCompletion(ChatRequest.of("gpt-4o-mini", "Say hello"));

    Attributes a = single("createChatCompletion").getAttributes();
    assertNull(a.get(AttributeKey.longKey("openai.request.max_tokens")));
    assertNull(a.get(AttributeKey.stringKey("openai.request.user")));
    assertNull(a.get(AttributeKey.doubleKey("openai.request.temperature")));
    assertNull(a.get(AttributeKey.stringArrayKey("openai.request.stop")));
  }

  @Test
  void customHookEstimatesUsageWhenTheResponseHasNone() throws Exception {
    traced.createChatCompletion(ChatRequest.of("local-llm", "hello world"));

    Attributes a = single("createChatCompletion").getAttributes();
    // Tokens.estimate("hello world") = 2, Tokens.estimate("Hello world, how are you?") = 6
    assertEquals(2L, a.get(AttributeKey.longKey("openai.response.usage.prompt_tokens")));
    assertEquals(6L, a.get(AttributeKey.longKey("openai.response.usage.completion_tokens")));
    assertEquals(8L, a.get(AttributeKey.longKey("openai.response.usage.total_tokens")));
    assertEquals(true, a.get(AttributeKey.booleanKey("openai.response.usage.estimated")));
  }

  @Test
  void listAndMapOverCollections() throws Exception {
    ModelList models = traced.listModels();

    assertEquals(3, models.data().size());
    Attributes a = single("listModels").getAttributes();
    assertEquals("GET", a.get(AttributeKey.stringKey("openai.request.method")));
    assertEquals(3L, a.get(AttributeKey.longKey("openai.response.count")));
    assertEquals(
        List.of("gpt-4o-mini", "gpt-4o", "text-embedding-3-small"),
        a.get(AttributeKey.stringArrayKey("openai.response.data.id")));
  }

  @Test
  void apiKeysAreMaskedAndSeveralParametersAreTagged() throws Exception {
    Deleted deleted = traced.deleteModel("ft:gpt-4o-mini:acme::abc123", API_KEY);

    assertTrue(deleted.deleted());
    Attributes a = single("deleteModel").getAttributes();
    assertEquals("ft:gpt-4o-mini:acme::abc123", a.get(AttributeKey.stringKey("openai.request.model")));
    assertEquals("sk-...WXYZ", a.get(AttributeKey.stringKey("openai.request.api_key")));
    assertEquals(true, a.get(AttributeKey.booleanKey("openai.response.deleted")));
    assertFalse(a.asMap().values().stream().anyMatch(v -> v.toString().contains("abcdefghij")));
  }

  @Test
  void httpErrorsAreRethrownUnchangedAndRecorded() {
    ApiException error = assertThrows(ApiException.class, () -> traced.retrieveModel("missing"));

    assertEquals(404, error.status());
    SpanData span = single("retrieveModel");
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(ApiException.class.getName(), span.getAttributes().get(AttributeKey.stringKey("error.type")));
    assertEquals("exception", span.getEvents().get(0).getName());
    assertEquals("missing", span.getAttributes().get(AttributeKey.stringKey("openai.request.model")));
    assertNull(span.getAttributes().get(AttributeKey.stringKey("openai.response.id")));
  }

  @Test
  void theDelegatesExceptionIsTheSameObject() {
    IllegalStateException boom = new IllegalStateException("boom");
    ChatApi failing =
        TracedChatApi.wrap(
            new HttpChatApi(http, server.baseUrl(), API_KEY) {
              @Override
              public Model retrieveModel(String model) {
                throw boom;
              }
            },
            otel,
            TracingSettings.defaults());

    assertSame(boom, assertThrows(IllegalStateException.class, () -> failing.retrieveModel("x")));
    assertEquals(1, spans.getFinishedSpanItems().size());
  }

  @Test
  void unannotatedAndDefaultMethodsForwardWithoutSpans() throws Exception {
    ChatApi overriding =
        TracedChatApi.wrap(
            new HttpChatApi(http, server.baseUrl(), API_KEY) {
              @Override
              public List<String> modelIds() {
                return List.of("from-the-delegate");
              }
            },
            otel,
            TracingSettings.defaults());

    assertEquals(server.baseUrl(), traced.baseUrl());
    assertEquals(List.of("from-the-delegate"), overriding.modelIds(), "the delegate's override wins");
    assertTrue(spans.getFinishedSpanItems().isEmpty());
    assertEquals(List.of(), server.requests());
  }

  @Test
  void nullDelegateIsRejectedWithItsName() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> TracedChatApi.wrap(null, otel));
    assertEquals("delegate", e.getMessage());
  }

  @Test
  void characterLimitTruncatesStrings() throws Exception {
    ChatApi limited = TracedChatApi.wrap(plain, otel, TracingSettings.builder().characterLimit(5).build());
    limited.retrieveModel("gpt-4o-mini");

    Attributes a = single("retrieveModel").getAttributes();
    assertEquals("gpt-4...", a.get(AttributeKey.stringKey("openai.request.model")));
    assertEquals("syste...", a.get(AttributeKey.stringKey("openai.response.owned_by")));
  }

  private SpanData single(String name) {
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(1, finished.size(), () -> "spans: " + finished);
    SpanData span = finished.get(0);
    assertEquals(name, span.getName());
    assertTrue(span.hasEnded());
    return span;
  }
}
