package dev.tracepoet.processor;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The one allocator of generated names: within one scope (the wrapper's fields and nested classes,
 * a hook's key constants, one method's locals) every name is used once; a clash gets a numeric
 * suffix ({@code createHook2}, {@code REQUEST_MODEL_2}, {@code messages2}).
 */
final class MemberNames {
  private final Set<String> fields = new HashSet<>();
  private final Set<String> classes = new HashSet<>();

  /** The wrapper's scope: {@code delegate} is taken. */
  MemberNames() {
    this("delegate");
  }

  /** A scope in which {@code reserved} are already taken. */
  MemberNames(String... reserved) {
    fields.addAll(Set.of(reserved));
  }

  /** A field or local variable name. */
  String field(String wanted) {
    return unique(fields, wanted, "");
  }

  /** {@code createStreaming} → {@code CREATE_STREAMING}: the base of a generated constant's name. */
  static String constantCase(String camelCase) {
    return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** A nested class name. */
  String nestedClass(String wanted) {
    return unique(classes, wanted, "");
  }

  /** A constant name ({@code UPPER_SNAKE}): clashes get {@code _2}, {@code _3}... */
  String constant(String wanted) {
    return unique(fields, wanted, "_");
  }

  /**
   * A local variable named after the accessor it holds: {@code getUsage()} → {@code usage},
   * {@code choices} → {@code choices}; a keyword or non-identifier gets {@code fallback}.
   */
  String local(String accessor, String fallback) {
    // x() and a keyed lookup values("retry-after") are named after the method
    String name = accessor.indexOf('(') >= 0 ? accessor.substring(0, accessor.indexOf('(')) : accessor;
    for (String prefix : new String[] {"get", "is"}) {
      if (name.length() > prefix.length()
          && name.startsWith(prefix)
          && Character.isUpperCase(name.charAt(prefix.length()))) {
        name = name.substring(prefix.length());
        break;
      }
    }
    name = name.isEmpty() ? fallback : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name) || name.startsWith("_")) {
      name = fallback;
    }
    return field(name);
  }

  private static String unique(Set<String> used, String wanted, String separator) {
    String name = wanted;
    for (int i = 2; !used.add(name); i++) {
      name = wanted + separator + i;
    }
    return name;
  }
}
