package dev.tracepoet.runtime.internal;

import java.util.Locale;

/**
 * The one rule for what counts as a secret, and how secrets are masked. The processor applies the
 * same name rule at compile time (to choose masked tags); the runtime applies it to map keys, key
 * prefixes and values whose type is only known at run time.
 *
 * <p><b>Secret names.</b> A name is lower-cased and stripped of {@code _}, {@code -} and {@code .};
 * it is secret when it then ends with {@code apikey}, {@code token}, {@code secret}, {@code
 * password} or {@code passwd}, or contains {@code authorization} or {@code credential}. So {@code
 * api_key}, {@code x-api-key}, {@code vendorApiKey}, {@code access_token}, {@code Authorization}
 * and {@code credentials} are secret; {@code max_tokens} and {@code total_tokens} (ending in
 * "tokens") are not.
 *
 * <p><b>Credential-looking values.</b> {@code sk-} followed by at least 8 key characters, or
 * {@code Bearer} / {@code Basic} (any case) followed by one space-free, opaque-looking token of at
 * least 8 characters (a digit or one of {@code + / = . _ ~ -}, or mixed case: {@code Basic
 * subscription} is prose, {@code Basic dXNlcjpwYXNz} a credential).
 *
 * <p><b>Masks.</b> {@code sk-...} plus the last 4 characters; an HTTP credential keeps its scheme:
 * {@code Bearer ...} plus the last 4 characters of the token. A value (or token) shorter than 8
 * characters shows no suffix at all.
 *
 * <p>Internal: not part of the public API.
 */
public final class Secrets {
  /** Shown before the last characters of a masked secret. */
  public static final String MASK_PREFIX = "sk-...";

  private static final int VISIBLE = 4;
  private static final int MIN_LENGTH_TO_SHOW_SUFFIX = 8;
  private static final String[] SCHEMES = {"Bearer", "Basic"};
  /** Characters that end a credential inside free text (besides whitespace). */
  private static final String TOKEN_END = "\"',;)]}>";

  private Secrets() {}

  /** Whether {@code name} (a key, a path segment or a map key) names a secret; null is not. */
  public static boolean isSecretName(CharSequence name) {
    if (name == null) {
      return false;
    }
    String normalized = normalize(name);
    return normalized.endsWith("apikey")
        || normalized.endsWith("token")
        || normalized.endsWith("secret")
        || normalized.endsWith("password")
        || normalized.endsWith("passwd")
        || normalized.contains("authorization")
        || normalized.contains("credential");
  }

  /** Whether any {@code .}-separated segment of an attribute key names a secret. */
  public static boolean hasSecretSegment(String key) {
    int start = 0;
    while (start <= key.length()) {
      int dot = key.indexOf('.', start);
      int end = dot < 0 ? key.length() : dot;
      if (end > start && isSecretName(key.substring(start, end))) {
        return true;
      }
      if (dot < 0) {
        return false;
      }
      start = dot + 1;
    }
    return false;
  }

