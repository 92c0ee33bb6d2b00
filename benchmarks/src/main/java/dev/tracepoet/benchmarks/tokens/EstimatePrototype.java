package dev.tracepoet.benchmarks.tokens;

/**
 * A PROPOSAL, not tracepoet's code: {@code Tokens.estimate} with an ASCII fast path, to show what
 * the change proposed in BENCHMARKS.md would buy. Same definition and same results (checked by
 * {@link #main} on the corpus and on random text against {@code Tokens.estimate}): characters below
 * 128 are classified by a 128-entry table (word, punctuation, other) instead of {@link
 * Character#getType(int)}, and the run/match bookkeeping is a table look-up rather than data-dependent
 * branches (which mispredict at every word boundary and make the current loop's speed depend on how
 * the JIT happened to lay them out). Everything else — surrogate
 * pairs, non-ASCII letters and digits through {@code Character.getType} — is unchanged.
 */
public final class EstimatePrototype {
  private static final byte OTHER = 0;
  private static final byte WORD = 1;
  private static final byte PUNCTUATION = 2;
  private static final byte[] ASCII = new byte[128];

  /** Indexed by {@code (in a run ? 4 : 0) | kind}: 1 where a match starts. */
  private static final byte[] STARTS = {0, 1, 1, 0, 0, 0, 1, 0};

  /** Indexed by kind: 4 for a word character (the next state's run bit), else 0. */
  private static final int[] WORD_BIT = {0, 4, 0};

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
    for (int c = 0; c < 128; c++) {
      if (c == '_' || c == '\'' || (WORD_TYPES & (1 << Character.getType(c))) != 0) {
        ASCII[c] = WORD;
      } else if (".,!?;~@#$%^&*()+/-".indexOf(c) >= 0) {
        ASCII[c] = PUNCTUATION;
      }
    }
  }

  private EstimatePrototype() {}

  /** The estimate; identical to {@code Tokens.estimate(CharSequence)}. */
  public static int estimate(CharSequence text) {
    if (text == null) {
      return 0;
    }
    int units = text.length();
    long pairs = 0;
    long matches = 0;
    int inRun = 0;
    int i = 0;
    while (i < units) {
      char c = text.charAt(i++);
      int kind;
      if (c < 128) {
        kind = ASCII[c];
      } else {
        int codePoint = c;
        if (Character.isHighSurrogate(c) && i < units && Character.isLowSurrogate(text.charAt(i))) {
          codePoint = Character.toCodePoint(c, text.charAt(i));
          i++;
          pairs++;
        }
        kind = (WORD_TYPES & (1 << Character.getType(codePoint))) != 0 ? WORD : OTHER;
      }
      int state = inRun | kind; // (previous char was a word char) << 2 | kind
      matches += STARTS[state];
      inRun = WORD_BIT[kind];
    }
    long value = 3 * (units - pairs + matches);
    long quotient = value >>> 4;
    long remainder = value & 15;
    if (remainder > 8 || (remainder == 8 && (quotient & 1) == 1)) {
      quotient++;
    }
    return (int) quotient;
  }

  /** Checks that the prototype equals {@code Tokens.estimate} on the corpus and on random text. */
  public static void main(String[] args) {
    long checked = 0;
    for (Corpus part : Corpus.values()) {
      for (String document : part.documents()) {
        check(document);
        checked++;
      }
      check(part.text());
    }
    java.util.Random random = new java.util.Random(7);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int k = 0; k < length; k++) {
        int pick = random.nextInt(10);
        if (pick < 5) {
          text.append((char) random.nextInt(128));
        } else if (pick < 8) {
          text.append((char) random.nextInt(0x3000));
        } else if (pick < 9) {
          text.appendCodePoint(0x10000 + random.nextInt(0x20000));
        } else {
          text.append((char) (0xD800 + random.nextInt(0x800))); // lone surrogates
        }
      }
      check(text.toString());
      checked++;
    }
    System.out.println("EstimatePrototype equals Tokens.estimate on " + checked + " texts");
  }

  private static void check(String text) {
    int expected = dev.tracepoet.runtime.Tokens.estimate(text);
    int actual = estimate(text);
    if (expected != actual) {
      throw new AssertionError("differs on " + text + ": " + expected + " vs " + actual);
    }
  }
}
