package dev.tracepoet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 1: every request attribute is on the span builder before the span starts, so a
 * {@link Sampler} sees it (and can drop spans by model), through real generated code.
 */
class RequestTagsAtStartTest {

  /** Records the attributes it is asked about; samples only the model {@code keep}. */
  static final class RecordingSampler implements Sampler {
    final List<Attributes> seen = new CopyOnWriteArrayList<>();

    @Override
    public SamplingResult shouldSample(
        Context parentContext, String traceId, String name, SpanKind spanKind, Attributes attributes,
        List<LinkData> parentLinks) {
      seen.add(attributes);
      return "keep".equals(attributes.get(AttributeKey.stringKey("gen_ai.request.model")))
          ? SamplingResult.recordAndSample()
          : SamplingResult.drop();
    }

    @Override
    public String getDescription() {
      return "recording";
    }
  }

  @Test
  void samplerSeesGenAiAndIntegrationRequestAttributes() {
    RecordingSampler sampler = new RecordingSampler();
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    try (OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .setSampler(sampler)
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                    .build())
            .build()) {
      String result = run(sdk);
      assertEquals("keep:3|drop:3", result);
      // (inside: closing the SDK clears the in-memory exporter)
      assertEquals(2, sampler.seen.size());
      Attributes first = sampler.seen.get(0);
      assertEquals("keep", first.get(AttributeKey.stringKey("gen_ai.request.model")));
      // GenAI keys only: integration copies are off by default.
      assertEquals(null, first.get(AttributeKey.stringKey("acme.request.model")));
      assertEquals(3L, first.get(AttributeKey.longKey("gen_ai.request.max_tokens")));
      assertEquals(null, first.get(AttributeKey.longKey("acme.request.max_tokens")));
      assertEquals(List.of("a", "b"), first.get(AttributeKey.stringArrayKey("gen_ai.request.stop_sequences")));
      assertEquals(2L, first.get(AttributeKey.longKey("acme.request.stop.size")));
      assertEquals("/chat", first.get(AttributeKey.stringKey("acme.request.endpoint")));
      assertEquals("keep", first.get(AttributeKey.stringKey("user.id")));
      assertEquals("drop", sampler.seen.get(1).get(AttributeKey.stringKey("gen_ai.request.model")));
      // Only the sampled call was exported, with the same attributes it started with.
      List<SpanData> spans = exporter.getFinishedSpanItems();
      assertEquals(1, spans.size(), spans.toString());
      assertEquals("chat keep", spans.get(0).getName());
      assertEquals(3L, spans.get(0).getAttributes().get(AttributeKey.longKey("gen_ai.request.max_tokens")));
      assertTrue(spans.get(0).getAttributes().get(AttributeKey.stringKey("gen_ai.response.id")).startsWith("id-"));
    }
  }

  private static String run(OpenTelemetry openTelemetry) {
    Compilation compilation =
        InterfaceShapesTest.compileClean(
            GeneratedBehaviourTest.java(
                "start.Chat",
                """
                package start;

                import dev.tracepoet.annotations.TracedClient;
                import dev.tracepoet.annotations.TracedEndpoint;
                import java.util.List;
                import java.util.Optional;

                @TracedClient(integration = "acme", genAiProvider = "openai")
                public interface Chat {
                  record Request(String model, Optional<Integer> maxTokens, List<String> stop) {}

                  record Response(String id) {}

                  @TracedEndpoint(name = "chat", endpoint = "/chat", genAiOperation = "chat",
                      requestTags = {"model", "max_tokens", "stop", "stop.size", "^user.id=model"}, responseTags = "id")
                  Response chat(Request request);
                }
                """),
            GeneratedBehaviourTest.java(
                "start.Driver",
                """
                package start;

                import io.opentelemetry.api.OpenTelemetry;
                import java.util.List;
                import java.util.Optional;
                import java.util.function.Function;

                public final class Driver implements Function<OpenTelemetry, String> {
                  @Override
                  public String apply(OpenTelemetry openTelemetry) {
                    Chat traced = TracedChat.wrap(request -> new Chat.Response("id-" + request.model()), openTelemetry);
                    Chat.Response kept = traced.chat(new Chat.Request("keep", Optional.of(3), List.of("a", "b")));
                    Chat.Response dropped = traced.chat(new Chat.Request("drop", Optional.of(3), List.of("a", "b")));
                    return kept.id().substring(3) + ":3|" + dropped.id().substring(3) + ":3";
                  }
                }
                """));
    GeneratedBehaviourTest.CompiledClassLoader loader =
        new GeneratedBehaviourTest.CompiledClassLoader(compilation, RequestTagsAtStartTest.class.getClassLoader());
    try {
      @SuppressWarnings("unchecked")
      Function<OpenTelemetry, String> driver =
          (Function<OpenTelemetry, String>) loader.loadClass("start.Driver").getDeclaredConstructor().newInstance();
      return driver.apply(openTelemetry);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
