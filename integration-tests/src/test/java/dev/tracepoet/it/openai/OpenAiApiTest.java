package dev.tracepoet.it.openai;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.doubleKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Focused assertions on the spans of {@code TracedOpenAiApi}; the snapshots show them whole. */
class OpenAiApiTest {
  private static final String API_KEY = OpenAiSnapshotTest.API_KEY;

  @TempDir Path dir;
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private OpenTelemetrySdk otel;
  private OpenAiFixtureServer server;
  private HttpOpenAiApi plain;
  private OpenAiApi traced;
  private Map<String, Upload> uploads;

  @BeforeEach
  void setUp() throws Exception {
    otel =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .build();
    server = OpenAiFixtureServer.start();
    plain = new HttpOpenAiApi(HttpClient.newHttpClient(), server.baseUrl(), API_KEY, "org-acme");
    traced = TracedOpenAiApi.wrap(plain, otel, TracingSettings.defaults());
    uploads = OpenAiScenarios.uploads(dir);
  }

  @AfterEach
  void tearDown() {
    server.close();
    otel.close();
  }

  private List<SpanData> runAll(OpenAiApi api) {
    for (OpenAiScenarios.Scenario scenario : OpenAiScenarios.all(uploads)) {
      try {
        scenario.call().run(api);
      } catch (Exception expected) {
        // error scenarios
      }
    }
    return spans.getFinishedSpanItems();
  }

  @Test
  void eachOfThe23OperationsRecordsOneClientSpanNamedByItsOperationId() throws Exception {
    List<String> names = new ArrayList<>();
    for (OpenAiScenarios.Scenario scenario : OpenAiScenarios.all(uploads)) {
      if (!scenario.name().equals(scenario.operation())
          || !OpenAiScenarios.OPERATIONS.contains(scenario.operation())) {
        continue; // variants, and the streamed chat completion (see OpenAiStreamTest)
      }
      spans.reset();
      scenario.call().run(traced);
      SpanData span = spans.getFinishedSpanItems().get(0);
      names.add(span.getName());
      assertEquals(SpanKind.CLIENT, span.getKind());
      assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
      Attributes a = span.getAttributes();
      assertTrue(a.get(stringKey("openai.request.endpoint")).startsWith("/"), span::toString);
      assertTrue(List.of("GET", "POST", "DELETE").contains(a.get(stringKey("openai.request.method"))));
      assertEquals("acme-research", a.get(stringKey("openai.organization.name")), span::getName);
      assertEquals("sk-...WXYZ", a.get(stringKey("openai.user.api_key")), span::getName);
    }
    assertEquals(OpenAiScenarios.OPERATIONS, names);
  }

  @Test
  void numbersAreRecordedAsNumbers() throws Exception {
    traced.createChatCompletion(OpenAiScenarios.chatRequest());

    Attributes a = spans.getFinishedSpanItems().get(0).getAttributes();
    assertEquals(64L, a.get(longKey("openai.request.max_tokens")));
    assertEquals(0.2, a.get(doubleKey("openai.request.temperature")));
    assertEquals(false, a.get(booleanKey("openai.request.stream")));
    assertEquals(5L, a.get(longKey("openai.request.logit_bias.1734")));
    assertEquals(40L, a.get(longKey("openai.response.usage.total_tokens")));
    assertEquals(2L, a.get(longKey("openai.response.choices_count")));
    assertEquals(List.of("stop", "length"), a.get(stringArrayKey("openai.response.choices.finish_reason")));
    assertEquals(4999L, a.get(longKey("openai.response.ratelimit.remaining_requests")));
    assertEquals(159970L, a.get(longKey("openai.response.ratelimit.remaining_tokens")));
    a.forEach(
        (key, value) -> {
          if (key.getKey().contains("tokens") || key.getKey().endsWith("_count")) {
            assertEquals(AttributeType.LONG, key.getType(), key::getKey);
          }
        });
  }

