package dev.tracepoet.openai;

import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_OPERATION_NAME;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_RESPONSE_FINISH_REASONS;
import static io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes.GEN_AI_USAGE_OUTPUT_TOKENS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openai.client.OpenAIClient;
import com.openai.models.batches.BatchCreateParams;
import com.openai.models.completions.CompletionCreateParams;
import com.openai.models.images.ImageGenerateParams;
import com.openai.models.moderations.ModerationCreateParams;
import dev.tracepoet.openai.fixture.OpenAiFixtureTest;
import dev.tracepoet.runtime.TracingSettings;
import dev.tracepoet.sdktesting.TestTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operations besides chat/responses/embeddings, traced over the real SDK on both versions (so a
 * path through an accessor the older SDK lacks would show here as a missing attribute).
 */
class OtherOperationsTracedTest extends OpenAiFixtureTest {

  private InMemorySpanExporter spans;
  private TestTelemetry telemetry;
  private OpenAIClient traced;

  @BeforeEach
  void trace() {
    telemetry = TestTelemetry.create();
    spans = telemetry.spans();
    traced = OpenAiTracing.wrap(client, telemetry.otel(), TracingSettings.builder().metricsEnabled(false).build());
  }

  @AfterEach
  void stopTracing() {
    telemetry.close();
  }

  private SpanData onlySpan(String name) {
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(1, finished.size(), () -> "exactly one span: " + finished);
    assertEquals(name, finished.get(0).getName());
    spans.reset();
    return finished.get(0);
  }

  private static Object attribute(SpanData span, String key) {
    return span.getAttributes().asMap().entrySet().stream()
        .filter(e -> e.getKey().getKey().equals(key))
        .map(java.util.Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  @Test
  void legacyCompletions() {
    traced.completions()
        .create(
            CompletionCreateParams.builder()
                .model("gpt-3.5-turbo-instruct")
                .prompt("Define a trace.")
                .maxTokens(16L)
                .build());
    SpanData span = onlySpan("text_completion gpt-3.5-turbo-instruct");
    assertEquals("text_completion", span.getAttributes().get(GEN_AI_OPERATION_NAME));
    assertEquals(List.of("stop", "length"), span.getAttributes().get(GEN_AI_RESPONSE_FINISH_REASONS));
    assertEquals(16L, attribute(span, "gen_ai.request.max_tokens"));
    assertEquals(22L, attribute(span, "openai.response.usage.total_tokens"));
  }

  @Test
  void imagesGenerate() {
    traced.images().generate(ImageGenerateParams.builder().model("gpt-image-1").prompt("a span tree").build());
    SpanData span = onlySpan("generate_content gpt-image-1");
    assertEquals(1L, attribute(span, "openai.response.count"));
    assertEquals(272L, span.getAttributes().get(GEN_AI_USAGE_OUTPUT_TOKENS));
  }

  @Test
  void moderations() {
    traced.moderations().create(ModerationCreateParams.builder().input("a fight scene").build());
    SpanData span = onlySpan("moderations.create");
    assertEquals("omni-moderation-latest", attribute(span, "openai.response.model"));
    assertEquals(List.of(true), span.getAttributes().get(AttributeKey.booleanArrayKey("openai.response.flagged")));
  }

  @Test
  void modelsFilesAndBatches() {
    traced.models().retrieve("gpt-4o-mini");
    SpanData model = onlySpan("models.retrieve");
    assertEquals("gpt-4o-mini", attribute(model, "openai.request.model"));
    assertEquals("system", attribute(model, "openai.response.owned_by"));

    traced.files().list();
    assertEquals(2L, attribute(onlySpan("files.list"), "openai.response.count"));

    traced.batches()
        .create(
            BatchCreateParams.builder()
                .inputFileId("file-3Hk9PqLm2Zx7Yt")
                .endpoint(BatchCreateParams.Endpoint.V1_CHAT_COMPLETIONS)
                .completionWindow(BatchCreateParams.CompletionWindow._24H)
                .build());
    SpanData created = onlySpan("batches.create");
    assertEquals("/batches", attribute(created, "openai.request.endpoint"));
    assertEquals("/v1/chat/completions", attribute(created, "openai.request.batch_endpoint"));
    assertEquals("validating", attribute(created, "openai.response.status"));

    traced.batches().retrieve("batch_1");
    SpanData done = onlySpan("batches.retrieve");
    assertEquals("batch_1", attribute(done, "openai.request.batch_id"));
    assertEquals(3L, attribute(done, "openai.response.request_counts.completed"));

    traced.batches().list();
    assertEquals(1L, attribute(onlySpan("batches.list"), "openai.response.count"));
  }
}
