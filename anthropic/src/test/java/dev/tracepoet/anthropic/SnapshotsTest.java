package dev.tracepoet.anthropic;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.RateLimitException;
import com.anthropic.models.messages.MessageCountTokensParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import dev.tracepoet.anthropic.fixture.AnthropicFixtureTest;
import dev.tracepoet.anthropic.fixture.Snapshots;
import dev.tracepoet.runtime.TracingSettings;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One snapshot file per operation (sync, stream, async, error) under {@code
 * src/test/resources/snapshots/}; {@code -Dtracepoet.updateSnapshots=true} rewrites them.
 */
class SnapshotsTest extends AnthropicFixtureTest {
  private AnthropicClient traced;

  @BeforeEach
  void trace() {
    traced = AnthropicTracing.wrap(client, otel, TracingSettings.builder().metricsEnabled(false).build());
  }

  @Test
  void messagesCreate() {
    traced.messages().create(AnthropicTracingTest.chat("claude-sonnet-4-5"));
    Snapshots.assertMatches(SdkShape.snapshot("messages-create"), spans.getFinishedSpanItems());
  }

  @Test
  void messagesCreateStreaming() {
    try (StreamResponse<RawMessageStreamEvent> stream =
        traced.messages().createStreaming(AnthropicTracingTest.chat("claude-sonnet-4-5"))) {
      stream.stream().forEach(event -> {});
    }
    Snapshots.assertMatches(SdkShape.snapshot("messages-create-streaming"), spans.getFinishedSpanItems());
  }

  @Test
  void messagesCreateAsync() throws Exception {
    traced.async().messages().create(AnthropicTracingTest.chat("claude-sonnet-4-5")).get(10, TimeUnit.SECONDS);
    Snapshots.assertMatches(SdkShape.snapshot("messages-create-async"), spans.getFinishedSpanItems());
  }

  @Test
  void messagesCreateRateLimited() {
    assertThrows(RateLimitException.class, () -> traced.messages().create(AnthropicTracingTest.chat("trigger-429")));
    Snapshots.assertMatches(SdkShape.snapshot("messages-create-error"), spans.getFinishedSpanItems());
  }

  @Test
  void messagesCountTokens() {
    traced.messages().countTokens(
        MessageCountTokensParams.builder().model("claude-sonnet-4-5").addUserMessage("What is a span?").build());
    Snapshots.assertMatches("messages-count-tokens", spans.getFinishedSpanItems());
  }

  @Test
  void batches() {
    traced.messages().batches().retrieve("msgbatch_013Zva2CMHLNnXjNJJKqJ2EF");
    traced.messages().batches().list();
    traced.messages().batches().cancel("msgbatch_013Zva2CMHLNnXjNJJKqJ2EF");
    traced.messages().batches().delete("msgbatch_013Zva2CMHLNnXjNJJKqJ2EF");
    Snapshots.assertMatches("messages-batches", spans.getFinishedSpanItems());
  }

  @Test
  void models() {
    traced.models().list();
    traced.models().retrieve("claude-sonnet-4-5-20250929");
    Snapshots.assertMatches("models", spans.getFinishedSpanItems());
  }

  @Test
  void beta() {
    traced.beta().models().list();
    traced.beta().files().list();
    SdkShape.call(traced.beta().files(), "retrieveMetadata", "file_011CNha8iCJcU1wXNR6q4V8w");
    SdkShape.call(traced.beta().files(), "delete", "file_011CNha8iCJcU1wXNR6q4V8w");
    traced.beta().messages().countTokens(com.anthropic.models.beta.messages.MessageCountTokensParams.builder()
        .model("claude-sonnet-4-5").addUserMessage("What is a span?").build());
    Snapshots.assertMatches("beta", spans.getFinishedSpanItems());
  }
}
