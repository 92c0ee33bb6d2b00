package dev.tracepoet.it.openai.views;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.RequestOptions;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.tracepoet.it.openai.OpenAiFixtureServer;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Views over the real openai-java SDK (the version integration-tests depends on), the SDK's own
 * OkHttp client pointed at the loopback fixture server: no adapter class, no hand-written hook.
 */
class OpenAiViewsTest {
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private OpenTelemetrySdk otel;
  private OpenAiFixtureServer server;
  private OpenAIClient client;

  @BeforeEach
  void setUp() {
    otel =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
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

  private static ChatCompletionCreateParams params() {
    return ChatCompletionCreateParams.builder()
        .model(ChatModel.of("gpt-4o-mini"))
        .addUserMessage("Say hello.")
        .maxCompletionTokens(64)
        .build();
  }

  private List<SpanData> finished() {
    return spans.getFinishedSpanItems();
  }

  @Test
  void completionsViewTracesEveryCreateOverloadOnce() {
    CompletionsView completions =
        TracedCompletionsView.wrap(client.chat().completions(), otel, TracingSettings.defaults());

    ChatCompletion viaDefault = completions.create(params());
    ChatCompletion direct = completions.create(params(), RequestOptions.none());

    assertEquals(viaDefault.id(), direct.id());
    assertEquals(2, server.received().size(), "each call sends exactly one request");
    List<SpanData> finished = finished();
    assertEquals(2, finished.size(), finished.toString());
    SpanData span = finished.get(0);
    assertEquals("chat", span.getName());
    assertEquals("gpt-4o-mini", span.getAttributes().get(stringKey("openai.request.model")));
    assertEquals(64L, span.getAttributes().get(longKey("openai.request.max_completion_tokens")));
    assertEquals(viaDefault.id(), span.getAttributes().get(stringKey("openai.response.id")));
    assertEquals(
        viaDefault.usage().orElseThrow().totalTokens(),
        span.getAttributes().get(longKey("openai.response.usage.total_tokens")));
  }

  @Test
  void chatViewDeepWrapsCompletionsAndWithOptions() {
    ChatView chat = TracedChatView.wrap(client.chat(), otel, TracingSettings.defaults());

    chat.completions().create(params());
    assertSame(chat.completions(), chat.completions(), "the SDK returns the same service: same wrapper");
    assertTrue(chat.completions() instanceof TracedCompletionsView);
    assertEquals(1, finished().size(), "one span for client.chat().completions().create(params)");

    CompletionsView derived = chat.completions().withOptions(b -> b.putHeader("OpenAI-Organization", "derived"));
    derived.create(params());
    chat.withOptions(b -> b.putHeader("OpenAI-Organization", "chat")).completions().create(params());

    assertEquals(3, finished().size(), "withOptions results are traced too");
    List<OpenAiFixtureServer.Received> received = server.received();
    assertEquals(3, received.size());
    assertEquals("derived", received.get(1).headers().get("OpenAI-Organization"));
    assertEquals("chat", received.get(2).headers().get("OpenAI-Organization"));
    // messages() is an interface default that throws in the SDK; it is forwarded to the SDK's own.
    chat.completions().messages();
  }
}
