package dev.tracepoet.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.AnthropicClientAsync;
import com.anthropic.core.http.AsyncStreamResponse;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.RateLimitException;
import com.anthropic.models.completions.Completion;
import com.anthropic.models.completions.CompletionCreateParams;
import dev.tracepoet.anthropic.fixture.AnthropicFixtureTest;
import dev.tracepoet.anthropic.fixture.Snapshots;
import dev.tracepoet.runtime.TracingSettings;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The legacy Text Completions (sync, stream, async, error), on the SDK versions that have them
 * (2.x; 3.x removed {@code completions()}). No method or field of this class names a completions
 * type (the params are built in {@link Params}), so that on 3.x the class loads and is skipped.
 */
@EnabledIf("sdkHasCompletions")
class CompletionsTest extends AnthropicFixtureTest {
  private AnthropicClient traced;
  private AnthropicClientAsync tracedAsync;

  static boolean sdkHasCompletions() {
    return !SdkShape.V3;
  }

  @BeforeEach
  void trace() {
    TracingSettings settings = TracingSettings.builder().metricsEnabled(false).build();
    traced = AnthropicTracing.wrap(client, otel, settings);
    tracedAsync = AnthropicTracing.wrap(client.async(), otel, settings);
  }

  /** The completions params (2.x types, loaded only when a test runs). */
  static final class Params {
    private Params() {}

    static CompletionCreateParams completion(String model) {
      return CompletionCreateParams.builder()
          .model(model)
          .maxTokensToSample(256)
          .prompt("\n\nHuman: What is a span?\n\nAssistant:")
          .temperature(0.5)
          .topK(5)
          .stopSequences(List.of("\n\nHuman:"))
          .build();
    }

  }

  @Test
  void completionsCreate() {
    Completion completion = traced.completions().create(Params.completion("claude-2.1"));
    assertEquals(" A span is one timed operation in a trace.", completion.completion());
    Snapshots.assertMatches("completions-create", spans.getFinishedSpanItems());
  }

  @Test
  void completionsCreateStreaming() {
    String text;
    try (StreamResponse<Completion> stream = traced.completions().createStreaming(Params.completion("claude-2.1"))) {
      assertTrue(spans.getFinishedSpanItems().isEmpty(), "open while streaming");
      text = stream.stream().map(Completion::completion).collect(Collectors.joining());
    }
    assertEquals(" A span is one timed operation.", text, "every chunk reaches the caller");
    Snapshots.assertMatches("completions-create-streaming", spans.getFinishedSpanItems());
  }

  @Test
  void completionsAsync() throws Exception {
    tracedAsync.completions().create(Params.completion("claude-2.1")).get(10, TimeUnit.SECONDS);
    List<String> chunks = new CopyOnWriteArrayList<>();
    AsyncStreamResponse<Completion> stream = tracedAsync.completions().createStreaming(Params.completion("claude-2.1"));
    stream.subscribe(new AsyncStreamResponse.Handler<Completion>() {
      @Override
      public void onNext(Completion chunk) {
        chunks.add(chunk.completion());
      }

      @Override
      public void onComplete(Optional<Throwable> error) {}
    });
    stream.onCompleteFuture().get(10, TimeUnit.SECONDS);
    assertEquals(3, chunks.size());
    Snapshots.assertMatches("completions-async", spans.getFinishedSpanItems());
  }

  @Test
  void completionsRateLimited() {
    assertThrows(RateLimitException.class, () -> traced.completions().create(Params.completion("trigger-429")));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> tracedAsync.completions().create(Params.completion("trigger-429")).get(10, TimeUnit.SECONDS));
    assertInstanceOf(RateLimitException.class, async.getCause());
    Snapshots.assertMatches("completions-create-error", spans.getFinishedSpanItems());
  }
}
