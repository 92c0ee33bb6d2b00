package dev.tracepoet.runtime;

import io.opentelemetry.api.trace.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * What a streamed GenAI response adds to its span: {@code gen_ai.response.time_to_first_chunk} when
 * the first chunk passes, and the finish reasons of all chunks (a streamed response reports each
 * choice's reason in the chunk that ends it, rarely in the last one), recorded as {@code
 * gen_ai.response.finish_reasons} at the end. Guarded by its {@link Call}. Internal
 * (package-private).
 */
final class GenAiStream {
  /** Finish reasons kept per call: one per choice, so a few; bounded against odd streams. */
  static final int MAX_FINISH_REASONS = 128;

  private final long startNanos;
  private boolean first = true;
  private List<String> finishReasons;

  GenAiStream(long startNanos) {
    this.startNanos = startNanos;
  }

  /** One chunk with its finish reasons (null when none). */
  void chunk(Span span, List<String> reasons) {
    if (first) {
      first = false;
      span.setAttribute(TracepoetAttributes.GEN_AI_TIME_TO_FIRST_CHUNK, (System.nanoTime() - startNanos) / 1e9);
    }
    if (reasons == null || reasons.isEmpty()) {
      return;
    }
    if (finishReasons == null) {
      finishReasons = new ArrayList<>();
    }
    for (String reason : reasons) {
      if (reason != null && finishReasons.size() < MAX_FINISH_REASONS) {
        finishReasons.add(reason);
      }
    }
  }

  /** The first finish reason of all chunks, or null. */
  String firstFinishReason() {
    return finishReasons == null || finishReasons.isEmpty() ? null : finishReasons.get(0);
  }

  /** Records the finish reasons of all chunks, replacing what the last chunk's tags recorded. */
  void end(Span span) {
    if (finishReasons != null) {
      span.setAttribute(TracepoetAttributes.GEN_AI_FINISH_REASONS, List.copyOf(finishReasons));
    }
  }
}
