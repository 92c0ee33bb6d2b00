package dev.tracepoet.processor;

import java.util.List;
import java.util.Locale;

/**
 * The compile-time rule for secret-named tags, the same as the runtime's: a name is lower-cased and
 * stripped of {@code _}, {@code -} and {@code .}; it is secret when it ends with {@code apikey},
 * {@code token}, {@code secret}, {@code password} or {@code passwd}, or contains {@code
 * authorization} or {@code credential}. {@code max_tokens} / {@code total_tokens} end with "tokens"
 * and are not secret.
 */
final class SecretNames {
  private static final List<String> SUFFIXES = List.of("apikey", "token", "secret", "password", "passwd");
  private static final List<String> PARTS = List.of("authorization", "credential");

  private SecretNames() {}

  static boolean isSecret(String name) {
    String normalized = normalize(name);
    return SUFFIXES.stream().anyMatch(normalized::endsWith) || PARTS.stream().anyMatch(normalized::contains);
  }

  static String normalize(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '_' && c != '-' && c != '.') {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
