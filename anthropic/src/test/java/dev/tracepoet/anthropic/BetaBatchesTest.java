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
import com.anthropic.models.beta.messages.batches.BatchCreateParams;
import com.anthropic.models.beta.messages.batches.BetaMessageBatch;
import com.anthropic.models.beta.messages.batches.BetaMessageBatchIndividualResponse;
import dev.tracepoet.anthropic.fixture.AnthropicFixtureTest;
import dev.tracepoet.anthropic.fixture.Snapshots;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The beta message batches ({@code beta().messages().batches()}, in every supported SDK version):
 * one span per call, sync and async, with ids, status and counts, never the batched requests or
 * their results; the SDK's requests carry {@code ?beta=true} (2.x; 3.x does not add it).
 */
class BetaBatchesTest extends AnthropicFixtureTest {
  private static final String BATCH = "msgbatch_013Zva2CMHLNnXjNJJKqJ2EF";

  private AnthropicClient traced;
  private AnthropicClientAsync tracedAsync;

  @BeforeEach
  void trace() {
    TracingSettings settings = TracingSettings.builder().metricsEnabled(false).build();
    traced = AnthropicTracing.wrap(client, otel, settings);
    tracedAsync = AnthropicTracing.wrap(client.async(), otel, settings);
  }

  private static BatchCreateParams batch() {
    return BatchCreateParams.builder()
        .addRequest(BatchCreateParams.Request.builder().customId("req-1").params(
            BatchCreateParams.Request.Params.builder()
                .model("claude-sonnet-4-5").maxTokens(16).addUserMessage("secret prompt").build())
            .build())
        .build();
  }

  private List<String> names() {
    return spans.getFinishedSpanItems().stream().map(SpanData::getName).collect(Collectors.toList());
  }

  private void noSecretRecorded() {
    for (SpanData span : spans.getFinishedSpanItems()) {
      assertTrue(span.getAttributes().asMap().values().stream()
          .noneMatch(v -> v.toString().contains("secret")), () -> "no request or result content: " + span);
    }
  }

  @Test
  void betaBatches() {
    BetaMessageBatch created = traced.beta().messages().batches().create(batch());
    assertEquals(BATCH, created.id(), "the caller gets the SDK's result");
    traced.beta().messages().batches().retrieve(BATCH);
    traced.beta().messages().batches().list();
    traced.beta().messages().batches().cancel(BATCH);
    traced.beta().messages().batches().delete(BATCH);
    List<String> ids;
    try (StreamResponse<BetaMessageBatchIndividualResponse> results =
        traced.beta().messages().batches().resultsStreaming(BATCH)) {
      ids = results.stream().map(BetaMessageBatchIndividualResponse::customId).collect(Collectors.toList());
    }
    assertEquals(List.of("req-1", "req-2", "req-3"), ids, "every result reaches the caller");
    assertEquals(List.of("beta.messages.batches.create", "beta.messages.batches.retrieve",
        "beta.messages.batches.list", "beta.messages.batches.cancel", "beta.messages.batches.delete",
        "beta.messages.batches.results"), names());
    assertTrue(server.received().stream().allMatch(r -> java.util.Objects.equals(SdkShape.BETA_QUERY, r.query())),
        "the beta endpoints: " + server.received());
    assertTrue(server.received().get(0).body().contains("secret prompt"), "the SDK sent the requests");
    noSecretRecorded();
    Snapshots.assertMatches("beta-messages-batches", spans.getFinishedSpanItems());
  }

  @Test
  void betaBatchesAsync() throws Exception {
    tracedAsync.beta().messages().batches().create(batch()).get(10, TimeUnit.SECONDS);
    tracedAsync.beta().messages().batches().retrieve(BATCH).get(10, TimeUnit.SECONDS);
    tracedAsync.beta().messages().batches().list().get(10, TimeUnit.SECONDS);
    tracedAsync.beta().messages().batches().cancel(BATCH).get(10, TimeUnit.SECONDS);
    tracedAsync.beta().messages().batches().delete(BATCH).get(10, TimeUnit.SECONDS);
    List<String> ids = new CopyOnWriteArrayList<>();
    AsyncStreamResponse<BetaMessageBatchIndividualResponse> results =
        tracedAsync.beta().messages().batches().resultsStreaming(BATCH);
    results.subscribe(new AsyncStreamResponse.Handler<BetaMessageBatchIndividualResponse>() {
      @Override
      public void onNext(BetaMessageBatchIndividualResponse result) {
        ids.add(result.customId());
      }

      @Override
      public void onComplete(Optional<Throwable> error) {}
    });
    results.onCompleteFuture().get(10, TimeUnit.SECONDS);
    assertEquals(List.of("req-1", "req-2", "req-3"), ids);
    assertEquals(List.of("beta.messages.batches.create", "beta.messages.batches.retrieve",
        "beta.messages.batches.list", "beta.messages.batches.cancel", "beta.messages.batches.delete",
        "beta.messages.batches.results"), names());
    noSecretRecorded();
    Snapshots.assertMatches("beta-messages-batches-async", spans.getFinishedSpanItems());
  }

  @Test
  void betaBatchesRateLimited() {
    assertThrows(RateLimitException.class, () -> traced.beta().messages().batches().retrieve("trigger-429"));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> tracedAsync.beta().messages().batches().retrieve("trigger-429").get(10, TimeUnit.SECONDS));
    assertInstanceOf(RateLimitException.class, async.getCause());
    assertEquals(List.of("beta.messages.batches.retrieve", "beta.messages.batches.retrieve"), names());
    Snapshots.assertMatches(SdkShape.snapshot("beta-messages-batches-error"), spans.getFinishedSpanItems());
  }

  @Test
  void theSameBatchServiceGivesTheSameWrapper() {
    assertTrue(traced.beta().messages().batches() == traced.beta().messages().batches(), "deep-wrapped, cached");
    assertTrue(traced.beta().messages().batches().getClass().getSimpleName().startsWith("Traced"));
  }
}
