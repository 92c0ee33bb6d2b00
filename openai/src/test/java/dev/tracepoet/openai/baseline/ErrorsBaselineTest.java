package dev.tracepoet.openai.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.errors.InternalServerException;
import com.openai.errors.NotFoundException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.RateLimitException;
import com.openai.errors.SseException;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import java.util.ArrayList;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.tracepoet.openai.fixture.OpenAiFixtureTest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The SDK's exceptions for the error fixtures, as the caller of a traced client must still see them. */
class ErrorsBaselineTest extends OpenAiFixtureTest {

  private static ChatCompletionCreateParams model(String model) {
    return ChatCompletionsBaselineTest.params().toBuilder().model(model).build();
  }

  @Test
  void rateLimitCarriesStatusCodeTypeAndHeaders() {
    RateLimitException e =
        assertThrows(RateLimitException.class, () -> client.chat().completions().create(model("trigger-429")));
    assertEquals(429, e.statusCode());
    assertEquals(Optional.of("rate_limit_exceeded"), e.code());
    assertEquals(Optional.of("requests"), e.type());
    assertEquals(List.of("1"), e.headers().values("retry-after"));
    assertEquals(List.of("0"), e.headers().values("x-ratelimit-remaining-requests"));
  }

  @Test
  void serverErrorAndNotFound() {
    InternalServerException e =
        assertThrows(InternalServerException.class, () -> client.chat().completions().create(model("trigger-500")));
    assertEquals(500, e.statusCode());
    assertEquals(Optional.of("server_error"), e.type());
    assertEquals(Optional.empty(), e.code());
    NotFoundException missing = assertThrows(NotFoundException.class, () -> client.models().retrieve("gpt-missing"));
    assertEquals(Optional.of("model_not_found"), missing.code());
  }

  @Test
  void anErrorEventMidStreamThrowsSseExceptionAfterTheChunksBeforeIt() {
    List<ChatCompletionChunk> seen = new ArrayList<>();
    StreamResponse<ChatCompletionChunk> stream =
        client.chat().completions().createStreaming(model("trigger-stream-error"));
    try {
      SseException e = assertThrows(SseException.class, () -> stream.stream().forEach(seen::add));
      assertEquals(200, e.statusCode());
      assertEquals(Optional.of("stream_interrupted"), e.code());
      assertEquals(Optional.of("server_error"), e.type());
    } finally {
      stream.close();
    }
    assertEquals(2, seen.size());
  }

  @Test
  void asyncFailuresCompleteTheFutureExceptionally() {
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> client.async().chat().completions().create(model("trigger-429")).get(10, TimeUnit.SECONDS));
    assertEquals(429, ((OpenAIServiceException) e.getCause()).statusCode());
  }

  @Test
  void theSdkRetriesA429ItselfWhenAllowed() {
    OpenAIClient retrying = newClient(1);
    try {
      assertThrows(RateLimitException.class, () -> retrying.chat().completions().create(model("trigger-429")));
    } finally {
      retrying.close();
    }
    assertEquals(2, server.received().size(), "one retry: a traced client must not add or hide attempts");
    assertTrue(server.received().get(1).headers().containsKey("x-stainless-retry-count"));
  }
}
