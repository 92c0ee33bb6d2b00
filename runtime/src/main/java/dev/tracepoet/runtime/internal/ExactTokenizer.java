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

  /** The encodings tracepoet counts with. */
  public enum Encoding {
    /** cl100k_base: gpt-4, gpt-3.5, the text-embedding models. */
    CL100K_BASE,
    /** o200k_base: gpt-4o, gpt-4.1, gpt-4.5, gpt-5, the o-series. */
    O200K_BASE
  }

  /** Model-name prefixes (lower case) of the o200k_base models, most specific first. */
  private static final String[] O200K_PREFIXES = {
    "gpt-4o", "chatgpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5", "o1", "o3", "o4"
  };

  /** Model-name prefixes (lower case) of the cl100k_base models. */
  private static final String[] CL100K_PREFIXES = {
    "gpt-4", "gpt-3.5", "gpt-35", "text-embedding-ada-002", "text-embedding-3-", "davinci-002",
    "babbage-002"
  };

  /**
   * The encoding a model uses, or null for a model tracepoet does not know (which is then
   * estimated, never counted with a guessed encoding). A fine-tuned name ({@code ft:gpt-4o-mini:…})
   * counts as its base model; {@code null} (no model given) means cl100k_base. The o-series
   * prefixes match only as a whole name part ({@code o1}, {@code o3-mini}, not {@code o1x}).
   *
   * @param model the model name, may be null; case is ignored
   */
  public static Encoding encodingFor(String model) {
    if (model == null) {
      return Encoding.CL100K_BASE;
    }
    String name = model.regionMatches(true, 0, "ft:", 0, 3) ? model.substring(3) : model;
    for (String prefix : O200K_PREFIXES) {
      if (startsWith(name, prefix)
          && (prefix.charAt(0) != 'o' || name.length() == prefix.length() || name.charAt(prefix.length()) == '-')) {
        return Encoding.O200K_BASE;
      }
    }
    for (String prefix : CL100K_PREFIXES) {
      if (startsWith(name, prefix)) {
        return Encoding.CL100K_BASE;
      }
    }
    return null;
  }

  /**
   * Counts the tokens of {@code text} exactly, with the encoding the given model uses.
   *
   * <p>Special tokens such as {@code <|endoftext|>} are counted as ordinary text. A failure inside
   * jtokkit (say, an encoding that cannot be loaded) is not thrown: it returns {@code -1}, so that
   * telemetry never breaks the call it observes.
   *
   * @param text the text to count, not null
   * @param model the model name (see {@link #encodingFor(String)})
   * @return the number of tokens, or {@code -1} if jtokkit is not available or failed, or the
   *     model is unknown
   */
  public static int count(CharSequence text, String model) {
    Encoding encoding = encodingFor(model);
    if (encoding == null) {
      return -1;
    }
    JtokkitCounter counter = Holder.COUNTER;
    if (counter == null) {
      return -1;
    }
    try {
      return counter.count(text.toString(), encoding == Encoding.O200K_BASE);
    } catch (RuntimeException | LinkageError failed) {
      return -1;
    }
  }

  /**
   * Says whether a model uses o200k_base.
   *
   * @param model the model name, may be null
   * @return {@code true} when {@link #encodingFor(String)} is o200k_base
   */
  public static boolean usesO200k(String model) {
    return encodingFor(model) == Encoding.O200K_BASE;
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