  private static String normalize(CharSequence name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '_' && c != '-' && c != '.') {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a value looks like a credential (see the class documentation). Cheap for ordinary
   * text: only values starting with {@code s}, {@code b} or {@code B} are examined.
   */
  public static boolean looksLikeCredential(CharSequence value) {
    if (value == null || value.length() < 3 + MIN_LENGTH_TO_SHOW_SUFFIX) {
      return false;
    }
    char first = value.charAt(0);
    if (first == 's') {
      return startsWith(value, 0, "sk-", false) && isToken(value, 3, value.length());
    }
    if (first == 'b' || first == 'B') {
      int scheme = schemeLength(value, 0);
      return scheme > 0 && tokenEnd(value, scheme + 1) == value.length();
    }
    return false;
  }

  /**
   * The mask of a secret: {@code Bearer ...1234} for an HTTP credential, otherwise {@code
   * sk-...} plus the last 4 characters ({@code sk-...} alone when shorter than 8).
   */
  public static String mask(CharSequence secret) {
    int scheme = schemePrefix(secret);
    if (scheme > 0) {
      String name = secret.subSequence(0, scheme).toString();
      CharSequence token = secret.subSequence(scheme + 1, secret.length()).toString().trim();
      return name + " ..." + suffix(token);
    }
    return MASK_PREFIX + suffix(secret);
  }

  private static String suffix(CharSequence secret) {
    int length = secret.length();
    return length < MIN_LENGTH_TO_SHOW_SUFFIX ? "" : secret.subSequence(length - VISIBLE, length).toString();
  }

  /**
   * {@code text} with every credential-looking word in it masked (for free text such as exception
   * messages); the same instance when there is none.
   */
  public static String scrub(String text) {
    if (text == null || (text.indexOf("sk-") < 0 && !containsScheme(text))) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    boolean changed = false;
    while (i < text.length()) {
      boolean wordStart = i == 0 || !isTokenChar(text.charAt(i - 1));
      if (wordStart) {
        int scheme = schemeLength(text, i);
        if (scheme > 0) {
          int end = tokenEnd(text, i + scheme + 1);
          out.append(mask(text.substring(i, end)));
          i = end;
          changed = true;
          continue;
        }
        if (startsWith(text, i, "sk-", false)) {
          int end = tokenEnd(text, i + 3);
          if (end - (i + 3) >= MIN_LENGTH_TO_SHOW_SUFFIX) {
            out.append(mask(text.substring(i, end)));
            i = end;
            changed = true;
            continue;
          }
        }
      }
      out.append(text.charAt(i++));
    }
    return changed ? out.toString() : text;
  }

  /** Whether {@code Bearer } or {@code Basic } (any case) occurs; allocates nothing. */
  private static boolean containsScheme(String text) {
    for (int i = 0; i + 6 <= text.length(); i++) {
      char c = text.charAt(i);
      if ((c == 'b' || c == 'B')
          && (text.regionMatches(true, i, "bearer ", 0, 7) || text.regionMatches(true, i, "basic ", 0, 6))) {
        return true;
      }
    }
    return false;
  }

  /** The length of a leading {@code Bearer}/{@code Basic} scheme followed by a space, or 0. */
  private static int schemePrefix(CharSequence value) {
    for (String scheme : SCHEMES) {
      if (startsWith(value, 0, scheme, true) && value.length() > scheme.length()
          && value.charAt(scheme.length()) == ' ') {
        return scheme.length();
      }
    }
    return 0;
  }

  /** The length of a {@code Bearer}/{@code Basic} scheme at {@code at} followed by a token, or 0. */
  private static int schemeLength(CharSequence value, int at) {
    for (String scheme : SCHEMES) {
      int after = at + scheme.length();
      if (startsWith(value, at, scheme, true) && after < value.length() && value.charAt(after) == ' ') {
        int end = tokenEnd(value, after + 1);
        if (end - (after + 1) >= MIN_LENGTH_TO_SHOW_SUFFIX && isOpaque(value, after + 1, end)) {
          return scheme.length();
        }
      }
    }
    return 0;
  }

  /**
   * Whether a word looks like an opaque token rather than prose ({@code Basic subscription}): it has
   * a digit or one of {@code + / = . _ ~ -}, or both upper- and lower-case letters.
   */
  private static boolean isOpaque(CharSequence value, int from, int to) {
    boolean upper = false;
    boolean lower = false;
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (Character.isDigit(c) || "+/=._~-".indexOf(c) >= 0) {
        return true;
      }
      upper |= Character.isUpperCase(c);
      lower |= Character.isLowerCase(c);
    }
    return upper && lower;
  }

  private static int tokenEnd(CharSequence value, int from) {
    int end = from;
    while (end < value.length() && TOKEN_END.indexOf(value.charAt(end)) < 0
        && !Character.isWhitespace(value.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isToken(CharSequence value, int from, int to) {
    if (to - from < MIN_LENGTH_TO_SHOW_SUFFIX) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isTokenChar(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTokenChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_');
  }

  private static boolean startsWith(CharSequence value, int at, String prefix, boolean ignoreCase) {
    if (value.length() - at < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      char a = value.charAt(at + i);
      char b = prefix.charAt(i);
      if (a != b && !(ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b))) {
        return false;
      }
    }
    return true;
  }
}
