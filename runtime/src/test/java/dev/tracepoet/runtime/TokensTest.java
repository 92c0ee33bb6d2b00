package dev.tracepoet.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tracepoet.runtime.internal.ExactTokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class TokensTest {

  private static final String PUNCTUATION = ".,!?;~@#$%^&*()+/-";
  private static final String OTHER_SYMBOLS = "\"<>=[]{}|\\`:";

  /**
   * A text that the two encodings split differently: 12 tokens in cl100k_base, 8 in o200k_base
   * (as jtokkit 1.1.0 encodes it).
   */
  private static final String CHINESE = "你好，世界！这是一个测试。";

  private static final int CHINESE_CL100K = 12;
  private static final int CHINESE_O200K = 8;

  // ---- the reference values ----

  @Test
  void matchesTheReferenceExamples() {
    assertEquals(2, Tokens.estimate("hello world"));
    assertEquals(6, Tokens.estimate("Hello world, how are you?"));
    assertEquals(3, Tokens.estimate("    hello    "));
    assertEquals(0, Tokens.estimate(""));
  }

  @Test
  void nullTextIsZero() {
    assertEquals(0, Tokens.estimate((CharSequence) null));
  }

  @Test
  void acceptsAnyCharSequence() {
    assertEquals(6, Tokens.estimate(new StringBuilder("Hello world, how are you?")));
  }

  @Test
  void tokenIdsAreCountedByLength() {
    assertEquals(0, Tokens.estimate((int[]) null));
    assertEquals(0, Tokens.estimate(new int[0]));
    assertEquals(3, Tokens.estimate(new int[] {15339, 1917, 0}));
    assertEquals(0, Tokens.estimate((List<Integer>) null));
    assertEquals(0, Tokens.estimate(List.of()));
    assertEquals(2, Tokens.estimate(List.of(15339, 1917)));
  }

  // ---- length + matches, recovered from the estimate ----

  @Test
  void weightHelperRecoversLengthPlusMatches() {
    assertEquals(11 + 2, weight("hello world"));
    assertEquals(25 + 7, weight("Hello world, how are you?"));
    assertEquals(0, weight(""));
  }

  @Test
  void countsCodePointsNotUtf16Units() {
    assertEquals(1, weight("😀"));
    assertEquals(3, weight("😀😀😀"));
    assertEquals(2, Tokens.estimate("😀".repeat(8)), "8 code points, although 16 chars");
    assertEquals(4, Tokens.estimate("😀".repeat(24)));
    assertEquals(5 + 3, weight("a😀b😀c"));
  }

  @Test
  void classifiesSupplementaryCodePoints() {
    assertEquals(3 + 1, weight("𝐀𝐁𝐂"), "mathematical bold letters (Lu) form one run");
    assertEquals(3 + 1, weight("a𝐀b"));
    assertEquals(2 + 1, weight("\uD840\uDC00\uD840\uDC01"), "CJK extension B (Lo)");
    assertEquals(2 + 1, weight("𝟎𝟏"), "mathematical digits (Nd)");
    assertEquals(1 + 1, weight("\uD800\uDD40"), "Greek acrophonic numeral (Nl)");
    assertEquals(3 + 2, weight("x😀y"), "an emoji (So) splits runs");
  }

  @Test
  void unpairedSurrogatesAreSingleNonWordCodePoints() {
    assertEquals(1, weight("\uD800"));
    assertEquals(1, weight("\uDC00"));
    assertEquals(3 + 2, weight("a\uDC00b"));
    assertEquals(3 + 2, weight("a\uD800b"));
    assertEquals(2 + 1, weight("a\uD800"));
    assertEquals(2 + 1, weight("\uD800a"), "a high surrogate not followed by a low one");
  }

  @Test
  void unicodeLettersAndDigitsFormRuns() {
    assertEquals(6 + 2, weight("你好，世界！"), "the full-width ， and ！ are not in the set");
    assertEquals(12 + 4, weight("Привет, мир!"));
    assertEquals(14 + 2, weight("Καλημέρα κόσμε"));
    assertEquals(4 + 1, weight("café"));
    assertEquals(10 + 1, weight("٠١٢٣٤٥٦٧٨٩"), "Arabic-Indic digits (Nd)");
    assertEquals(6 + 2, weight("नमस्ते"), "the Devanagari virama and vowel sign are marks");
  }

  @Test
  void combiningMarksAreNotWordCharacters() {
    assertEquals(8 + 2, weight("re\u0301sume\u0301"));
    assertEquals(1, weight("\u0301"));
    assertEquals(6 + 2, weight("cafe\u0301s"));
  }

  @Test
  void otherNumericsAreWordCharacters() {
    assertEquals(2 + 1, weight("x²"), "superscript two (No)");
    assertEquals(1 + 1, weight("Ⅻ"), "Roman numeral twelve (Nl)");
    assertEquals(2 + 1, weight("ⅳⅲ"));
    assertEquals(3 + 1, weight("①②③"), "circled digits (No)");
    assertEquals(3 + 1, weight("¼½¾"), "vulgar fractions (No)");
    assertEquals(3 + 1, weight("H₂O"));
  }

  @Test
  void underscoresAndApostrophesJoinRuns() {
    assertEquals(5 + 1, weight("don't"));
    assertEquals(10 + 2, weight("don't stop"));
    assertEquals(1 + 1, weight("'"));
    assertEquals(2 + 1, weight("''"));
    assertEquals(13 + 3, weight("rock 'n' roll"));
    assertEquals(8 + 1, weight("__init__"));
    assertEquals(15 + 1, weight("snake_case_name"));
    assertEquals(4 + 2, weight("it’s"), "the typographic apostrophe is not the ASCII one");
  }

  @Test
  void eachPunctuationCharacterIsItsOwnMatch() {
    for (char c : PUNCTUATION.toCharArray()) {
      String s = String.valueOf(c);
      assertEquals(1 + 1, weight(s), s);
      assertEquals(3 + 3, weight(s + s + s), s + " does not form runs");
      assertEquals(3 + 3, weight("a" + s + "b"), s + " separates words");
    }
    assertEquals(18 + 18, weight(PUNCTUATION));
  }

  @Test
  void otherSymbolsDoNotMatch() {
    for (char c : OTHER_SYMBOLS.toCharArray()) {
      String s = String.valueOf(c);
      assertEquals(1, weight(s), s);
      assertEquals(3 + 2, weight("a" + s + "b"), s + " separates words without matching");
    }
    assertEquals(5, weight(" \t\n\r\u00a0"), "whitespace never matches");
  }

  @Test
  void roundsExactHalvesToEven() {
    // 3 * (len + n) / 16 ends in .5 exactly when len + n == 8 (mod 16).
    assertEquals(2, Tokens.estimate(" ".repeat(8)), "1.5, odd floor rounds up");
    assertEquals(4, Tokens.estimate(" ".repeat(24)), "4.5, even floor rounds down");
    assertEquals(8, Tokens.estimate(" ".repeat(40)), "7.5");
    assertEquals(10, Tokens.estimate(" ".repeat(56)), "10.5");
    assertEquals(2, Tokens.estimate("abcdefg"), "7 + 1 = 8: 1.5");
    assertEquals(4, Tokens.estimate("x".repeat(23)), "23 + 1 = 24: 4.5");
    assertEquals(2, Tokens.estimate("...."), "4 + 4 = 8: 1.5");
    assertEquals(4, Tokens.estimate(".".repeat(12)), "12 + 12 = 24: 4.5");
    // neighbours are plain rounding
    assertEquals(1, Tokens.estimate(" ".repeat(7)), "1.3125");
    assertEquals(2, Tokens.estimate(" ".repeat(9)), "1.6875");
    assertEquals(4, Tokens.estimate(" ".repeat(23)), "4.3125");
    assertEquals(5, Tokens.estimate(" ".repeat(25)), "4.6875");
  }

  @Test
  void longTextDoesNotOverflow() {
    String text = "ab. ".repeat(1 << 20); // 4 Mi code points, 2 Mi matches
    assertEquals(Math.rint(0.1875 * ((4 << 20) + (2 << 20))), Tokens.estimate(text));
  }

  // ---- the oracle generated by make_oracle.py with Python's re ----

  @Test
  void agreesWithPythonOnEveryOracleLine() throws IOException {
    List<Executable> checks = new ArrayList<>();
    int lineNumber = 0;
    for (String line : resourceLines("estimate-oracle.tsv")) {
      lineNumber++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      assertEquals(4, fields.length, "malformed oracle line " + lineNumber);
      int expected = Integer.parseInt(fields[0]);
      int length = Integer.parseInt(fields[1]);
      int matches = Integer.parseInt(fields[2]);
      String text = new String(hexToBytes(fields[3]), UTF_8);
      String where = "oracle line " + lineNumber + " (python len " + length + ", matches " + matches
          + "): " + abbreviate(text);
      checks.add(() -> {
        assertEquals(length, text.codePointCount(0, text.length()), where);
        assertEquals(expected, Tokens.estimate(text), where);
      });
    }
    assertTrue(checks.size() >= 200, "oracle has " + checks.size() + " cases");
    assertAll(checks);
  }

  /**
   * Compares the Java classification of every code point with Python's {@code \w}, tolerating
   * only code points that one of the two Unicode databases does not assign yet (Java 17 has
   * Unicode 13, Python 3.11 Unicode 14).
   */
  @Test
  void classifiesEveryCodePointAsPythonDoes() throws IOException {
    boolean[] pythonWord = new boolean[Character.MAX_CODE_POINT + 1];
    boolean[] pythonUnassigned = new boolean[Character.MAX_CODE_POINT + 1];
    for (String line : resourceLines("word-chars.tsv")) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      boolean[] target = fields[0].equals("word") ? pythonWord : pythonUnassigned;
      Arrays.fill(
          target, Integer.parseInt(fields[1], 16), Integer.parseInt(fields[2], 16) + 1, true);
    }
    List<String> mismatches = new ArrayList<>(); // the first 50 only
    int mismatchCount = 0;
    int versionGaps = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean expected = pythonWord[cp] || cp == '\'' || (cp < 128 && PUNCTUATION.indexOf(cp) >= 0);
      // " " + x weighs 2 + (x matches ? 1 : 0): estimate 1 (0.5625) or 0 (0.375).
      boolean actual = Tokens.estimate(" " + new String(Character.toChars(cp))) == 1;
      if (expected != actual) {
        if (pythonUnassigned[cp] || !Character.isDefined(cp)) {
          versionGaps++;
        } else if (mismatchCount++ < 50) {
          mismatches.add(Integer.toHexString(cp));
        }
      }
    }
    assertEquals(0, mismatchCount, "code points classified unlike Python, first: " + mismatches);
    assertTrue(versionGaps < 5_000, versionGaps + " code points differ by Unicode version");
  }

  // ---- exact counting with jtokkit (an optional dependency, so on the test class path) ----

  @Test
  void countsExactlyWithJtokkit() {
    assertTrue(Tokens.exactCountingAvailable());
    assertEquals(new TokenCount(2, false), Tokens.count("hello world", "gpt-4"));
    assertEquals(new TokenCount(2, false), Tokens.count("hello world"));
    assertEquals(new TokenCount(2, false), Tokens.count(new StringBuilder("hello world"), null));
    assertEquals(new TokenCount(0, false), Tokens.count(null, "gpt-4"));
  }

  @Test
  void countsSpecialTokensAsOrdinaryText() {
    // jtokkit documents 8 ordinary cl100k tokens for this text (its encode() would throw).
    assertEquals(new TokenCount(8, false), Tokens.count("hello <|endoftext|> world", "gpt-4"));
    assertEquals(new TokenCount(9, false), Tokens.count("hello <|endoftext|> world", "gpt-4o"));
  }

  @Test
  void choosesTheEncodingByModel() {
    for (String model : List.of("gpt-4o", "gpt-4o-mini", "o1", "o1-mini", "o3", "o4-mini",
        "gpt-4.1", "gpt-4.1-nano", "gpt-5", "GPT-4o")) {
      assertTrue(ExactTokenizer.usesO200k(model), model);
    }
    for (String model : Arrays.asList("gpt-4", "gpt-4-turbo", "gpt-4-32k", "gpt-3.5-turbo",
        "text-embedding-3-small", "text-embedding-ada-002", "claude-3", "", null)) {
      assertFalse(ExactTokenizer.usesO200k(model), model);
    }
    assertEquals(new TokenCount(CHINESE_CL100K, false), Tokens.count(CHINESE, "gpt-4"));
    assertEquals(new TokenCount(CHINESE_CL100K, false), Tokens.count(CHINESE));
    assertEquals(new TokenCount(CHINESE_O200K, false), Tokens.count(CHINESE, "gpt-4o"));
    assertEquals(new TokenCount(CHINESE_O200K, false), Tokens.count(CHINESE, "o3-mini"));
    assertEquals(new TokenCount(2, false), Tokens.count("hello world", "gpt-4o"));
  }

  @Test
  void unknownModelsAreEstimatedNotCountedWithAGuessedEncoding() {
    for (String model : List.of("unknown-model", "claude-3-5-sonnet", "gemini-1.5-pro", "llama-3-70b",
        "mistral-large", "o1x", "", "my-deployment")) {
      assertNull(ExactTokenizer.encodingFor(model), model);
      assertEquals(new TokenCount(Tokens.estimate(CHINESE), true), Tokens.count(CHINESE, model), model);
    }
    assertEquals(ExactTokenizer.Encoding.O200K_BASE, ExactTokenizer.encodingFor("ft:gpt-4o-mini:acme::abc"));
    assertEquals(ExactTokenizer.Encoding.CL100K_BASE, ExactTokenizer.encodingFor("gpt-35-turbo"));
    assertEquals(ExactTokenizer.Encoding.CL100K_BASE, ExactTokenizer.encodingFor(null));
    assertEquals(new TokenCount(CHINESE_O200K, false), Tokens.count(CHINESE, "ft:gpt-4o-mini:acme::abc"));
  }

  /**
   * Loads {@link Tokens} in a class loader that sees this module's classes but not jtokkit, and
   * checks that it falls back to the estimator. The probe is found with {@link ServiceLoader}
   * through a service file written for the occasion.
   */
  @Test
  void fallsBackToTheEstimateWithoutJtokkit(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(Supplier.class.getName()), NoJtokkitProbe.class.getName());
    URL[] urls = {
      dir.toUri().toURL(),
      Tokens.class.getProtectionDomain().getCodeSource().getLocation(),
      NoJtokkitProbe.class.getProtectionDomain().getCodeSource().getLocation()
    };
    String result = null;
    try (URLClassLoader isolated = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      for (ServiceLoader.Provider<Supplier> provider :
          ServiceLoader.load(Supplier.class, isolated).stream().toList()) {
        if (provider.type().getName().equals(NoJtokkitProbe.class.getName())) {
          assertNotEquals(NoJtokkitProbe.class, provider.type(), "probe must load in isolation");
          result = String.valueOf(provider.get().get());
        }
      }
    }
    assertNotNull(result, "probe not found");
    assertEquals("available=false jtokkit=false hello=2/true greeting=6/true null=0/true", result);
  }

  /** Run by {@link #fallsBackToTheEstimateWithoutJtokkit} inside the isolated class loader. */
  public static final class NoJtokkitProbe implements Supplier<String> {

    /** Instantiated by {@link ServiceLoader}. */
    public NoJtokkitProbe() {}

    @Override
    public String get() {
      boolean jtokkitVisible = getClass().getClassLoader()
          .getResource("com/knuddels/jtokkit/Encodings.class") != null;
      TokenCount hello = Tokens.count("hello world", "gpt-4");
      TokenCount greeting = Tokens.count("Hello world, how are you?");
      TokenCount none = Tokens.count(null, "gpt-4o");
      return "available=" + Tokens.exactCountingAvailable()
          + " jtokkit=" + jtokkitVisible
          + " hello=" + hello.tokens() + "/" + hello.estimated()
          + " greeting=" + greeting.tokens() + "/" + greeting.estimated()
          + " null=" + none.tokens() + "/" + none.estimated();
    }
  }

  // ---- allocation ----

  @Test
  void estimateDoesNotAllocate() {
    java.lang.management.ThreadMXBean platformBean = ManagementFactory.getThreadMXBean();
    assumeTrue(platformBean instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) platformBean;
    assumeTrue(bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled());

    String text = "Hello wörld, don't ² x_y! 你好 😀 re\u0301sume\u0301 {\"k\": [1, 2.5]} ";
    CharSequence builder = new StringBuilder(text);
    long sink = 0;
    for (int i = 0; i < 20_000; i++) { // warm up, and let the JIT compile
      sink += Tokens.estimate(text) + Tokens.estimate(builder);
    }
    bean.getCurrentThreadAllocatedBytes();
    long before = bean.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 100_000; i++) {
      sink += Tokens.estimate(text) + Tokens.estimate(builder);
    }
    long allocated = bean.getCurrentThreadAllocatedBytes() - before;
    assertTrue(sink > 0);
    assertTrue(allocated < 64 * 1024, "200,000 estimates allocated " + allocated + " bytes");
  }

  // ---- helpers ----

  /**
   * Recovers {@code len + n} (code points plus regex matches) of a text from the public estimate:
   * appended spaces add exactly 1 to it each and never match, and 16 consecutive estimates pin
   * it down.
   */
  private static int weight(String text) {
    int[] estimates = new int[16];
    for (int k = 0; k < 16; k++) {
      estimates[k] = Tokens.estimate(text + " ".repeat(k));
    }
    int found = -1;
    for (int candidate = 0; candidate <= 2 * text.length() + 2; candidate++) {
      boolean fits = true;
      for (int k = 0; k < 16 && fits; k++) {
        fits = Math.rint(0.1875 * (candidate + k)) == estimates[k];
      }
      if (fits) {
        assertEquals(-1, found, "ambiguous weight for " + text);
        found = candidate;
      }
    }
    assertNotEquals(-1, found, "no weight fits the estimates of " + text);
    return found;
  }

  private static List<String> resourceLines(String name) throws IOException {
    try (InputStream in = TokensTest.class.getResourceAsStream("/tokens/" + name)) {
      assertNotNull(in, "missing test resource tokens/" + name);
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8))) {
        return reader.lines().toList();
      }
    }
  }

  private static byte[] hexToBytes(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex, 2 * i, 2 * i + 2, 16);
    }
    return bytes;
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
