package dev.tracepoet.runtime;

import dev.tracepoet.runtime.internal.ExactTokenizer;
import java.util.Collection;

/** Counts tokens of the values token wiring produces. Internal (package-private). */
final class TokenSources {
  private TokenSources() {}

  /** Returned by {@link #count} for a source that is not countable. */
  static final long NONE = -1;

  /**
   * Counts a prompt: a {@link CharSequence}, a collection of them (summed), token ids ({@code int[]}
   * or a collection of {@link Integer}: exact), or {@link #NONE} for anything else. Allocates no
   * result: the count is {@code (int) result} and {@link #estimated(long)} says how it was made.
   */
  static long count(Object source, String model) {
    if (source instanceof CharSequence) {
      return text((CharSequence) source, model);
    }
    if (source instanceof int[]) {
      return ((int[]) source).length;
    }
    if (source instanceof Collection<?>) {
      long tokens = 0;
      boolean estimated = false;
      for (Object value : (Collection<?>) source) {
        if (value instanceof Integer || value instanceof Long) {
          tokens++;
        } else if (value instanceof CharSequence) {
          long count = text((CharSequence) value, model);
          tokens += (int) count;
          estimated |= estimated(count);
        }
      }
      return Math.min(tokens, Integer.MAX_VALUE) | (estimated ? ESTIMATED : 0);
    }
    return NONE;
  }

  /** Whether a {@link #count} result was estimated. */
  static boolean estimated(long count) {
    return (count & ESTIMATED) != 0;
  }

  private static final long ESTIMATED = 1L << 32;

  private static long text(CharSequence text, String model) {
    int exact = ExactTokenizer.count(text, model);
    return exact >= 0 ? exact : Tokens.estimate(text) | ESTIMATED;
  }

  /** The text of a prompt source (collections joined by newlines), or null for token ids. */
  static CharSequence text(Object source) {
    if (source instanceof CharSequence) {
      return (CharSequence) source;
    }
    if (source instanceof Collection<?>) {
      StringBuilder text = new StringBuilder();
      for (Object value : (Collection<?>) source) {
        if (value instanceof CharSequence) {
          if (text.length() > 0) {
            text.append('\n');
          }
          text.append((CharSequence) value);
        }
      }
      return text.length() == 0 ? null : text;
    }
    return null;
  }
}
