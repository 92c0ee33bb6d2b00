package dev.tracepoet.processor;

import java.util.HashSet;
import java.util.Set;

/**
 * Allocates member names of the generated wrapper so they never clash (fields and nested
 * classes; overloads get a numeric suffix).
 */
final class MemberNames {
  private final Set<String> fields = new HashSet<>(Set.of("delegate"));
  private final Set<String> classes = new HashSet<>();

  String field(String wanted) {
    return unique(fields, wanted);
  }

  /** {@code createStreaming} → {@code CREATE_STREAMING}: the base of a generated constant's name. */
  static String constant(String camelCase) {
    return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  String nestedClass(String wanted) {
    return unique(classes, wanted);
  }

  private static String unique(Set<String> used, String wanted) {
    String name = wanted;
    for (int i = 2; !used.add(name); i++) {
      name = wanted + i;
    }
    return name;
  }
}
