package dev.tracepoet.runtime;

import static dev.tracepoet.runtime.SpanCollector.assertAttribute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import io.opentelemetry.api.trace.Span;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shape generated code will take with {@link GeneratedHook} and {@link Tags}. */
class GeneratedHookTest {
  private final SpanCollector otel = new SpanCollector();

  @AfterEach
  void close() {
    otel.close();
  }

  record Request(String model, OptionalInt maxTokens, Optional<String> user, String apiKey) {}

  static final class ChatHook extends GeneratedHook<Request, String> {
    private static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("acme.request.model");
    private static final AttributeKey<Long> REQUEST_MAX_TOKENS = AttributeKey.longKey("acme.request.max_tokens");
    private static final AttributeKey<String> REQUEST_USER = AttributeKey.stringKey("acme.request.user");
    private static final AttributeKey<String> REQUEST_API_KEY = AttributeKey.stringKey("acme.request.api_key");
    private static final AttributeKey<String> RESPONSE_TEXT = AttributeKey.stringKey("acme.response.text");

    ChatHook(ClientTracing tracing) {
      super(tracing.endpoint("chat", "/chat", "POST"));
    }

    @Override
    protected void recordRequest(Span span, Request arguments) {
      tags.string(span, REQUEST_MODEL, arguments.model());
      tags.longValue(span, REQUEST_MAX_TOKENS, arguments.maxTokens());
      tags.string(span, REQUEST_USER, arguments.user());
      tags.secret(span, REQUEST_API_KEY, arguments.apiKey());
    }

    @Override
    protected void recordResponse(Span span, String response) {
      tags.string(span, RESPONSE_TEXT, response);
    }
  }

  @Test
  void onlyTheRecordingStepsAreWritten() {
    ChatHook hook = new ChatHook(otel.tracing(TracingSettings.defaults()));
    assertEquals("ok", hook.call(new Request("gpt-4o", OptionalInt.of(5), Optional.empty(), "sk-abcdefgh1234"), a -> "ok"));
    var span = otel.onlySpan();
    assertAttribute(span, "acme.request.model", AttributeType.STRING, "gpt-4o");
    assertAttribute(span, "acme.request.max_tokens", AttributeType.LONG, 5L);
    assertAttribute(span, "acme.request.api_key", AttributeType.STRING, "sk-...1234");
    assertAttribute(span, "acme.response.text", AttributeType.STRING, "ok");
    SpanCollector.assertNoAttribute(span, "acme.request.user");
  }

  @Test
  void withoutOpenTelemetryPlainCallsPassStraightThrough() {
    ChatHook hook = new ChatHook(ClientTracing.create(OpenTelemetry.noop(), "acme", TracingSettings.defaults()));
    assertTrue(!hook.hasEndpointLogic());
    assertEquals("ok", hook.call(new Request(null, OptionalInt.empty(), Optional.empty(), null), a -> "ok"));
  }
}
