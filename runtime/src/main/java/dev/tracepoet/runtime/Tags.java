package dev.tracepoet.runtime;

import dev.tracepoet.runtime.internal.Failures;
import dev.tracepoet.runtime.internal.Secrets;
import dev.tracepoet.runtime.internal.Values;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
 * tags.string(span, REQUEST_MODEL, arguments.model());          // CharSequence or Optional
 * tags.longValue(span, REQUEST_MAX_TOKENS, arguments.maxTokens()); // long, Number, OptionalInt...
 * tags.secret(span, REQUEST_API_KEY, arguments.apiKey());      // masked: sk-...abcd
 * }</pre>
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
public final class Tags {
  private final int characterLimit;
  private final Failures failures;
  private final DynamicTags dynamic = new DynamicTags(this);

  Tags(int characterLimit, Failures failures) {
    this.characterLimit = characterLimit;
    this.failures = failures;
  }

  /** Tags with the given character limit, for tests and hand-written code outside a hook. */
  public static Tags withCharacterLimit(int characterLimit) {
    if (characterLimit < 1) {
      throw new IllegalArgumentException("characterLimit must be >= 1 but was " + characterLimit);
    }
    return new Tags(characterLimit, new Failures("tags"));
  }

  /** The character limit strings are truncated to. */
  public int characterLimit() {
    return characterLimit;
  }

  // ------------------------------------------------------------------ strings

  /** Records {@code value} truncated (masked when it looks like a credential). */
  public void string(Span span, AttributeKey<String> key, CharSequence value) {
    if (value != null) {
      span.setAttribute(key, text(value));
    }
  }

  /** Records the present value like {@link #string(Span, AttributeKey, CharSequence)}. */
  public void string(Span span, AttributeKey<String> key, Optional<? extends CharSequence> value) {
    if (value != null && value.isPresent()) {
      string(span, key, value.get());
    }
  }

  /** Records an enum constant's {@link Enum#name()}. */
  public void enumName(Span span, AttributeKey<String> key, Enum<?> value) {
    if (value != null) {
      span.setAttribute(key, value.name());
    }
  }

  /** Records the present constant's {@link Enum#name()}. */
  public void enumName(Span span, AttributeKey<String> key, Optional<? extends Enum<?>> value) {
    if (value != null && value.isPresent()) {
      enumName(span, key, value.get());
    }
  }

  /** Records {@code value.toString()} like a string; a throwing {@code toString} records nothing. */
  public void object(Span span, AttributeKey<String> key, Object value) {
    if (value instanceof Optional<?>) {
      object(span, key, (Optional<?>) value);
      return;
    }
    String text = toText(value, key.getKey());
    if (text != null) {
      span.setAttribute(key, text(text));
    }
  }

  /** Records the present value's {@code toString()}. */
  public void object(Span span, AttributeKey<String> key, Optional<?> value) {
    if (value != null && value.isPresent()) {
      object(span, key, value.get());
    }
  }

  /** Records a secret, always masked ({@code Optional} unwrapped, other objects {@code toString}'d). */
  public void secret(Span span, AttributeKey<String> key, Object secret) {
    Object value = secret instanceof Optional<?> ? ((Optional<?>) secret).orElse(null) : secret;
    String text = toText(value, key.getKey());
    if (text != null) {
      span.setAttribute(key, Secrets.mask(text));
    }
  }

  /** {@code secret} masked (null stays null), for hand-built attribute values. */
  public static String mask(CharSequence secret) {
    return secret == null ? null : Secrets.mask(secret);
  }

  // ------------------------------------------------------------------ numbers and booleans

  /** Records an integral number. */
  public void longValue(Span span, AttributeKey<Long> key, long value) {
    span.setAttribute(key, value);
  }

  /** Records a number as a long. */
  public void longValue(Span span, AttributeKey<Long> key, Number value) {
    if (value != null) {
      span.setAttribute(key, value.longValue());
    }
  }

  /** Records the present value. */
  public void longValue(Span span, AttributeKey<Long> key, OptionalInt value) {
    if (value != null && value.isPresent()) {
      span.setAttribute(key, (long) value.getAsInt());
    }
  }

  /** Records the present value. */
  public void longValue(Span span, AttributeKey<Long> key, OptionalLong value) {
    if (value != null && value.isPresent()) {
      span.setAttribute(key, value.getAsLong());
    }
  }

  /** Records the present number as a long. */
  public void longValue(Span span, AttributeKey<Long> key, Optional<? extends Number> value) {
    if (value != null && value.isPresent()) {
      longValue(span, key, value.get());
    }
  }

  /** Records a floating point number. */
  public void doubleValue(Span span, AttributeKey<Double> key, double value) {
    span.setAttribute(key, value);
  }

  /** Records a number as a double. */
  public void doubleValue(Span span, AttributeKey<Double> key, Number value) {
    if (value != null) {
      span.setAttribute(key, value.doubleValue());
    }
  }

  /** Records the present value. */
  public void doubleValue(Span span, AttributeKey<Double> key, OptionalDouble value) {
    if (value != null && value.isPresent()) {
      span.setAttribute(key, value.getAsDouble());
    }
  }

  /** Records the present number as a double. */
  public void doubleValue(Span span, AttributeKey<Double> key, Optional<? extends Number> value) {
    if (value != null && value.isPresent()) {
      doubleValue(span, key, value.get());
    }
  }

