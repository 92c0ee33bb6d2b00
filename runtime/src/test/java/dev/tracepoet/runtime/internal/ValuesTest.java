package dev.tracepoet.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {

  private static final String GRIN = "\uD83D\uDE00"; // U+1F600, a surrogate pair

  @ParameterizedTest
  @CsvSource({
    "'', 3, ''",
    "abc, 3, abc",
    "ab, 3, ab",
    "abcd, 3, abc...",
    "abcdefghij, 1, a...",
    "a, 1, a",
  })
  void truncate(String value, int limit, String expected) {
    assertEquals(expected, Values.truncate(value, limit));
  }

  @Test
  void truncateReturnsTheSameStringWhenNothingIsCut() {
    String value = "unchanged";
    assertSame(value, Values.truncate(value, 9));
    assertSame(value, Values.truncate(value, 100));
  }

  @Test
  void truncateAcceptsAnyCharSequence() {
    assertEquals("abc", Values.truncate(new StringBuilder("abc"), 3));
    assertEquals("ab...", Values.truncate(new StringBuilder("abc"), 2));
    assertEquals("xy...", Values.truncate(java.nio.CharBuffer.wrap("xyz"), 2));
  }

  @Test
  void truncateKeepsExactly128CharactersByDefaultLimit() {
    String value = "x".repeat(1000);
    String truncated = Values.truncate(value, 128);
    assertEquals(131, truncated.length());
    assertEquals("x".repeat(128) + Values.ELLIPSIS, truncated);
  }

  @Test
  void truncateNeverSplitsASurrogatePair() {
    // pair at chars 2 and 3; a cut after 3 chars would split it
    assertEquals("ab...", Values.truncate("ab" + GRIN + "cd", 3));
    // pair at chars 1 and 2 fits in 3 chars
    assertEquals("a" + GRIN + "...", Values.truncate("a" + GRIN + "cd", 3));
    // pair first, limit 1: nothing can be kept
    assertEquals("...", Values.truncate(GRIN + "abc", 1));
    // exactly at the limit: untouched
    assertEquals("ab" + GRIN, Values.truncate("ab" + GRIN, 4));
  }

  @Test
  void truncateDoesNotTreatLoneSurrogatesAsPairs() {
    // a high surrogate followed by an ordinary char is not a pair: cut normally
    assertEquals("ab\uD83D...", Values.truncate("ab\uD83Dxyz", 3));
    // a low surrogate at the cut is not preceded by a high one
    assertEquals("abc...", Values.truncate("abc\uDE00yz", 3));
  }

  @ParameterizedTest
  @CsvSource({
    "sk-abcdefghijklmnop1234, sk-...1234",
    "abcdefgh, sk-...efgh",
    "abcdefg, sk-...",
    "1234, sk-...",
    "'', sk-...",
  })
  void mask(String secret, String expected) {
    assertEquals(expected, Values.mask(secret));
  }

  @Test
  void maskAcceptsAnyCharSequence() {
    assertEquals("sk-...WXYZ", Values.mask(new StringBuilder("0123456789WXYZ")));
    assertEquals(Values.MASK_PREFIX, Values.mask(new StringBuilder("short")));
  }

  @Test
  void constants() {
    assertEquals("...", Values.ELLIPSIS);
    assertEquals("sk-...", Values.MASK_PREFIX);
  }
}
