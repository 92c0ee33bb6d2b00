package dev.tracepoet.anthropic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.AnthropicClientAsync;
import com.anthropic.core.http.AsyncStreamResponse;
import com.anthropic.core.http.HttpResponse;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.RateLimitException;
import com.anthropic.models.messages.batches.MessageBatchIndividualResponse;
import com.anthropic.models.beta.files.FileUploadParams;
import com.anthropic.models.beta.messages.BetaRawMessageStreamEvent;
import dev.tracepoet.anthropic.fixture.AnthropicFixtureServer;
import dev.tracepoet.anthropic.fixture.AnthropicFixtureTest;
import dev.tracepoet.anthropic.fixture.Snapshots;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operations beyond messages (legacy completions: {@link CompletionsTest}): batch results
 * streams (sync and async), the async batches and beta services, beta message streams, file upload
 * and download. One
 * snapshot per operation group; each call is one span, ended once, and the caller gets what the SDK
 * gives.
 */
class MoreOperationsTest extends AnthropicFixtureTest {
  private static final String BATCH = "msgbatch_013Zva2CMHLNnXjNJJKqJ2EF";
  private static final String FILE = "file_011CNha8iCJcU1wXNR6q4V8w";

  private AnthropicClient traced;
  private AnthropicClientAsync tracedAsync;

  @BeforeEach
  void trace() {
    TracingSettings settings = TracingSettings.builder().metricsEnabled(false).build();
    traced = AnthropicTracing.wrap(client, otel, settings);
    tracedAsync = AnthropicTracing.wrap(client.async(), otel, settings);
  }

  private List<String> names() {
    return spans.getFinishedSpanItems().stream().map(SpanData::getName).collect(Collectors.toList());
  }

  @Test
  void batchResultsStreaming() throws Exception {
    List<String> ids;
    try (StreamResponse<MessageBatchIndividualResponse> results = traced.messages().batches().resultsStreaming(BATCH)) {
      ids = results.stream().map(MessageBatchIndividualResponse::customId).collect(Collectors.toList());
    }
    assertEquals(List.of("req-1", "req-2", "req-3"), ids);
    List<String> asyncIds = new CopyOnWriteArrayList<>();
    AsyncStreamResponse<MessageBatchIndividualResponse> async = tracedAsync.messages().batches().resultsStreaming(BATCH);
    async.subscribe(new AsyncStreamResponse.Handler<MessageBatchIndividualResponse>() {
      @Override
      public void onNext(MessageBatchIndividualResponse result) {
        asyncIds.add(result.customId());
      }

      @Override
      public void onComplete(Optional<Throwable> error) {}
    });
    async.onCompleteFuture().get(10, TimeUnit.SECONDS);
    assertEquals(ids, asyncIds);
    for (SpanData span : spans.getFinishedSpanItems()) {
      assertTrue(span.getAttributes().asMap().values().stream().noneMatch(v -> v.toString().contains("secret answer")),
          "batch results are never recorded");
    }
    Snapshots.assertMatches("messages-batches-results", spans.getFinishedSpanItems());
  }

  @Test
  void asyncBatches() throws Exception {
    tracedAsync.messages().batches().retrieve(BATCH).get(10, TimeUnit.SECONDS);
    tracedAsync.messages().batches().list().get(10, TimeUnit.SECONDS);
    tracedAsync.messages().batches().cancel(BATCH).get(10, TimeUnit.SECONDS);
    tracedAsync.messages().batches().delete(BATCH).get(10, TimeUnit.SECONDS);
    assertEquals(List.of("messages.batches.retrieve", "messages.batches.list", "messages.batches.cancel",
        "messages.batches.delete"), names());
    Snapshots.assertMatches("messages-batches-async", spans.getFinishedSpanItems());
  }

  @Test
  void asyncBeta() throws Exception {
    tracedAsync.beta().models().list().get(10, TimeUnit.SECONDS);
    tracedAsync.beta().models().retrieve("claude-sonnet-4-5-20250929").get(10, TimeUnit.SECONDS);
    tracedAsync.beta().files().list().get(10, TimeUnit.SECONDS);
    tracedAsync.beta().files().retrieveMetadata(FILE).get(10, TimeUnit.SECONDS);
    tracedAsync.beta().files().delete(FILE).get(10, TimeUnit.SECONDS);
    tracedAsync.beta().messages().create(com.anthropic.models.beta.messages.MessageCreateParams.builder()
        .model("claude-sonnet-4-5").maxTokens(64).addUserMessage("What is a span?").build()).get(10, TimeUnit.SECONDS);
    tracedAsync.beta().messages().countTokens(com.anthropic.models.beta.messages.MessageCountTokensParams.builder()
        .model("claude-sonnet-4-5").addUserMessage("What is a span?").build()).get(10, TimeUnit.SECONDS);
    assertEquals(List.of("beta.models.list", "beta.models.retrieve", "beta.files.list", "beta.files.retrieve_metadata",
        "beta.files.delete", "chat claude-sonnet-4-5", "messages.count_tokens"), names());
    Snapshots.assertMatches("beta-async", spans.getFinishedSpanItems());
  }

