package dev.tracepoet.runtime;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The small JSON writer of the content attributes (no JSON library: the runtime depends on the
 * OpenTelemetry API only). Internal (package-private).
 */
final class JsonText {
  /** How deep {@link #value} descends into nested maps and collections before writing a string. */
  private static final int MAX_DEPTH = 16;

  private JsonText() {}

  /** {@code value} as a JSON string literal. */
  static void string(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          json.append("\\\"");
          break;
        case '\\':
          json.append("\\\\");
          break;
        case '\n':
          json.append("\\n");
          break;
        case '\r':
          json.append("\\r");
          break;
        case '\t':
          json.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
      }
    }
    json.append('"');
  }

  /**
   * A Java value as JSON: maps as objects (keys by {@code toString()}), collections and object
   * arrays as arrays, finite numbers and booleans as themselves, {@code Optional}s by their value,
   * null as null, anything else (strings, enums, other objects) as a string of its {@code
   * toString()} passed through {@code redactor} (when not null).
   */
  static void value(StringBuilder json, Object value, UnaryOperator<String> redactor) {
    value(json, value, redactor, 0);
  }

  private static void value(StringBuilder json, Object value, UnaryOperator<String> redactor, int depth) {
    if (value instanceof Optional) {
      value = ((Optional<?>) value).orElse(null);
    }
    if (value == null) {
      json.append("null");
    } else if (value instanceof Boolean
        || value instanceof Number && Double.isFinite(((Number) value).doubleValue())) {
      json.append(value);
    } else if (value instanceof Map && depth < MAX_DEPTH) {
      json.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (!first) {
          json.append(',');
        }
        first = false;
        string(json, String.valueOf(entry.getKey()));
        json.append(':');
        value(json, entry.getValue(), redactor, depth + 1);
      }
      json.append('}');
    } else if ((value instanceof Iterable || value instanceof Object[]) && depth < MAX_DEPTH) {
      Iterator<?> elements = value instanceof Iterable
          ? ((Iterable<?>) value).iterator()
          : java.util.Arrays.asList((Object[]) value).iterator();
      json.append('[');
      for (boolean first = true; elements.hasNext(); first = false) {
        if (!first) {
          json.append(',');
        }
        value(json, elements.next(), redactor, depth + 1);
      }
      json.append(']');
    } else {
      String text = value instanceof Enum ? ((Enum<?>) value).name() : value.toString();
      if (redactor != null) {
        text = redactor.apply(text);
      }
      string(json, text == null ? "" : text);
    }
  }
}
