package dev.tracepoet.runtime;

import dev.tracepoet.runtime.internal.ExactTokenizer;
import java.util.List;

/**
 * Token utilities: a cheap estimator that needs no tokenizer, and exact counting when jtokkit is
 * on the class path.
 *
 * <p>The estimator reproduces dd-trace-py's {@code _est_tokens} exactly, so spans from Java and
 * Python services report the same figure for the same text. With {@code n} the number of matches
 * of the Python regular expression {@code [\w']+|[.,!?;~@#$%^&*()+/-]} in the text, it returns
 * {@code round(0.1875 * (length + n))}, where {@code length} counts Unicode code points and
 * {@code round} breaks ties towards the even neighbour, as Python's {@code round} does.
 *
 * <p>All methods are thread-safe.
 */
public final class Tokens {

  /** The single punctuation characters that are each one match of the reference regex. */
  private static final String PUNCTUATION = ".,!?;~@#$%^&*()+/-";

  /** Bits {@code c} and {@code c - 64} for the punctuation characters below and above 64. */
  private static final long PUNCTUATION_LOW;

  private static final long PUNCTUATION_HIGH;

  /**
   * The {@link Character#getType(int)} categories matched by Python's {@code \w} on {@code str}:
   * those for which {@code str.isalnum()} is true (letters Lu Ll Lt Lm Lo, numbers Nd Nl No).
   */
  private static final int WORD_TYPES =
      1 << Character.UPPERCASE_LETTER
          | 1 << Character.LOWERCASE_LETTER
          | 1 << Character.TITLECASE_LETTER
          | 1 << Character.MODIFIER_LETTER
          | 1 << Character.OTHER_LETTER
          | 1 << Character.DECIMAL_DIGIT_NUMBER
          | 1 << Character.LETTER_NUMBER
          | 1 << Character.OTHER_NUMBER;

  static {
    long low = 0;
    long high = 0;
    for (int i = 0; i < PUNCTUATION.length(); i++) {
      char c = PUNCTUATION.charAt(i);
      if (c < 64) {
        low |= 1L << c;
      } else {
        high |= 1L << (c - 64);
      }
    }
    PUNCTUATION_LOW = low;
    PUNCTUATION_HIGH = high;
  }

  private Tokens() {}

  /**
   * Estimates the number of tokens in a text, exactly as dd-trace-py's {@code _est_tokens} does.
   *
   * <p>Let {@code n} count the runs of word characters and apostrophes (word characters being
   * Unicode letters, digits and other numerics such as {@code ²} or {@code Ⅻ}, and {@code _}; not
   * combining marks) plus each of the single characters {@code .,!?;~@#$%^&*()+/-}. The estimate
   * is {@code 0.1875 * (length + n)} rounded half to even, with {@code length} in code points (a
   * surrogate pair counts once; an unpaired surrogate counts as one code point that is not a word
   * character).
   *
   * <p>The text is read once, without allocating (the first call builds a 64 KiB class table for
   * the Basic Multilingual Plane, once per JVM).
   *
   * @param text the text; {@code null} counts as empty
   * @return the estimated number of tokens; 0 for {@code null} or empty text
   */
  public static int estimate(CharSequence text) {
    return estimateFromUnits(estimateUnits(text));
  }

  /**
   * The sum {@code length + n} of {@link #estimate(CharSequence)} before scaling and rounding:
   * additive over texts split where no word run or surrogate pair is cut (e.g. before whitespace).
   */
  static long estimateUnits(CharSequence text) {
    if (text == null) {
      return 0;
    }
    if (text instanceof String) {
      return estimateString((String) text);
    }
    int units = text.length();
    long codePoints = 0;
    long matches = 0;
    boolean inRun = false;
    int i = 0;
    while (i < units) {
      char c = text.charAt(i++);
      int codePoint = c;
      if (Character.isHighSurrogate(c) && i < units) {
        char low = text.charAt(i);
        if (Character.isLowSurrogate(low)) {
          codePoint = Character.toCodePoint(c, low);
          i++;
        }
      }
      codePoints++;
      if (isWordOrApostrophe(codePoint)) {
        if (!inRun) {
          matches++;
          inRun = true;
        }
      } else {
        inRun = false;
        if (isPunctuation(codePoint)) {
          matches++;
        }
      }
    }
    return codePoints + matches;
  }

  /**
   * Returns the number of tokens of already tokenized input.
   *
   * @param tokenIds the token ids; {@code null} counts as empty
   * @return {@code tokenIds.length}, or 0 for {@code null}
   */
  public static int estimate(int[] tokenIds) {
    return tokenIds == null ? 0 : tokenIds.length;
  }

  /**
   * Returns the number of tokens of already tokenized input.
   *
   * @param tokenIds the token ids; {@code null} counts as empty
   * @return {@code tokenIds.size()}, or 0 for {@code null}
   */
  public static int estimate(List<Integer> tokenIds) {
    return tokenIds == null ? 0 : tokenIds.size();
  }

  /**
   * Counts the tokens of a text with the cl100k_base encoding, or estimates them without jtokkit.
   *
   * @param text the text; {@code null} counts as empty
   * @return the count, exact if jtokkit is on the class path, else {@link #estimate(CharSequence)}
   * @see #count(CharSequence, String)
   */
  public static TokenCount count(CharSequence text) {
    return count(text, null);
  }

