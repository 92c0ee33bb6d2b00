package dev.tracepoet.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lexical side of a tag entry ({@code "key=a.b|c.lookup('name')"}): where the key ends, the
 * alternatives, the segments and the keyed lookups {@code name('argument')} / {@code
 * name("argument")}, all split outside quotes so that a lookup argument may contain {@code .},
 * {@code |} and {@code =}.
 */
final class PathSyntax {
  private static final Pattern IDENTIFIER = Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

  /** A keyed lookup segment: {@code method} called with the constant string {@code argument}. */
  record Lookup(String method, String argument) {
    /** The Java code of the call, e.g. {@code values("retry-after")}. */
    String code() {
      return com.palantir.javapoet.CodeBlock.of("$L($S)", method, argument).toString();
    }
  }

  private PathSyntax() {}

  /** The index of the first {@code separator} outside quotes, or -1. */
  static int indexOutsideQuotes(String text, char separator) {
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == separator) {
        return i;
      }
    }
    return -1;
  }

  /** {@code text} split at every {@code separator} outside quotes (empty parts kept). */
  static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    String rest = text;
    int at;
    while ((at = indexOutsideQuotes(rest, separator)) >= 0) {
      parts.add(rest.substring(0, at));
      rest = rest.substring(at + 1);
    }
    parts.add(rest);
    return parts;
  }

  /** The dotted segments of one path. */
  static List<String> segments(String path) {
    return split(path, '.');
  }

  /** Whether {@code segment} is written as a lookup (it has an opening parenthesis). */
  static boolean isLookup(String segment) {
    return segment.indexOf('(') >= 0;
  }

  /** The lookup {@code segment} spells, or null when it is not a well-formed lookup. */
  static Lookup lookup(String segment) {
    if (!isLookup(segment) || lookupProblem(segment) != null) {
      return null;
    }
    int open = segment.indexOf('(');
    String inside = segment.substring(open + 1).trim();
    return new Lookup(segment.substring(0, open).trim(), inside.substring(1, inside.indexOf(inside.charAt(0), 1)));
  }

  /** Whether some segment of {@code path} is a lookup. */
  static boolean hasLookup(String path) {
    return segments(path).stream().anyMatch(PathSyntax::isLookup);
  }

  /**
   * What is wrong with a lookup segment, or null when it is well formed (or not a lookup): a
   * method name, then one string literal in single or double quotes in parentheses.
   */
  static String lookupProblem(String segment) {
    int open = segment.indexOf('(');
    if (open < 0) {
      return null;
    }
    String name = segment.substring(0, open).trim();
    if (!IDENTIFIER.matcher(name).matches()) {
      return name.isEmpty() ? "the method name before '(' is missing" : "\"" + name + "\" is not a method name";
    }
    String inside = segment.substring(open + 1).trim();
    if (inside.isEmpty() || inside.charAt(0) != '\'' && inside.charAt(0) != '"') {
      int close = inside.indexOf(')');
      return close < 0
          ? "the argument list of " + name + "(...) is not closed with ')'"
          : "the argument of " + name + "(...) must be one string literal in quotes, e.g. " + name + "('retry-after')";
    }
    char quote = inside.charAt(0);
    int end = inside.indexOf(quote, 1);
    if (end < 0) {
      return "the quote " + quote + " of the argument of " + name + "(...) is not closed";
    }
    String after = inside.substring(end + 1).trim();
    if (after.isEmpty()) {
      return "the argument list of " + name + "(...) is not closed with ')'";
    }
    if (after.charAt(0) != ')') {
      return "the argument of " + name + "(...) must be one string literal in quotes, e.g. " + name + "('retry-after')";
    }
    if (!after.substring(1).trim().isEmpty()) {
      return "\"" + after.substring(1).trim() + "\" follows the closing ')' of " + name + "(...); separate segments with '.'";
    }
    return null;
  }

  /**
   * What is wrong with a path (one alternative), or null: it is empty, a segment is empty or not a
   * Java identifier (nor a well-formed lookup). {@code lookup} receives a lookup's own problem.
   */
  static String problem(String path, boolean[] lookup) {
    if (path.isEmpty()) {
      return "the path is empty";
    }
    for (String segment : segments(path)) {
      String trimmed = segment.trim();
      if (isLookup(trimmed)) {
        String problem = lookupProblem(trimmed);
        if (problem != null) {
          lookup[0] = true;
          return problem;
        }
      } else if (!IDENTIFIER.matcher(segment).matches()) {
        if (indexOutsideQuotes(segment, '\'') >= 0 || indexOutsideQuotes(segment, '"') >= 0) {
          lookup[0] = true;
          return "a quoted argument must follow a method name in parentheses, e.g. values('retry-after')";
        }
        return "every segment of the path must be a Java identifier";
      }
    }
    return null;
  }
}
