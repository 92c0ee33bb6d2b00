package dev.tracepoet.runtime.internal;

/**
 * String handling for attribute values: truncation and API-key masking.
 *
 * <p>Internal: not part of the public API.
 */
public final class Values {
  /** Appended to truncated strings. */
  public static final String ELLIPSIS = "...";

  /** Shown before the last characters of a masked secret. */
  public static final String MASK_PREFIX = Secrets.MASK_PREFIX;

  private Values() {}

  /**
   * {@code value} as a string of at most {@code limit} characters followed by {@code ...} when it
   * was longer. Never splits a surrogate pair. Does not allocate when no truncation is needed and
   * the value is already a {@link String}.
   */
  public static String truncate(CharSequence value, int limit) {
    int length = value.length();
    if (length <= limit) {
      return value.toString();
    }
    int end = limit;
    if (Character.isHighSurrogate(value.charAt(end - 1)) && Character.isLowSurrogate(value.charAt(end))) {
      end--;
    }
    return new StringBuilder(end + ELLIPSIS.length()).append(value, 0, end).append(ELLIPSIS).toString();
  }

  /** Masks a secret; see {@link Secrets#mask(CharSequence)}. */
  public static String mask(CharSequence secret) {
    return Secrets.mask(secret);
  }
}