  /** Records a boolean. */
  public void booleanValue(Span span, AttributeKey<Boolean> key, boolean value) {
    span.setAttribute(key, value);
  }

  /** Records a boolean. */
  public void booleanValue(Span span, AttributeKey<Boolean> key, Boolean value) {
    if (value != null) {
      span.setAttribute(key, value.booleanValue());
    }
  }

  /** Records the present boolean. */
  public void booleanValue(Span span, AttributeKey<Boolean> key, Optional<Boolean> value) {
    if (value != null && value.isPresent()) {
      booleanValue(span, key, value.get());
    }
  }

  // ------------------------------------------------------------------ lists

  /** Records a string array, each element truncated (masked when credential-like). */
  public void strings(Span span, AttributeKey<List<String>> key, Collection<? extends CharSequence> values) {
    if (values == null) {
      return;
    }
    List<String> cleaned = cleanStrings(values);
    span.setAttribute(key, cleaned);
  }

  /** Records a string array of secrets, each element masked. */
  public void secrets(Span span, AttributeKey<List<String>> key, Collection<?> values) {
    if (values == null) {
      return;
    }
    List<String> out = new ArrayList<>(values.size());
    for (Object value : values) {
      String text = toText(value, key.getKey());
      if (text != null) {
        out.add(Secrets.mask(text));
      }
    }
    span.setAttribute(key, out);
  }

  /** Records an integral array. */
  public void longs(Span span, AttributeKey<List<Long>> key, Collection<? extends Number> values) {
    if (values == null) {
      return;
    }
    List<Long> same = unchanged(values, Long.class);
    if (same != null) {
      span.setAttribute(key, same);
      return;
    }
    List<Long> out = new ArrayList<>(values.size());
    for (Number value : values) {
      if (value != null) {
        out.add(value.longValue());
      }
    }
    span.setAttribute(key, out);
  }

  /** Records a floating point array. */
  public void doubles(Span span, AttributeKey<List<Double>> key, Collection<? extends Number> values) {
    if (values == null) {
      return;
    }
    List<Double> same = unchanged(values, Double.class);
    if (same != null) {
      span.setAttribute(key, same);
      return;
    }
    List<Double> out = new ArrayList<>(values.size());
    for (Number value : values) {
      if (value != null) {
        out.add(value.doubleValue());
      }
    }
    span.setAttribute(key, out);
  }

  /** Records a boolean array. */
  public void booleans(Span span, AttributeKey<List<Boolean>> key, Collection<Boolean> values) {
    if (values == null) {
      return;
    }
    List<Boolean> same = unchanged(values, Boolean.class);
    if (same != null) {
      span.setAttribute(key, same);
      return;
    }
    List<Boolean> out = new ArrayList<>(values.size());
    for (Boolean value : values) {
      if (value != null) {
        out.add(value);
      }
    }
    span.setAttribute(key, out);
  }

  // ------------------------------------------------------------------ maps and run-time types

  /**
   * Records one attribute per entry, keyed {@code <keyPrefix>.<entry key>} and typed like {@link
   * #value}; {@code null} keys and values are skipped. Entries whose key names a secret, and
   * everything under a prefix that names one, are masked.
   */
  public void map(Span span, String keyPrefix, Map<?, ?> map) {
    if (map != null) {
      dynamic.map(span, keyPrefix, map, Secrets.hasSecretSegment(keyPrefix), 0);
    }
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

  /** {@code values} itself when it is a list of exactly {@code type} without nulls (no copy), else null. */
  @SuppressWarnings("unchecked")
  private static <T> List<T> unchanged(Collection<?> values, Class<T> type) {
    if (!(values instanceof List<?>)) {
      return null;
    }
    List<?> list = (List<?>) values;
    for (int i = 0; i < list.size(); i++) {
      Object value = list.get(i);
      if (value == null || value.getClass() != type) {
        return null;
      }
    }
    return (List<T>) list;
  }

  /** Truncated, or masked when it looks like a credential. */
  String text(CharSequence value) {
    if (Secrets.looksLikeCredential(value)) {
      return Secrets.mask(value);
    }
    return Values.truncate(value, characterLimit);
  }

  /** The list as recorded: the same instance when nothing needs changing. */
  @SuppressWarnings("unchecked")
  private List<String> cleanStrings(Collection<? extends CharSequence> values) {
    if (values instanceof List<?>) {
      List<? extends CharSequence> list = (List<? extends CharSequence>) values;
      boolean clean = true;
      for (int i = 0; i < list.size() && clean; i++) {
        CharSequence value = list.get(i);
        clean = value instanceof String && value.length() <= characterLimit && !Secrets.looksLikeCredential(value);
      }
      if (clean) {
        return (List<String>) list;
      }
    }
    List<String> cleaned = new ArrayList<>(values.size());
    for (CharSequence value : values) {
      if (value != null) {
        cleaned.add(text(value));
      }
    }
    return cleaned;
  }

  /** {@code value.toString()}, or null when it is null or its {@code toString} throws (logged once). */
  String toText(Object value, String key) {
    if (value == null) {
      return null;
    }
    if (value instanceof String) {
      return (String) value;
    }
    try {
      return value.toString();
    } catch (Throwable e) { // a throwing or endlessly recursive toString must not cost other tags
      failures.report("toString of " + key, e);
      return null;
    }
  }
}
