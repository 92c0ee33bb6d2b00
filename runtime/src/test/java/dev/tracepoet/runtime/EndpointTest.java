package dev.tracepoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;

/** The per-endpoint values a call's span starts with: its name and its start attributes. */
class EndpointTest {
  private final SpanCollector collector = new SpanCollector();

  private Endpoint chat(TracingSettings settings) {
    return ClientTracing.create(collector.openTelemetry, "acme", "acme-ai", settings)
        .endpoint("chat", "/chat", "POST")
        .withGenAiOperation("chat");
  }

  @Test
  void aGenAiSpanIsNamedByOperationAndModelAndTheNameIsReusedPerModel() {
    Endpoint endpoint = chat(TracingSettings.defaults());
    assertEquals("chat gpt-4o", endpoint.spanName("gpt-4o"));
    assertSame(endpoint.spanName("gpt-4o"), endpoint.spanName(new String("gpt-4o")));
    assertEquals("chat o3", endpoint.spanName("o3"));
    assertEquals("chat", endpoint.spanName(null));
  }

  @Test
  void pastTheCacheBoundNamesAreStillRight() {
    Endpoint endpoint = chat(TracingSettings.defaults());
    for (int i = 0; i < 600; i++) {
      assertEquals("chat model-" + i, endpoint.spanName("model-" + i));
    }
    assertEquals("chat model-599", endpoint.spanName("model-599"));
  }

  @Test
  void aPlainEndpointIsNamedByItsDefaultNameWhateverTheModel() {
    Endpoint endpoint =
        ClientTracing.create(collector.openTelemetry, "acme", TracingSettings.defaults())
            .endpoint("listModels", "/models", "GET");
    assertEquals("listModels", endpoint.spanName("gpt-4o"));
    assertEquals("listModels", endpoint.spanName(null));
  }

  @Test
  void theServerGoesOnTheBuilderOnlyWhenSetAndThePortOnlyWhenKnown() {
    startWith(chat(TracingSettings.builder().server("api.acme.test", 8443).build()));
    startWith(chat(TracingSettings.builder().server("api.acme.test", -1).build()));
    startWith(chat(TracingSettings.builder().server(null, 8443).build()));
    var spans = collector.exporter.getFinishedSpanItems();
    SpanData both = spans.get(0);
    assertEquals("api.acme.test", both.getAttributes().get(TracepoetAttributes.SERVER_ADDRESS));
    assertEquals(8443L, both.getAttributes().get(TracepoetAttributes.SERVER_PORT));
    assertEquals("chat", both.getAttributes().get(TracepoetAttributes.GEN_AI_OPERATION));
    assertEquals("acme-ai", both.getAttributes().get(TracepoetAttributes.GEN_AI_PROVIDER));
    assertNull(spans.get(1).getAttributes().get(TracepoetAttributes.SERVER_PORT));
    assertEquals("api.acme.test", spans.get(1).getAttributes().get(TracepoetAttributes.SERVER_ADDRESS));
    assertNull(spans.get(2).getAttributes().get(TracepoetAttributes.SERVER_ADDRESS));
    assertNull(spans.get(2).getAttributes().get(TracepoetAttributes.SERVER_PORT));
  }

  private void startWith(Endpoint endpoint) {
    SpanBuilder builder = collector.openTelemetry.getTracer("test").spanBuilder(endpoint.spanName(null));
    endpoint.startAttributes(builder);
    builder.startSpan().end();
  }
}
