package dev.tracepoet.anthropic.internal;

import com.anthropic.models.completions.Completion;
import com.anthropic.models.completions.CompletionCreateParams;
import com.anthropic.models.messages.batches.BatchListPageAsync;
import com.anthropic.models.messages.batches.BatchListParams;
import com.anthropic.models.messages.batches.BatchResultsParams;
import com.anthropic.models.messages.batches.MessageBatchIndividualResponse;
import dev.tracepoet.runtime.Endpoint;
import io.opentelemetry.api.trace.Span;
import java.util.List;

/** The hooks of the legacy Text Completions and of the batch results and async batch listing. */
public final class CompletionHooks {
  private CompletionHooks() {}

  /**
   * Completions {@code create} / {@code createStreaming} (sync and async; for streams each chunk is
   * an element): {@code top_k} (a double key, see {@link Hooks#TOP_K}) and the {@code stop_reason}
   * as the finish reason.
   */
  public abstract static class CompletionHook extends AnthropicHook<CompletionCreateParams, Completion> {
    protected CompletionHook(Endpoint endpoint) {
      super(endpoint);
    }

    @Override
    protected void preResponse(Span span, CompletionCreateParams params) {
      if (params != null && span.isRecording()) {
        params.topK().ifPresent(k -> span.setAttribute(Hooks.TOP_K, k.doubleValue()));
      }
    }

    @Override
    protected List<String> finishReasons(Completion completion) {
      return completion == null ? null : completion.stopReason().map(List::of).orElse(null);
    }
  }

  /** Batches {@code resultsStreaming} (sync and async): each result line is an element. */
  public abstract static class BatchResultsHook extends AnthropicHook<BatchResultsParams, MessageBatchIndividualResponse> {
    protected BatchResultsHook(Endpoint e) { super(e); }
  }

  /** Batches {@code list}, async. */
  public abstract static class BatchListAsyncHook extends AnthropicHook<BatchListParams, BatchListPageAsync> {
    protected BatchListAsyncHook(Endpoint e) { super(e); }
  }
}
