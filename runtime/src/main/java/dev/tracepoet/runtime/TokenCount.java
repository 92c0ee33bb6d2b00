package dev.tracepoet.runtime;

/**
 * A number of tokens, and whether it was counted exactly or estimated.
 *
 * @param tokens the number of tokens, never negative
 * @param estimated {@code true} if the figure came from {@link Tokens#estimate(CharSequence)}
 *     because no exact tokenizer was available, {@code false} if a real tokenizer counted it
 */
public record TokenCount(int tokens, boolean estimated) {

  /**
   * Checks the count.
   *
   * @throws IllegalArgumentException if {@code tokens} is negative
   */
  public TokenCount {
    if (tokens < 0) {
      throw new IllegalArgumentException("tokens must not be negative: " + tokens);
    }
  }
}
