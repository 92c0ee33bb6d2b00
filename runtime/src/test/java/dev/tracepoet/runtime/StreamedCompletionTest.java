package dev.tracepoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code completion} wiring of streams: counted in bounded memory, captured (bounded, as
 * {@code gen_ai.output.messages} with the finish reason of all chunks) only when content capture is
 * on.
 */
class StreamedCompletionTest {
  private static final AttributeKey<String> OUTPUT = AttributeKey.stringKey("gen_ai.output.messages");
  private static final AttributeKey<String> COMPLETION = AttributeKey.stringKey("acme.response.completion");
  private static final AttributeKey<Long> COMPLETION_TOKENS =
      AttributeKey.longKey("acme.response.usage.completion_tokens");
  private static final AttributeKey<Long> OUTPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CHUNKS = 300_000;

  private final SpanCollector collector = new SpanCollector();

  @AfterEach
  void close() {
    collector.close();
  }

  /** Chunks are their own completion text; the chunk {@code "<stop>"} ends the stream with "stop". */
  static final class ChunkHook extends NoStepsHook<String, String> {
    final String model;

    ChunkHook(Endpoint endpoint, String model) {
      super(endpoint);
      this.model = model;
    }

    @Override
    protected Object promptSource(String arguments) {
      return arguments;
    }

    @Override
    protected CharSequence completionText(String chunk) {
      return chunk.equals("<stop>") ? "" : chunk;
    }

    @Override
    protected List<String> finishReasons(String chunk) {
      return chunk.equals("<stop>") ? List.of("stop") : null;
    }

    @Override
    protected String model(String arguments) {
      return model;
    }
  }

  private static String delta(int i) {
    return i % 7 == 0 ? " tok" + i + "," : " w" + (i % 13);
  }

  private List<String> chunks() {
    List<String> chunks = IntStream.range(0, CHUNKS).mapToObj(StreamedCompletionTest::delta)
        .collect(Collectors.toList());
    chunks.add("<stop>");
    return chunks;
  }

  private ChunkHook hook(TracingSettings settings, String model) {
    ClientTracing tracing = ClientTracing.create(collector.openTelemetry, "acme", "acme-ai", settings);
    return new ChunkHook(tracing.endpoint("chat", "", "").withGenAiOperation("chat"), model);
  }

  @Test
  void aLongCapturedStreamIsBoundedTruncatedAndCarriesTheFinishReason() throws Exception {
    TracingSettings settings = TracingSettings.builder().captureContent(true)
        .genAi(GenAiSettings.builder().contentPartLimit(100).build()).build();
    List<String> chunks = chunks();
    String full = String.join("", chunks.subList(0, CHUNKS));
    List<String> received = hook(settings, "acme-llm").callStream("hi", a -> chunks.stream())
        .collect(Collectors.toList());
    assertEquals(chunks, received);

    SpanData span = collector.exporter.getFinishedSpanItems().get(0);
    JsonNode messages = JSON.readTree(span.getAttributes().get(OUTPUT));
    assertEquals(1, messages.size());
    assertEquals("assistant", messages.get(0).get("role").asText());
    assertEquals("stop", messages.get(0).get("finish_reason").asText());
    JsonNode part = messages.get(0).get("parts").get(0);
    assertEquals(full.substring(0, 100), part.get("content").asText());
    assertTrue(part.get("truncated").asBoolean());
    assertEquals(full.substring(0, TracingSettings.DEFAULT_CHARACTER_LIMIT) + "...",
        span.getAttributes().get(COMPLETION));
    // An unknown model: estimated, and the estimate of the parts is that of the whole text.
    assertEquals((long) Tokens.estimate(full), span.getAttributes().get(OUTPUT_TOKENS));
    assertNull(span.getAttributes().get(COMPLETION_TOKENS), "GenAI mode: no integration copy of the count");
  }

  @Test
  void withoutCaptureNothingIsKeptButTheCountStillCoversTheWholeStream() {
    List<String> chunks = chunks();
    String full = String.join("", chunks.subList(0, CHUNKS));
    hook(TracingSettings.defaults(), "gpt-4o").callStream("hi", a -> chunks.stream()).forEach(c -> { });

    SpanData span = collector.exporter.getFinishedSpanItems().get(0);
    assertNull(span.getAttributes().get(OUTPUT));
    assertNull(span.getAttributes().get(COMPLETION));
    assertEquals((long) Tokens.count(full, "gpt-4o").tokens(), span.getAttributes().get(OUTPUT_TOKENS));
  }

  @Test
  void countingKeepsAtMostOneBufferAndCapturingAtMostOnePart() {
    GenAiSettings settings = GenAiSettings.builder().contentPartLimit(50).build();
    StreamedOutput output = StreamedOutput.create(settings, 0);
    StreamCompletion completion = new StreamCompletion(null, output);
    StringBuilder full = new StringBuilder();
    int most = 0;
    for (int i = 0; i < CHUNKS; i++) {
      String delta = delta(i);
      completion.add(delta);
      full.append(delta);
      most = Math.max(most, completion.buffered());
    }
    assertTrue(most <= StreamCompletion.COUNT_BUFFER + 16, "buffered " + most);
    assertEquals(50 + StreamedOutput.REDACTION_MARGIN, output.text(0).length());
    assertEquals(full.substring(0, 50 + StreamedOutput.REDACTION_MARGIN), output.text(0).toString());
    assertEquals(Tokens.count(full, null), completion.tokens(null));
  }

  @Test
  void aTextWithoutWhitespaceIsStillCountedAndNoSurrogatePairIsSplit() {
    StreamCompletion completion = new StreamCompletion("acme-llm", null);
    StringBuilder full = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      String delta = i % 2 == 0 ? "\uD83D" : "\uDE00";
      completion.add(delta);
      full.append(delta);
    }
    assertTrue(completion.buffered() <= StreamCompletion.COUNT_BUFFER + 1);
    assertEquals(Tokens.estimate(full), completion.tokens(null).tokens());
  }
}
