package dev.tracepoet.runtime.internal;

/**
 * Exact token counting through jtokkit, when jtokkit is on the class path.
 *
 * <p>jtokkit is an optional dependency. Its classes are referenced only from {@link
 * JtokkitCounter}, which is first touched inside {@link Holder}'s initialiser: if jtokkit is
 * missing, that throws a {@link LinkageError} (normally {@link NoClassDefFoundError}) once, it is
 * caught there, and every later call sees the tokenizer as unavailable.
 *
 * <p>Internal API: not for use outside tracepoet; it may change without notice.
 */
public final class ExactTokenizer {

  private ExactTokenizer() {}

  /**
   * Says whether exact counting works here, loading jtokkit on the first call.
   *
   * @return {@code true} if jtokkit is on the class path and its encodings could be loaded
   */
  public static boolean available() {
    return Holder.COUNTER != null;
  }

  /**
   * Counts the tokens of {@code text} exactly, with the encoding the given model uses.
   *
   * <p>Special tokens such as {@code <|endoftext|>} are counted as ordinary text. A failure inside
   * jtokkit (say, an encoding that cannot be loaded) is not thrown: it returns {@code -1}, so that
   * telemetry never breaks the call it observes.
   *
   * @param text the text to count, not null
   * @param model the model name, used to choose the encoding; null or unknown means cl100k_base
   * @return the number of tokens, or {@code -1} if jtokkit is not available or failed
   */
  public static int count(CharSequence text, String model) {
    JtokkitCounter counter = Holder.COUNTER;
    if (counter == null) {
      return -1;
    }
    try {
      return counter.count(text.toString(), usesO200k(model));
    } catch (RuntimeException | LinkageError failed) {
      return -1;
    }
  }

  /**
   * Says whether a model uses o200k_base rather than cl100k_base.
   *
   * @param model the model name, may be null
   * @return {@code true} for the gpt-4o, o1, o3, o4, gpt-4.1 and gpt-5 families
   */
  public static boolean usesO200k(String model) {
    if (model == null) {
      return false;
    }
    return startsWith(model, "gpt-4o")
        || startsWith(model, "o1")
        || startsWith(model, "o3")
        || startsWith(model, "o4")
        || startsWith(model, "gpt-4.1")
        || startsWith(model, "gpt-5");
  }

  private static boolean startsWith(String model, String prefix) {
    return model.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /** Loads jtokkit on first use; {@link #COUNTER} is null when it is missing. */
  private static final class Holder {
    static final JtokkitCounter COUNTER = load();

    private Holder() {}

    private static JtokkitCounter load() {
      try {
        return new JtokkitCounter();
      } catch (LinkageError | RuntimeException missing) {
        return null;
      }
    }
  }
}
