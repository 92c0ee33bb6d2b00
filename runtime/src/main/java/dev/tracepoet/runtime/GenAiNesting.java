package dev.tracepoet.runtime;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;

/**
 * Marks the context while a tracepoet GenAI CLIENT span is current, so that a GenAI call started
 * inside it (a traced client calling another traced client) can be suppressed: no second span, no
 * second usage in the metrics ({@link GenAiSettings#suppressNested()}). Internal (package-private).
 */
final class GenAiNesting {
  private static final ContextKey<Boolean> KEY = ContextKey.named("tracepoet.genai.client");

  private GenAiNesting() {}

  /** {@code context} marked as inside a GenAI CLIENT span. */
  static Context mark(Context context) {
    return context.with(KEY, Boolean.TRUE);
  }

  /** Whether the current context is inside a tracepoet GenAI CLIENT span. */
  static boolean inside() {
    return Context.current().get(KEY) != null;
  }
}
