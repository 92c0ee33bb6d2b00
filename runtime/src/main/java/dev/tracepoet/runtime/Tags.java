package dev.tracepoet.runtime;

import dev.tracepoet.runtime.internal.Failures;
import dev.tracepoet.runtime.internal.Secrets;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Typed, null-safe attribute recording with the client's character limit and secret masking; what
 * generated hooks call to record their tags, one line per tag:
 *
 * <pre>{@code
 * tags.string(span, REQUEST_MODEL, arguments.model());             // CharSequence or Optional
 * tags.longValue(span, REQUEST_MAX_TOKENS, arguments.maxTokens()); // long, Number, OptionalInt...
 * tags.secret(span, REQUEST_API_KEY, arguments.apiKey());         // masked: sk-...abcd
 * }</pre>
 *
 * <p>Every method exists for a started {@link Span} and for a {@link SpanBuilder}: request
 * attributes are recorded on the builder, before the span starts, so that a {@code Sampler} sees
 * them (see {@link EndpointHook#recordStart}). The array methods ({@code strings}, {@code longs},
 * ...) come from the superclass {@link ListTags}.
 *
 * <p>Every method records nothing for {@code null} (or an empty {@code Optional}); list methods skip
 * {@code null} elements. Strings are truncated to {@link TracingSettings#characterLimit()} and end
 * with {@code ...}. Values that look like credentials ({@code sk-…}, {@code Bearer …}, {@code Basic
 * …}) are recorded masked wherever they appear, and so is everything under a map key or attribute
 * key that names a secret ({@code api_key}, {@code authorization}, {@code x-api-key}, {@code token},
 * {@code password}, {@code credentials}, …; not {@code max_tokens}). The mask is {@code sk-...}
 * plus the last 4 characters ({@code Bearer ...} plus the last 4 for HTTP credentials; values
 * shorter than 8 characters show no suffix).
 *
 * <p>A hook reaches its instance through {@link EndpointHook#tags}. Thread-safe and shared by all
 * calls. A {@code toString()} that throws records nothing and is logged once.
 */
public final class Tags extends ListTags {
  private final DynamicTags dynamic = new DynamicTags(this);

  Tags(int characterLimit, Failures failures) {
    super(characterLimit, failures);
  }

  /** Tags with the given character limit, for tests and hand-written code outside a hook. */
  public static Tags withCharacterLimit(int characterLimit) {
    if (characterLimit < 1) {
      throw new IllegalArgumentException("characterLimit must be >= 1 but was " + characterLimit);
    }
    return new Tags(characterLimit, new Failures("tags"));
  }

  /** {@code secret} masked (null stays null), for hand-built attribute values. */
  public static String mask(CharSequence secret) {
    return secret == null ? null : Secrets.mask(secret);
  }

  // ------------------------------------------------------------------ strings, enums, objects, secrets

  /** Records {@code value} truncated (masked when it looks like a credential). */
  public void string(Span span, AttributeKey<String> key, CharSequence value) {
    putString(span, key, value);
  }

  /** Same as {@link #string(Span, AttributeKey, CharSequence)}, before the span starts. */
  public void string(SpanBuilder span, AttributeKey<String> key, CharSequence value) {
    putString(span, key, value);
  }

  /** Records the present value like {@link #string(Span, AttributeKey, CharSequence)}. */
  public void string(Span span, AttributeKey<String> key, Optional<? extends CharSequence> value) {
    putString(span, key, value == null ? null : value.orElse(null));
  }

  /** Same as {@link #string(Span, AttributeKey, Optional)}, before the span starts. */
  public void string(SpanBuilder span, AttributeKey<String> key, Optional<? extends CharSequence> value) {
    putString(span, key, value == null ? null : value.orElse(null));
  }

  /** Records an enum constant's {@link Enum#name()}. */
  public void enumName(Span span, AttributeKey<String> key, Enum<?> value) {
    putEnum(span, key, value);
  }

  /** Same as {@link #enumName(Span, AttributeKey, Enum)}, before the span starts. */
  public void enumName(SpanBuilder span, AttributeKey<String> key, Enum<?> value) {
    putEnum(span, key, value);
  }

  /** Records the present constant's {@link Enum#name()}. */
  public void enumName(Span span, AttributeKey<String> key, Optional<? extends Enum<?>> value) {
    putEnum(span, key, value == null ? null : value.orElse(null));
  }

  /** Same as {@link #enumName(Span, AttributeKey, Optional)}, before the span starts. */
  public void enumName(SpanBuilder span, AttributeKey<String> key, Optional<? extends Enum<?>> value) {
    putEnum(span, key, value == null ? null : value.orElse(null));
  }

  /**
   * Records {@code value.toString()} like a string ({@code Optional}s unwrapped); a throwing {@code
   * toString} records nothing.
   */
  public void object(Span span, AttributeKey<String> key, Object value) {
    putObject(span, key, value);
  }

  /** Same as {@link #object(Span, AttributeKey, Object)}, before the span starts. */
  public void object(SpanBuilder span, AttributeKey<String> key, Object value) {
    putObject(span, key, value);
  }

  /** Records a secret, always masked ({@code Optional} unwrapped, other objects {@code toString}'d). */
  public void secret(Span span, AttributeKey<String> key, Object secret) {
    putSecret(span, key, secret);
  }

  /** Same as {@link #secret(Span, AttributeKey, Object)}, before the span starts. */
  public void secret(SpanBuilder span, AttributeKey<String> key, Object secret) {
    putSecret(span, key, secret);
  }

  // ------------------------------------------------------------------ numbers and booleans

  /** Records an integral number. */
  public void longValue(Span span, AttributeKey<Long> key, long value) {
    span.setAttribute(key, value);
  }

  /** Same as {@link #longValue(Span, AttributeKey, long)}, before the span starts. */
  public void longValue(SpanBuilder span, AttributeKey<Long> key, long value) {
    span.setAttribute(key, value);
  }

  /** Records a number as a long ({@code Optional}, {@code OptionalInt}, {@code OptionalLong} unwrapped). */
  public void longValue(Span span, AttributeKey<Long> key, Number value) {
    putLong(span, key, value);
  }

  /** Same as {@link #longValue(Span, AttributeKey, Number)}, before the span starts. */
  public void longValue(SpanBuilder span, AttributeKey<Long> key, Number value) {
    putLong(span, key, value);
  }

  /** Records the present value. */
  public void longValue(Span span, AttributeKey<Long> key, OptionalInt value) {
    putLong(span, key, value);
  }

  /** Same as {@link #longValue(Span, AttributeKey, OptionalInt)}, before the span starts. */
  public void longValue(SpanBuilder span, AttributeKey<Long> key, OptionalInt value) {
    putLong(span, key, value);
  }

  /** Records the present value. */
  public void longValue(Span span, AttributeKey<Long> key, OptionalLong value) {
    putLong(span, key, value);
  }

  /** Same as {@link #longValue(Span, AttributeKey, OptionalLong)}, before the span starts. */
  public void longValue(SpanBuilder span, AttributeKey<Long> key, OptionalLong value) {
    putLong(span, key, value);
  }

  /** Records the present number as a long. */
  public void longValue(Span span, AttributeKey<Long> key, Optional<? extends Number> value) {
    putLong(span, key, value);
  }

  /** Same as {@link #longValue(Span, AttributeKey, Optional)}, before the span starts. */
  public void longValue(SpanBuilder span, AttributeKey<Long> key, Optional<? extends Number> value) {
    putLong(span, key, value);
  }

  /** Records a floating point number. */
  public void doubleValue(Span span, AttributeKey<Double> key, double value) {
    span.setAttribute(key, value);
  }

  /** Same as {@link #doubleValue(Span, AttributeKey, double)}, before the span starts. */
  public void doubleValue(SpanBuilder span, AttributeKey<Double> key, double value) {
    span.setAttribute(key, value);
  }

  /** Records a number as a double. */
  public void doubleValue(Span span, AttributeKey<Double> key, Number value) {
    putDouble(span, key, value);
  }

  /** Same as {@link #doubleValue(Span, AttributeKey, Number)}, before the span starts. */
  public void doubleValue(SpanBuilder span, AttributeKey<Double> key, Number value) {
    putDouble(span, key, value);
  }

  /** Records the present value. */
  public void doubleValue(Span span, AttributeKey<Double> key, OptionalDouble value) {
    putDouble(span, key, value);
  }

  /** Same as {@link #doubleValue(Span, AttributeKey, OptionalDouble)}, before the span starts. */
  public void doubleValue(SpanBuilder span, AttributeKey<Double> key, OptionalDouble value) {
    putDouble(span, key, value);
  }

  /** Records the present number as a double. */
  public void doubleValue(Span span, AttributeKey<Double> key, Optional<? extends Number> value) {
    putDouble(span, key, value);
  }

  /** Same as {@link #doubleValue(Span, AttributeKey, Optional)}, before the span starts. */
  public void doubleValue(SpanBuilder span, AttributeKey<Double> key, Optional<? extends Number> value) {
    putDouble(span, key, value);
  }

  /** Records a boolean. */
  public void booleanValue(Span span, AttributeKey<Boolean> key, boolean value) {
    span.setAttribute(key, value);
  }

  /** Same as {@link #booleanValue(Span, AttributeKey, boolean)}, before the span starts. */
  public void booleanValue(SpanBuilder span, AttributeKey<Boolean> key, boolean value) {
    span.setAttribute(key, value);
  }

  /** Records a boolean ({@code Optional} unwrapped). */
  public void booleanValue(Span span, AttributeKey<Boolean> key, Boolean value) {
    putBoolean(span, key, value);
  }

  /** Same as {@link #booleanValue(Span, AttributeKey, Boolean)}, before the span starts. */
  public void booleanValue(SpanBuilder span, AttributeKey<Boolean> key, Boolean value) {
    putBoolean(span, key, value);
  }

  /** Records the present boolean. */
  public void booleanValue(Span span, AttributeKey<Boolean> key, Optional<? extends Boolean> value) {
    putBoolean(span, key, value);
  }

  /** Same as {@link #booleanValue(Span, AttributeKey, Optional)}, before the span starts. */
  public void booleanValue(SpanBuilder span, AttributeKey<Boolean> key, Optional<? extends Boolean> value) {
    putBoolean(span, key, value);
  }

  /** Records the size of a collection. */
  public void count(Span span, AttributeKey<Long> key, java.util.Collection<?> values) {
    if (values != null) {
      span.setAttribute(key, (long) values.size());
    }
  }

  /** Same as {@link #count(Span, AttributeKey, java.util.Collection)}, before the span starts. */
  public void count(SpanBuilder span, AttributeKey<Long> key, java.util.Collection<?> values) {
    if (values != null) {
      span.setAttribute(key, (long) values.size());
    }
  }

  /** Records the size of a map. */
  public void count(Span span, AttributeKey<Long> key, Map<?, ?> map) {
    if (map != null) {
      span.setAttribute(key, (long) map.size());
    }
  }

  /** Same as {@link #count(Span, AttributeKey, Map)}, before the span starts. */
  public void count(SpanBuilder span, AttributeKey<Long> key, Map<?, ?> map) {
    if (map != null) {
      span.setAttribute(key, (long) map.size());
    }
  }

  // ------------------------------------------------------------------ maps and run-time types

  /**
   * Records one attribute per entry, keyed {@code <keyPrefix>.<entry key>} and typed like {@link
   * #value}; {@code null} keys and values are skipped. Entries whose key names a secret, and
   * everything under a prefix that names one, are masked.
   */
  public void map(Span span, String keyPrefix, Map<?, ?> map) {
    putMap(span, keyPrefix, map);
  }

  /** Same as {@link #map(Span, String, Map)}, before the span starts. */
  public void map(SpanBuilder span, String keyPrefix, Map<?, ?> map) {
    putMap(span, keyPrefix, map);
  }

  /**
   * Records a value whose type is only known at run time: booleans, integral numbers ({@code
   * long}), floating point numbers ({@code double}), character sequences (truncated), enums
   * ({@code name()}), maps (flattened), collections (arrays), anything else {@code toString()}.
   * Masked when {@code key} has a segment naming a secret.
   */
  public void value(Span span, String key, Object value) {
    dynamic.value(span, key, value, Secrets.hasSecretSegment(key), 0);
  }

  /** Same as {@link #value(Span, String, Object)}, before the span starts. */
  public void value(SpanBuilder span, String key, Object value) {
    dynamic.value(span, key, value, Secrets.hasSecretSegment(key), 0);
  }

  // ------------------------------------------------------------------ one body per kind, either target

  private void putString(Object target, AttributeKey<String> key, CharSequence value) {
    if (value != null) {
      put(target, key, text(value));
    }
  }

  private static void putEnum(Object target, AttributeKey<String> key, Enum<?> value) {
    if (value != null) {
      put(target, key, value.name());
    }
  }

  void putObject(Object target, AttributeKey<String> key, Object value) {
    String text = toText(unwrap(value), key.getKey());
    if (text != null) {
      put(target, key, text(text));
    }
  }

  void putSecret(Object target, AttributeKey<String> key, Object secret) {
    String text = toText(unwrap(secret), key.getKey());
    if (text != null) {
      put(target, key, Secrets.mask(text));
    }
  }

  private static void putLong(Object target, AttributeKey<Long> key, Object value) {
    Object present = unwrap(value);
    if (present instanceof Number) {
      put(target, key, ((Number) present).longValue());
    }
  }

  private static void putDouble(Object target, AttributeKey<Double> key, Object value) {
    Object present = unwrap(value);
    if (present instanceof Number) {
      put(target, key, ((Number) present).doubleValue());
    }
  }

  private static void putBoolean(Object target, AttributeKey<Boolean> key, Object value) {
    Object present = unwrap(value);
    if (present instanceof Boolean) {
      put(target, key, (Boolean) present);
    }
  }

  private void putMap(Object target, String keyPrefix, Map<?, ?> map) {
    if (map != null) {
      dynamic.map(target, keyPrefix, map, Secrets.hasSecretSegment(keyPrefix), 0);
    }
  }

  /**
   * The present value of an {@code Optional} (nested ones too), {@code OptionalInt}, {@code
   * OptionalLong} or {@code OptionalDouble}; any other value itself; null when empty.
   */
  static Object unwrap(Object value) {
    Object current = value;
    for (int depth = 0; depth < 8; depth++) {
      if (current instanceof Optional<?>) {
        current = ((Optional<?>) current).orElse(null);
      } else if (current instanceof OptionalInt) {
        OptionalInt optional = (OptionalInt) current;
        return optional.isPresent() ? (Object) optional.getAsInt() : null;
      } else if (current instanceof OptionalLong) {
        OptionalLong optional = (OptionalLong) current;
        return optional.isPresent() ? (Object) optional.getAsLong() : null;
      } else if (current instanceof OptionalDouble) {
        OptionalDouble optional = (OptionalDouble) current;
        return optional.isPresent() ? (Object) optional.getAsDouble() : null;
      } else {
        return current;
      }
    }
    return current;
  }
}
