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