  @Test
  void moderationFlagsAndScoresAreFlattenedAndTyped() throws Exception {
    traced.createModeration(ModerationRequest.of("I will hurt you."));

    Attributes a = spans.getFinishedSpanItems().get(0).getAttributes();
    assertEquals(true, a.get(booleanKey("openai.response.flagged")));
    assertEquals(true, a.get(booleanKey("openai.response.categories.violence")));
    assertEquals(false, a.get(booleanKey("openai.response.categories.sexual/minors")));
    assertEquals(0.99011886, a.get(doubleKey("openai.response.category_scores.violence")));
    assertEquals(11, a.asMap().keySet().stream().filter(k -> k.getKey().startsWith("openai.response.categories.")).count());
  }

  @Test
  void theApiKeyIsMaskedEverywhere() {
    List<SpanData> all = runAll(traced);

    assertEquals(OpenAiScenarios.all(uploads).size(), all.size());
    for (SpanData span : all) {
      assertEquals("sk-...WXYZ", span.getAttributes().get(stringKey("openai.user.api_key")), span::getName);
      span.getAttributes().forEach((key, value) -> assertFalse(String.valueOf(value).contains("abcdefghij"), key::getKey));
    }
  }

  @Test
  void uploadsAreRecordedAndSentByBaseNameOnly() throws Exception {
    List<SpanData> all = runAll(traced);

    String directory = dir.toString();
    for (SpanData span : all) {
      span.getAttributes()
          .forEach(
              (key, value) -> {
                assertFalse(String.valueOf(value).contains(directory), key::getKey);
                assertFalse(String.valueOf(value).contains("private-projects"), key::getKey);
              });
    }
    SpanData edit = all.stream().filter(s -> s.getName().equals("createImageEdit")).findFirst().orElseThrow();
    assertEquals("otter.png", edit.getAttributes().get(stringKey("openai.request.image")));
    assertEquals("otter-mask.png", edit.getAttributes().get(stringKey("openai.request.mask")));
    String form =
        server.received().stream().filter(r -> r.path().equals("/images/edits")).findFirst().orElseThrow().text();
    assertTrue(form.contains("name=\"image\"; filename=\"otter.png\""), form);
    assertFalse(form.contains(directory));
  }

  @Test
  void contentIsRecordedOnlyWhenCaptureIsOnAndTruncated() throws Exception {
    traced.createChatCompletion(OpenAiScenarios.chatRequest());
    traced.createModeration(ModerationRequest.of("I will hurt you."));
    List<SpanData> notCapturing = spans.getFinishedSpanItems();
    assertEquals(List.of("createChatCompletion", "createModeration"),
        notCapturing.stream().map(SpanData::getName).collect(Collectors.toList()));
    for (SpanData span : notCapturing) {
      Attributes off = span.getAttributes();
      assertNull(off.get(stringKey("openai.request.prompt")));
      assertNull(off.get(stringKey("openai.response.completion")));
      assertNull(off.get(stringKey("openai.request.input.0")));
    }

    spans.reset();
    OpenAiApi capturing =
        TracedOpenAiApi.wrap(plain, otel, TracingSettings.builder().captureContent(true).characterLimit(10).build());
    capturing.createChatCompletion(OpenAiScenarios.chatRequest());
    capturing.createModeration(ModerationRequest.of("I will hurt you."));
    Attributes chat = spans.getFinishedSpanItems().get(0).getAttributes();
    // token wiring: the message contents joined by newlines, the choices' contents likewise
    assertEquals("You are a ...", chat.get(stringKey("openai.request.prompt")));
    assertEquals("Hello! How...", chat.get(stringKey("openai.response.completion")));
    // the moderation hook
    Attributes moderation = spans.getFinishedSpanItems().get(1).getAttributes();
    assertEquals("I will hur...", moderation.get(stringKey("openai.request.input.0")));
  }

  @Test
  void hooksFollowTheContentSampleRate() throws Exception {
    // capturesContent(span) is the runtime's decision; a rate of 0 captures no trace's content.
    OpenAiApi sampled =
        TracedOpenAiApi.wrap(plain, otel, TracingSettings.builder().captureContent(true).contentSampleRate(0.0).build());
    sampled.createModeration(ModerationRequest.of("I will hurt you."));

    assertNull(spans.getFinishedSpanItems().get(0).getAttributes().get(stringKey("openai.request.input.0")));
  }

