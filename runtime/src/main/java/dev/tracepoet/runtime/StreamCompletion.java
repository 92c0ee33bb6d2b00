package dev.tracepoet.runtime;

import dev.tracepoet.runtime.internal.ExactTokenizer;

/**
 * The completion text of a streamed response (the {@code completion} wiring, element by element),
 * kept for two uses, both linear in the text and bounded in memory:
 *
 * <ul>
 *   <li>counting its tokens when no usage is reported: text is buffered up to {@value
 *       #COUNT_BUFFER} characters, then the buffer up to its last whitespace is counted with the
 *       call's model and dropped (the rest, a word cut by the chunking, stays buffered); an
 *       estimate is thereby the same as for the whole text, an exact count may differ from the
 *       whole text's by a token or so per {@value #COUNT_BUFFER} characters;
 *   <li>content capture, only when the span captures content: a {@link StreamedOutput} (choice 0),
 *       bounded by the content part limit (and at least the character limit of the {@code
 *       <integration>.response.completion} attribute).
 * </ul>
 *
 * Guarded by its {@link Call}. Internal (package-private).
 */
final class StreamCompletion {
  /** The most characters buffered for counting before a part of them is counted. */
  static final int COUNT_BUFFER = 1 << 16;

  private final String model;
  private final StreamedOutput output;
  private StringBuilder pending;
  /** Tokens of the counted parts, when a tokenizer counted them exactly. */
  private long exactTokens;
  /** {@link Tokens#estimateUnits} of the counted parts, when no tokenizer could count them. */
  private long estimateUnits;
  private boolean estimated;
  private boolean any;

  /**
   * @param model the model the call's tokens are counted for (null: unknown)
   * @param output where captured text goes; null when the span does not capture content
   */
  StreamCompletion(String model, StreamedOutput output) {
    this.model = model;
    this.output = output;
  }

  /** One element's completion text. */
  void add(CharSequence text) {
    if (text == null) {
      return;
    }
    any = true;
    if (output != null) {
      output.text(0, text);
    }
    if (text.length() == 0) {
      return;
    }
    if (pending == null) {
      pending = new StringBuilder(Math.min(COUNT_BUFFER, Math.max(64, text.length())));
    }
    pending.append(text);
    if (pending.length() > COUNT_BUFFER) {
      flush();
    }
  }

  /** Counts the buffer up to its last whitespace (all of it when it has none) and drops that part. */
  private void flush() {
    int end = pending.length();
    for (int i = pending.length() - 1; i > 0; i--) {
      if (Character.isWhitespace(pending.charAt(i))) {
        end = i;
        break;
      }
    }
    if (end == pending.length() && Character.isHighSurrogate(pending.charAt(end - 1))) {
      end--; // its low surrogate is still to come
    }
    CharSequence part = pending.subSequence(0, end);
    int exact = ExactTokenizer.count(part, model);
    if (exact >= 0) {
      exactTokens += exact;
    } else {
      estimateUnits += Tokens.estimateUnits(part);
      estimated = true;
    }
    pending.delete(0, end);
  }

  /** Whether any element had completion text (possibly empty). */
  boolean any() {
    return any;
  }

  /**
   * The tokens of all the completion text: the counted parts plus the rest, counted for {@code
   * model} when the parts were counted without one. Estimates are summed before rounding, so an
   * estimated count equals {@link Tokens#estimate} of the whole text.
   */
  TokenCount tokens(String model) {
    CharSequence rest = pending == null ? "" : pending;
    String used = this.model != null ? this.model : model;
    int exact = estimated ? -1 : ExactTokenizer.count(rest, used);
    long total;
    boolean isEstimate = estimated;
    if (exact >= 0) {
      total = exactTokens + exact;
    } else {
      total = exactTokens + Tokens.estimateFromUnits(estimateUnits + Tokens.estimateUnits(rest));
      isEstimate = true;
    }
    return new TokenCount((int) Math.min(Integer.MAX_VALUE, total), isEstimate);
  }

  /** How many characters are buffered for counting (for tests of the bound). */
  int buffered() {
    return pending == null ? 0 : pending.length();
  }

  /** The captured output (choice 0 holds the completion text); null when not capturing. */
  StreamedOutput output() {
    return output;
  }
}
