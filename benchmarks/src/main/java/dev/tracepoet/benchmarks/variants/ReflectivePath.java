package dev.tracepoet.benchmarks.variants;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One attribute path read with {@link java.lang.reflect} on every call, as a generic proxy must: the
 * accessors are looked up (and made accessible) once, then invoked with {@link Method#invoke}, which
 * boxes primitive results; {@code Optional}s are unwrapped and the attribute type is chosen from the
 * run-time class of the value, with the same typing rules as tracepoet (integral → long, floating →
 * double, {@code CharSequence} → string truncated to 128 characters, enum → name, else toString).
 */
final class ReflectivePath {
  static final int CHARACTER_LIMIT = 128;

  private final Method[] accessors;
  private final AttributeKey<String> stringKey;
  private final AttributeKey<Long> longKey;
  private final AttributeKey<Double> doubleKey;
  private final AttributeKey<Boolean> booleanKey;

  private ReflectivePath(Method[] accessors, String key) {
    this.accessors = accessors;
    this.stringKey = AttributeKey.stringKey(key);
    this.longKey = AttributeKey.longKey(key);
    this.doubleKey = AttributeKey.doubleKey(key);
    this.booleanKey = AttributeKey.booleanKey(key);
  }

  /** Resolves {@code path} (dotted, snake_case or camelCase) against {@code rootType}. */
  static ReflectivePath resolve(Type rootType, String path, String key) {
    List<Method> chain = new ArrayList<>();
    Type type = rootType;
    for (String segment : path.split("\\.")) {
      type = unwrapOptional(type);
      Class<?> owner = raw(type);
      Method accessor = accessor(owner, segment);
      accessor.setAccessible(true);
      chain.add(accessor);
      type = accessor.getGenericReturnType();
    }
    return new ReflectivePath(chain.toArray(new Method[0]), key);
  }

  /** Reads the value (or {@code null}) from {@code root}. */
  Object read(Object root) throws ReflectiveOperationException {
    Object value = root;
    for (Method accessor : accessors) {
      value = unwrap(value);
      if (value == null) {
        return null;
      }
      value = accessor.invoke(value);
    }
    return unwrap(value);
  }

  /** Reads the value from {@code root} and records it on {@code span}. */
  void record(Span span, Object root) throws ReflectiveOperationException {
    Object value = read(root);
    if (value == null) {
      return;
    }
    if (value instanceof CharSequence) {
      span.setAttribute(stringKey, truncate((CharSequence) value));
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      span.setAttribute(longKey, ((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      span.setAttribute(doubleKey, ((Number) value).doubleValue());
    } else if (value instanceof Boolean) {
      span.setAttribute(booleanKey, (Boolean) value);
    } else if (value instanceof Enum<?>) {
      span.setAttribute(stringKey, ((Enum<?>) value).name());
    } else {
      span.setAttribute(stringKey, truncate(value.toString()));
    }
  }

  /** The same, into an {@link AttributesBuilder} (for the Instrumenter's extractors). */
  void record(AttributesBuilder attributes, Object root) throws ReflectiveOperationException {
    Object value = read(root);
    if (value == null) {
      return;
    }
    if (value instanceof CharSequence) {
      attributes.put(stringKey, truncate((CharSequence) value));
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      attributes.put(longKey, ((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      attributes.put(doubleKey, ((Number) value).doubleValue());
    } else if (value instanceof Boolean) {
      attributes.put(booleanKey, (Boolean) value);
    } else if (value instanceof Enum<?>) {
      attributes.put(stringKey, ((Enum<?>) value).name());
    } else {
      attributes.put(stringKey, truncate(value.toString()));
    }
  }

  static String truncate(CharSequence value) {
    if (value.length() <= CHARACTER_LIMIT) {
      return value.toString();
    }
    return value.subSequence(0, CHARACTER_LIMIT) + "...";
  }

  private static Object unwrap(Object value) {
    if (value instanceof Optional<?>) {
      return ((Optional<?>) value).orElse(null);
    }
    if (value instanceof OptionalInt) {
      OptionalInt optional = (OptionalInt) value;
      return optional.isPresent() ? optional.getAsInt() : null;
    }
    if (value instanceof OptionalLong) {
      OptionalLong optional = (OptionalLong) value;
      return optional.isPresent() ? optional.getAsLong() : null;
    }
    if (value instanceof OptionalDouble) {
      OptionalDouble optional = (OptionalDouble) value;
      return optional.isPresent() ? optional.getAsDouble() : null;
    }
    return value;
  }

  private static Type unwrapOptional(Type type) {
    if (type instanceof ParameterizedType
        && ((ParameterizedType) type).getRawType() == Optional.class) {
      return ((ParameterizedType) type).getActualTypeArguments()[0];
    }
    return type;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?>) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    throw new IllegalArgumentException("unsupported type " + type);
  }

  /** {@code x()}, {@code getX()} or {@code isX()}, with snake_case segments matching camelCase. */
  private static Method accessor(Class<?> owner, String segment) {
    String camel = camel(segment);
    String capitalised = Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    for (String name : new String[] {camel, "get" + capitalised, "is" + capitalised}) {
      try {
        Method method = owner.getMethod(name);
        if (method.getReturnType() != void.class) {
          return method;
        }
      } catch (NoSuchMethodException ignored) {
        // try the next form
      }
    }
    throw new IllegalArgumentException("no property " + segment + " on " + owner.getName());
  }

  private static String camel(String segment) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : segment.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