  @Test
  void httpErrorStatusesBecomeExceptionsAndAreRecorded() {
    OpenAiException badRequest =
        assertThrows(OpenAiException.class, () -> traced.createCompletion(CompletionRequest.of("trigger-400", "x")));
    assertEquals(400, badRequest.status());
    assertEquals("context_length_exceeded", badRequest.code());
    assertEquals("max_tokens", badRequest.param());
    assertEquals("invalid_request_error", badRequest.type());

    assertEquals(404, assertThrows(NotFoundException.class, () -> traced.retrieveModel("gpt-missing")).status());
    assertEquals(500, assertThrows(ServerErrorException.class,
        () -> traced.createEmbedding(EmbeddingRequest.of("trigger-500", "x"))).status());

    RateLimitException limited = assertThrows(RateLimitException.class,
        () -> traced.createChatCompletion(ChatCompletionRequest.of("trigger-429", ChatMessage.user("hi"))));
    assertEquals(OptionalLong.of(0), limited.meta().remainingRequests());

    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(4, finished.size());
    for (SpanData span : finished) {
      assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
      assertEquals("exception", span.getEvents().get(0).getName());
      assertEquals("acme-research", span.getAttributes().get(stringKey("openai.organization.name")));
    }
    Attributes rateLimited = finished.get(3).getAttributes();
    assertEquals(RateLimitException.class.getName(), rateLimited.get(stringKey("error.type")));
    assertEquals(0L, rateLimited.get(longKey("openai.response.ratelimit.remaining_requests")));
    assertEquals(158000L, rateLimited.get(longKey("openai.response.ratelimit.remaining_tokens")));
    assertNull(rateLimited.get(stringKey("openai.response.id")));
  }

  @Test
  void theDelegatesResultAndExceptionPassThroughUnchanged() throws Exception {
    Model model = new Model("gpt-4o-mini", "model", 1L, "system", null); // no meta at all
    IllegalStateException boom = new IllegalStateException("boom");
    OpenAiApi wrapped =
        TracedOpenAiApi.wrap(
            new HttpOpenAiApi(HttpClient.newHttpClient(), server.baseUrl(), API_KEY, null) {
              @Override
              public Model retrieveModel(String id) {
                return model;
              }

              @Override
              public Deleted deleteModel(String id) {
                throw boom;
              }
            },
            otel,
            TracingSettings.builder().captureContent(true).build());

    assertSame(model, wrapped.retrieveModel("gpt-4o-mini"));
    assertSame(boom, assertThrows(IllegalStateException.class, () -> wrapped.deleteModel("x")));
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(2, finished.size());
    assertNull(finished.get(0).getAttributes().get(stringKey("openai.organization.name")));
    assertEquals(IllegalStateException.class.getName(), finished.get(1).getAttributes().get(stringKey("error.type")));
  }

  @Test
  void requestsReachTheServerAsTheApiExpectsThem() throws Exception {
    traced.createChatCompletion(OpenAiScenarios.chatRequest());
    traced.cancelFineTune("ft-xhrpBbvVUzYGo8oUO1FY4nI7");

    List<OpenAiFixtureServer.Received> received = server.received();
    OpenAiFixtureServer.Received chat = received.get(0);
    assertEquals("POST /chat/completions", chat.method() + " " + chat.path());
    assertEquals("Bearer " + API_KEY, chat.headers().get("Authorization"));
    assertEquals("org-acme", chat.headers().get("OpenAI-Organization"));
    assertTrue(chat.text().contains("\"max_tokens\":64"), chat.text());
    assertTrue(chat.text().contains("\"user\":\"user-42\""), chat.text());
    assertFalse(chat.text().contains("null"), chat.text());
    assertEquals("POST /fine-tunes/ft-xhrpBbvVUzYGo8oUO1FY4nI7/cancel", received.get(1).method() + " " + received.get(1).path());
  }
}