  /**
   * Counts the tokens of a text as the given model's tokenizer would, or estimates them.
   *
   * <p>With jtokkit on the class path, the encoding is chosen by model name (case ignored; a
   * fine-tuned {@code ft:<base>:…} name counts as its base model):
   *
   * <table>
   *   <caption>Model to encoding</caption>
   *   <tr><th>model name starts with</th><th>encoding</th></tr>
   *   <tr><td>{@code gpt-4o}, {@code chatgpt-4o}, {@code gpt-4.1}, {@code gpt-4.5}, {@code gpt-5},
   *       {@code o1}, {@code o3}, {@code o4} (the o-series as a whole name part: {@code o3-mini})</td>
   *       <td>o200k_base</td></tr>
   *   <tr><td>{@code gpt-4} (other), {@code gpt-3.5}, {@code gpt-35}, {@code text-embedding-ada-002},
   *       {@code text-embedding-3-}, {@code davinci-002}, {@code babbage-002}</td>
   *       <td>cl100k_base</td></tr>
   *   <tr><td>{@code null} (no model given)</td><td>cl100k_base</td></tr>
   *   <tr><td>anything else (other vendors' models, unknown names)</td>
   *       <td>none: {@link #estimate(CharSequence)}, marked estimated</td></tr>
   * </table>
   *
   * <p>Special tokens such as {@code <|endoftext|>} count as ordinary text. Without jtokkit, for an
   * unknown model, or should jtokkit fail, the result is {@link #estimate(CharSequence)}, marked as
   * {@linkplain TokenCount#estimated() estimated}.
   *
   * @param text the text; {@code null} counts as empty
   * @param model the model name, may be {@code null}
   * @return the token count, never {@code null}
   */
  public static TokenCount count(CharSequence text, String model) {
    CharSequence nonNull = text == null ? "" : text;
    int exact = ExactTokenizer.count(nonNull, model);
    if (exact >= 0) {
      return new TokenCount(exact, false);
    }
    return new TokenCount(estimate(nonNull), true);
  }

  /**
   * Says whether {@link #count(CharSequence, String)} counts exactly, that is whether jtokkit is on
   * the class path. The first call may load jtokkit's cl100k_base vocabulary.
   *
   * @return {@code true} if exact counting is available
   */
  public static boolean exactCountingAvailable() {
    return ExactTokenizer.available();
  }

  private static final byte OTHER = 0;
  private static final byte WORD = 1;
  private static final byte PUNCT = 2;
  private static final byte SURROGATE = 4;

  /**
   * The class of every UTF-16 unit (64 KiB, built on first use): {@link #OTHER}, {@link #WORD}
   * (incl. apostrophe), {@link #PUNCT}, or {@link #SURROGATE} for D800–DFFF, which the loop resolves
   * as a pair or a lone unit. One table for all of the BMP keeps the loop's shape independent of the
   * text: with a table for ASCII only, a few non-ASCII letters in otherwise ASCII text made C2 compile
   * a markedly slower loop (BENCHMARKS.md, section D).
   */
  private static final class CharClasses {
    static final byte[] TABLE = new byte[65536];

    static {
      for (int c = 0; c < 65536; c++) {
        TABLE[c] =
            Character.isSurrogate((char) c)
                ? SURROGATE
                : isWordOrApostrophe(c) ? WORD : isPunctuation(c) ? PUNCT : OTHER;
      }
    }
  }

  /**
   * The same count as the generic loop, specialised for {@link String} (monomorphic {@code
   * charAt}) with a table per UTF-16 unit; the result is identical (checked against the oracle and
   * every code point).
   */
  private static long estimateString(String text) {
    byte[] classes = CharClasses.TABLE;
    int units = text.length();
    long codePoints = units;
    long matches = 0;
    int previousWord = 0;
    for (int i = 0; i < units; i++) {
      int type = classes[text.charAt(i)];
      if (type == SURROGATE) {
        char c = text.charAt(i);
        int codePoint = c;
        if (Character.isHighSurrogate(c) && i + 1 < units && Character.isLowSurrogate(text.charAt(i + 1))) {
          codePoint = Character.toCodePoint(c, text.charAt(i + 1));
          i++;
          codePoints--;
        }
        type = isWordOrApostrophe(codePoint) ? WORD : OTHER; // the punctuation set is ASCII
      }
      // Branch-free: a run starts where a word character follows a non-word one; each
      // punctuation character is a match of its own. (Prose alternates words and spaces, which
      // defeats branch prediction.)
      int word = type & WORD;
      matches += (word & ~previousWord) + (type >>> 1);
      previousWord = word;
    }
    return codePoints + matches;
  }

  /** Python's {@code \w} (alphanumerics and {@code _}), or an apostrophe. */
  private static boolean isWordOrApostrophe(int codePoint) {
    if (codePoint == '_' || codePoint == '\'') {
      return true;
    }
    return (WORD_TYPES & (1 << Character.getType(codePoint))) != 0;
  }

  private static boolean isPunctuation(int codePoint) {
    if (codePoint < 64) {
      return (PUNCTUATION_LOW & (1L << codePoint)) != 0;
    }
    return codePoint < 128 && (PUNCTUATION_HIGH & (1L << (codePoint - 64))) != 0;
  }

  /** The estimate for {@link #estimateUnits} units. */
  static int estimateFromUnits(long units) {
    return roundHalfEven(3 * units);
  }

  /** Returns {@code value / 16} rounded half to even; {@code value} is not negative. */
  private static int roundHalfEven(long value) {
    long quotient = value >>> 4;
    long remainder = value & 15;
    if (remainder > 8 || (remainder == 8 && (quotient & 1) == 1)) {
      quotient++;
    }
    return (int) quotient;
  }
}
