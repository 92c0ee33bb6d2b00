package dev.tracepoet.runtime;

import dev.tracepoet.runtime.internal.Secrets;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Path alternatives ({@code "key=a|b"}) at run time: the recording of the first present value (which
 * generated code reads, without lambdas) by the key's attribute type. Internal (package-private);
 * generated code reaches it through {@link HookSupport#tagFirst}.
 */
final class FirstPresent {
  private FirstPresent() {}

  /**
   * Records {@code value} on {@code target} (a span or span builder) as {@code key}'s type wants it:
   * strings (an enum by its name, else {@code toString()}, truncated; masked when {@code masked}),
   * longs, doubles, booleans, or arrays of those, where a single value becomes an array of one and
   * collections and arrays are recorded element by element. Values of another type record nothing.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static void record(Tags tags, Object target, AttributeKey<?> key, Object value, boolean masked) {
    if (value == null) {
      return;
    }
    AttributeType type = key.getType();
    switch (type) {
      case STRING_ARRAY, LONG_ARRAY, DOUBLE_ARRAY, BOOLEAN_ARRAY -> {
        List<Object> out = new ArrayList<>();
        for (Object element : elements(value)) {
          Object converted = convert(tags, key, element, scalar(type), masked);
          if (converted != null) {
            out.add(converted);
          }
        }
        Tags.put(target, (AttributeKey) key, out);
      }
      default -> {
        Object converted = convert(tags, key, value, type, masked);
        if (converted != null) {
          Tags.put(target, (AttributeKey) key, converted);
        }
      }
    }
  }

  private static Iterable<?> elements(Object value) {
    if (value instanceof Collection<?>) {
      return (Collection<?>) value;
    }
    if (value.getClass().isArray()) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < Array.getLength(value); i++) {
        out.add(Array.get(value, i));
      }
      return out;
    }
    return List.of(value);
  }

  private static AttributeType scalar(AttributeType array) {
    return switch (array) {
      case LONG_ARRAY -> AttributeType.LONG;
      case DOUBLE_ARRAY -> AttributeType.DOUBLE;
      case BOOLEAN_ARRAY -> AttributeType.BOOLEAN;
      default -> AttributeType.STRING;
    };
  }

  private static Object convert(Tags tags, AttributeKey<?> key, Object value, AttributeType type, boolean masked) {
    Object present = Tags.unwrap(value);
    if (present == null) {
      return null;
    }
    switch (type) {
      case LONG:
        return present instanceof Number ? (Object) ((Number) present).longValue() : null;
      case DOUBLE:
        return present instanceof Number ? (Object) ((Number) present).doubleValue() : null;
      case BOOLEAN:
        return present instanceof Boolean ? present : null;
      default:
        String text = present instanceof Enum<?> ? ((Enum<?>) present).name() : tags.toText(present, key.getKey());
        if (text == null) {
          return null;
        }
        return masked ? Secrets.mask(text) : tags.text(text);
    }
  }
}
