package dev.tracepoet.runtime;

import java.util.Collection;

/** Counts tokens of the values token wiring produces. Internal (package-private). */
final class TokenSources {
  private TokenSources() {}

  /**
   * Counts a prompt: a {@link CharSequence}, a collection of them (summed), token ids ({@code int[]}
   * or a collection of {@link Integer}: exact), or null for anything else.
   */
  static TokenCount count(Object source, String model) {
    if (source instanceof CharSequence) {
      return Tokens.count((CharSequence) source, model);
    }
    if (source instanceof int[]) {
      return new TokenCount(((int[]) source).length, false);
    }
    if (source instanceof Collection<?>) {
      Collection<?> values = (Collection<?>) source;
      int tokens = 0;
      boolean estimated = false;
      for (Object value : values) {
        if (value instanceof Integer || value instanceof Long) {
          tokens++;
        } else if (value instanceof CharSequence) {
          TokenCount count = Tokens.count((CharSequence) value, model);
          tokens += count.tokens();
          estimated |= count.estimated();
        }
      }
      return new TokenCount(tokens, estimated);
    }
    return null;
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
