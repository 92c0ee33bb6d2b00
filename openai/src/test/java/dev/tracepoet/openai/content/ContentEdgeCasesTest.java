package dev.tracepoet.openai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.core.http.AsyncStreamResponse;
import com.openai.core.http.StreamResponse;
import com.openai.errors.RateLimitException;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Content capture around failures, early closes and async streams (both SDK versions). */
class ContentEdgeCasesTest extends ContentFixtureTest {

  private static ChatCompletionCreateParams chat(String model) {
    return ChatCompletionCreateParams.builder().model(model).addSystemMessage("Be brief.").addUserMessage("What is a span?").build();
  }

  @Test
  void aFailedCallKeepsItsInputMessagesAndTheCallerGetsTheSdkException() {
    RateLimitException thrown =
        assertThrows(RateLimitException.class, () -> capturing().chat().completions().create(chat("trigger-429")));

    assertEquals(429, thrown.statusCode());
    SpanData span = onlySpan();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(List.of("system", "user"), roles(json(span, INPUT)));
    assertNull(span.getAttributes().get(OUTPUT));
  }

  @Test
  void aStreamClosedAfterOneChunkRecordsWhatItDelivered() {
    StreamResponse<ChatCompletionChunk> stream = capturing().chat().completions().createStreaming(chat("gpt-4o-mini"));
    List<ChatCompletionChunk> firstTwo = stream.stream().limit(2).toList();
    stream.close();

    assertEquals(2, firstTwo.size());
    SpanData span = onlySpan();
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    JsonNode output = json(span, OUTPUT);
    assertEquals(1, output.size());
    assertEquals("Spans", output.get(0).get("parts").get(0).get("content").asText());
    assertNull(output.get(0).get("finish_reason"), "no finish reason arrived");
  }

  @Test
  void anAsyncStreamIsFoldedToo() throws Exception {
    AtomicInteger chunks = new AtomicInteger();
    AsyncStreamResponse<ChatCompletionChunk> stream =
        capturing().async().chat().completions().createStreaming(chat("gpt-4o-mini"));
    stream.subscribe(chunk -> chunks.incrementAndGet());
    stream.onCompleteFuture().get(10, TimeUnit.SECONDS);

    assertEquals(9, chunks.get());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (spans.getFinishedSpanItems().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    SpanData span = onlySpan();
    JsonNode output = json(span, OUTPUT);
    assertEquals("tool_calls", output.get(0).get("finish_reason").asText());
    assertEquals("Spans end exactly once.", output.get(0).get("parts").get(0).get("content").asText());
    assertEquals("{\"city\":\"Paris\"}", output.get(0).get("parts").get(1).get("arguments").asText());
    assertEquals(List.of("system", "user"), roles(json(span, INPUT)));
  }

  @Test
  void theFirstCallWithContentDoesNotChangeWhatTheCallerGets() {
    ChatCompletionCreateParams params = chat("gpt-4o-mini");
    var plain = client.chat().completions().create(params);
    var traced = capturing().chat().completions().create(params);
    assertEquals(plain, traced);
    assertSame(traced.getClass(), plain.getClass());
    assertTrue(onlySpan().getAttributes().get(OUTPUT).contains("Spans record one operation"));
  }
}