  @Test
  void filesUploadAndDownload() throws Exception {
    byte[] pdf = "%PDF-1.4 private upload".getBytes(StandardCharsets.UTF_8);
    assertEquals(FILE, SdkShape.call(SdkShape.call(traced.beta().files(), "upload", FileUploadParams.builder().file(pdf).build()),
        "id"));
    byte[] content;
    try (HttpResponse response = traced.beta().files().download(FILE); InputStream body = response.body()) {
      content = body.readAllBytes();
    }
    assertArrayEquals(AnthropicFixtureServer.fixture("files/content.bin"), content, "the caller reads the body");
    tracedAsync.beta().files().upload(FileUploadParams.builder().file(pdf).build()).get(10, TimeUnit.SECONDS);
    try (HttpResponse response = tracedAsync.beta().files().download(FILE).get(10, TimeUnit.SECONDS)) {
      assertEquals(200, response.statusCode());
    }
    assertEquals(List.of("beta.files.upload", "beta.files.download", "beta.files.upload", "beta.files.download"), names());
    assertTrue(server.received().get(0).body().contains("private upload"), "the SDK sent the file");
    for (SpanData span : spans.getFinishedSpanItems()) {
      assertTrue(span.getAttributes().asMap().values().stream().noneMatch(v -> v.toString().contains("private upload")),
          "file bytes are never recorded");
    }
    Snapshots.assertMatches("beta-files-upload-download", spans.getFinishedSpanItems());
  }

  private static com.anthropic.models.beta.messages.MessageCreateParams betaChat() {
    com.anthropic.models.beta.messages.MessageCreateParams.Builder builder =
        com.anthropic.models.beta.messages.MessageCreateParams.builder()
            .model("claude-sonnet-4-5").maxTokens(64).addUserMessage("What is a span?");
    if (!SdkShape.V3) {
      builder.topK(8); // 3.x has no sampling params
    }
    return builder.build();
  }

  @Test
  void betaMessagesCreateStreaming() throws Exception {
    long events;
    try (StreamResponse<BetaRawMessageStreamEvent> stream = traced.beta().messages().createStreaming(betaChat())) {
      assertTrue(spans.getFinishedSpanItems().isEmpty(), "open while streaming");
      events = stream.stream().count();
    }
    assertEquals(11, events, "every event reaches the caller");
    List<BetaRawMessageStreamEvent> asyncEvents = new CopyOnWriteArrayList<>();
    AsyncStreamResponse<BetaRawMessageStreamEvent> async = tracedAsync.beta().messages().createStreaming(betaChat());
    async.subscribe(new AsyncStreamResponse.Handler<BetaRawMessageStreamEvent>() {
      @Override
      public void onNext(BetaRawMessageStreamEvent event) {
        asyncEvents.add(event);
      }

      @Override
      public void onComplete(Optional<Throwable> error) {}
    });
    async.onCompleteFuture().get(10, TimeUnit.SECONDS);
    assertEquals(11, asyncEvents.size());
    assertEquals(java.util.Arrays.asList(SdkShape.BETA_QUERY, SdkShape.BETA_QUERY),
        server.received().stream().map(AnthropicFixtureServer.Received::query).collect(Collectors.toList()));
    Snapshots.assertMatches(SdkShape.snapshot("beta-messages-create-streaming"), spans.getFinishedSpanItems());
  }

  @Test
  void aBetaStreamClosedEarlyEndsItsSpanOnceAsCancelled() {
    StreamResponse<BetaRawMessageStreamEvent> stream = traced.beta().messages().createStreaming(betaChat());
    assertTrue(stream.stream().findFirst().orElseThrow().isMessageStart());
    stream.close();
    stream.close();
    Snapshots.assertMatches(SdkShape.snapshot("beta-messages-create-streaming-cancelled"), spans.getFinishedSpanItems());
  }
}
