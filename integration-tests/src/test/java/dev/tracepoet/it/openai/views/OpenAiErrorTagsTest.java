package dev.tracepoet.it.openai.views;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.InternalServerException;
import com.openai.errors.RateLimitException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.tracepoet.it.openai.OpenAiFixtureServer;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Declared error tags with keyed lookups over the real openai-java SDK and its OkHttp client against
 * the loopback fixture server: a 429 records the status, the API's error code and the response
 * headers ({@code retry-after} as its first value, a rate-limit count as a number), a 500 without
 * those headers records the status only; the caller gets the SDK's own exception.
 */
class OpenAiErrorTagsTest {
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private OpenTelemetrySdk otel;
  private OpenAiFixtureServer server;
  private OpenAIClient client;

  @BeforeEach
  void setUp() {
    otel = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
        .build();
    server = OpenAiFixtureServer.start();
    client = OpenAIOkHttpClient.builder().baseUrl(server.baseUrl()).apiKey("sk-test").maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    server.close();
    otel.close();
  }

  private static ChatCompletionCreateParams params(String model) {
    return ChatCompletionCreateParams.builder().model(ChatModel.of(model)).addUserMessage("Say hello.").build();
  }

  @Test
  void aRateLimitRecordsStatusCodeAndHeadersAsErrorTags() {
    ErrorTaggedCompletionsView view =
        TracedErrorTaggedCompletionsView.wrap(client.chat().completions(), otel, TracingSettings.defaults());

    RateLimitException thrown = assertThrows(RateLimitException.class, () -> view.create(params("trigger-429")));

    assertEquals(429, thrown.statusCode(), "the SDK's own exception reaches the caller");
    SpanData span = spans.getFinishedSpanItems().get(0);
    Attributes attributes = span.getAttributes();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals("429", attributes.get(stringKey("error.type")), "the endpoint's ^error.type tag");
    assertEquals(429L, attributes.get(longKey("http.response.status_code")));
    assertEquals(thrown.code().orElseThrow(), attributes.get(stringKey("openai.error.code")));
    assertEquals("req_7b1e4c9a2f0d", attributes.get(stringKey("openai.error.request_id")));
    assertEquals("20", attributes.get(stringKey("openai.error.retry_after")), "a header's first value");
    assertEquals(0L, attributes.get(longKey("openai.error.ratelimit.remaining_requests")), "asLong: a number");
    assertEquals("750ms", attributes.get(stringKey("openai.error.ratelimit.reset_tokens")));
  }

  @Test
  void aServerErrorWithoutThoseHeadersRecordsWhatIsThere() {
    ErrorTaggedCompletionsView view =
        TracedErrorTaggedCompletionsView.wrap(client.chat().completions(), otel, TracingSettings.defaults());

    InternalServerException thrown = assertThrows(InternalServerException.class, () -> view.create(params("trigger-500")));

    assertSame(InternalServerException.class, thrown.getClass());
    Attributes attributes = spans.getFinishedSpanItems().get(0).getAttributes();
    assertEquals(500L, attributes.get(longKey("http.response.status_code")));
    assertEquals(InternalServerException.class.getName(), attributes.get(stringKey("error.type")),
        "^error.type is declared for RateLimitException only");
    assertNull(attributes.get(stringKey("openai.error.retry_after")), "no retry-after header: nothing");
    assertNull(attributes.get(longKey("openai.error.ratelimit.remaining_requests")));
    assertEquals("req_7b1e4c9a2f0d", attributes.get(stringKey("openai.error.request_id")));
  }
}
