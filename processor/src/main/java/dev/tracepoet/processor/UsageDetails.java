package dev.tracepoet.processor;

import java.util.List;

/**
 * The optional detail counts of a usage object, found by {@link UsageResolver} under their OpenAI
 * or Anthropic names without extra declarations: cached input tokens read from the cache, input
 * tokens written to the cache, and reasoning output tokens.
 *
 * @param cacheRead {@code prompt_tokens_details.cached_tokens}, {@code
 *     input_tokens_details.cached_tokens} or {@code cache_read_input_tokens}; null when absent
 * @param cacheCreation {@code cache_creation_input_tokens}; null when absent
 * @param reasoning {@code completion_tokens_details.reasoning_tokens} or {@code
 *     output_tokens_details.reasoning_tokens}; null when absent
 * @param inputExcludesCache whether the usage's input count excludes the cached tokens (the
 *     Anthropic shape, {@code cache_*_input_tokens}), so that {@code gen_ai.usage.input_tokens},
 *     which includes them, is their sum
 */
record UsageDetails(
    AttributePath cacheRead, AttributePath cacheCreation, AttributePath reasoning, boolean inputExcludesCache) {
  static final UsageDetails NONE = new UsageDetails(null, null, null, false);

  /** The paths tried for each count, in order (dotted; snake_case and camelCase both match). */
  static final List<String> CACHE_READ =
      List.of("prompt_tokens_details.cached_tokens", "input_tokens_details.cached_tokens", "cache_read_input_tokens");
  static final List<String> CACHE_CREATION = List.of("cache_creation_input_tokens");
  static final List<String> REASONING =
      List.of("completion_tokens_details.reasoning_tokens", "output_tokens_details.reasoning_tokens");

  boolean any() {
    return cacheRead != null || cacheCreation != null || reasoning != null;
  }
}
