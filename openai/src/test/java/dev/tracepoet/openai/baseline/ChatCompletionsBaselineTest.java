package dev.tracepoet.openai.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.core.http.AsyncStreamResponse;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.http.StreamResponse;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.completions.CompletionUsage;
import dev.tracepoet.openai.fixture.OpenAiFixtureTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The untraced SDK's chat completions against the fixtures: what a traced client must reproduce. */
class ChatCompletionsBaselineTest extends OpenAiFixtureTest {

  // 4.105.0 deprecates these model constants and seed(); users still send them, so do the fixtures
  @SuppressWarnings("deprecation")
  static ChatCompletionCreateParams params() {
    return ChatCompletionCreateParams.builder()
        .model(ChatModel.GPT_4O_MINI)
        .addSystemMessage("You explain tracing.")
        .addUserMessage("What is a span?")
        .temperature(0.2)
        .topP(0.9)
        .maxCompletionTokens(64L)
        .n(2L)
        .seed(7L)
        .frequencyPenalty(0.1)
        .presencePenalty(0.3)
        .stop("\n\n")
        .build();
  }

  static ChatCompletionCreateParams streamingParams() {
    return params().toBuilder()
        .n(1L)
        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
        .build();
  }

  @Test
  void createParsesTheCompletionWithUsageDetails() {
    ChatCompletion completion = client.chat().completions().create(params()).validate();

    assertEquals("chatcmpl-TPc0aK3r9Z3DqAqvL2tYkU1QxHn0P", completion.id());
    assertEquals("gpt-4o-mini-2024-07-18", completion.model());
    assertEquals(
        List.of("stop", "tool_calls"),
        completion.choices().stream().map(c -> c.finishReason().asString()).collect(Collectors.toList()));
    assertEquals(
        "get_weather",
        completion.choices().get(1).message().toolCalls().orElseThrow().get(0).asFunction().function().name());
    CompletionUsage usage = completion.usage().orElseThrow();
    assertEquals(42, usage.promptTokens());
    assertEquals(31, usage.completionTokens());
    assertEquals(73, usage.totalTokens());
    assertEquals(Optional.of(16L), usage.promptTokensDetails().orElseThrow().cachedTokens());
    assertEquals(Optional.of(8L), usage.completionTokensDetails().orElseThrow().reasoningTokens());

    String body = server.last().body();
    assertEquals("POST /chat/completions", server.last().method() + " " + server.last().path());
    assertTrue(body.contains("\"model\":\"gpt-4o-mini\""), body);
    assertTrue(body.contains("\"stop\":\"\\n\\n\""), body);
    assertEquals("Bearer " + API_KEY, server.last().headers().get("authorization"));
  }

  @Test
  void createStreamingDeliversEveryChunkAndUsageInTheLast() {
    List<ChatCompletionChunk> chunks;
    try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(streamingParams())) {
      chunks = stream.stream().map(ChatCompletionChunk::validate).collect(Collectors.toList());
    }
    assertEquals(9, chunks.size());
    String text =
        chunks.stream()
            .flatMap(c -> c.choices().stream())
            .map(c -> c.delta().content().orElse(""))
            .collect(Collectors.joining());
    assertEquals("Spans end exactly once.", text);
    String arguments =
        chunks.stream()
            .flatMap(c -> c.choices().stream())
            .flatMap(c -> c.delta().toolCalls().orElse(List.of()).stream())
            .map(t -> t.function().flatMap(f -> f.arguments()).orElse(""))
            .collect(Collectors.joining());
    assertEquals("{\"city\":\"Paris\"}", arguments);
    CompletionUsage usage = chunks.get(8).usage().orElseThrow();
    assertEquals(37, usage.totalTokens());
    assertEquals(Optional.of(8L), usage.promptTokensDetails().orElseThrow().cachedTokens());
    assertTrue(chunks.get(7).usage().isEmpty());
    assertTrue(server.last().body().contains("\"include_usage\":true"), server.last().body());
  }

  @Test
  void closingAStreamAfterOneChunkIsQuiet() {
    StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(streamingParams());
    ChatCompletionChunk first = stream.stream().findFirst().orElseThrow();
    stream.close();
    stream.close();
    assertEquals("chatcmpl-TPc1bS7rQ2mNvE8pLd3TgYh1WcZaF", first.id());
  }

  @Test
  void asyncCreateCompletesTheFuture() throws Exception {
    ChatCompletion completion =
        client.async().chat().completions().create(params()).get(10, TimeUnit.SECONDS);
    assertEquals(2, completion.choices().size());
  }

  @Test
  void asyncStreamingCallsTheHandlerThenCompletes() throws Exception {
    List<ChatCompletionChunk> chunks = Collections.synchronizedList(new ArrayList<>());
    List<Optional<Throwable>> completions = Collections.synchronizedList(new ArrayList<>());
    AsyncStreamResponse<ChatCompletionChunk> stream =
        client.async().chat().completions().createStreaming(streamingParams());
    stream.subscribe(
        new AsyncStreamResponse.Handler<>() {
          @Override
          public void onNext(ChatCompletionChunk chunk) {
            chunks.add(chunk);
          }

          @Override
          public void onComplete(Optional<Throwable> error) {
            completions.add(error);
          }
        });
    stream.onCompleteFuture().get(10, TimeUnit.SECONDS);
    assertEquals(9, chunks.size());
    assertEquals(List.of(Optional.empty()), completions);
  }

  @Test
  void rawResponseCarriesStatusHeadersAndTheParsedBody() {
    try (HttpResponseFor<ChatCompletion> raw = client.withRawResponse().chat().completions().create(params())) {
      assertEquals(200, raw.statusCode());
      assertEquals(List.of("acme-research"), raw.headers().values("openai-organization"));
      assertTrue(raw.requestId().orElseThrow().startsWith("req_fixture_"));
      assertEquals("gpt-4o-mini-2024-07-18", raw.parse().model());
    }
  }

  @Test
  void withOptionsGivesAClientThatStillWorks() {
    ChatCompletion completion =
        client.withOptions(b -> b.putHeader("x-trace-test", "1")).chat().completions().create(params());
    assertFalse(completion.choices().isEmpty());
    assertEquals("1", server.last().headers().get("x-trace-test"));
  }
}
