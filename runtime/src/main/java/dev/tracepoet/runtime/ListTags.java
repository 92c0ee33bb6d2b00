package dev.tracepoet.runtime;

import dev.tracepoet.runtime.internal.Failures;
import dev.tracepoet.runtime.internal.Secrets;
import dev.tracepoet.runtime.internal.Values;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The array half of {@link Tags} (its superclass; use it through a {@code Tags} instance): string,
 * secret, long, double and boolean arrays, each recorded on a started {@link Span} or, before the
 * span starts, on its {@link SpanBuilder} (where a {@code Sampler} sees it). {@code null} records
 * nothing; {@code null} elements are skipped; a list that needs no change is recorded as is (no
 * copy).
 */
public abstract sealed class ListTags permits Tags {
  private final int characterLimit;
  private final Failures failures;

  ListTags(int characterLimit, Failures failures) {
    this.characterLimit = characterLimit;
    this.failures = failures;
  }

  /** The character limit strings are truncated to. */
  public final int characterLimit() {
    return characterLimit;
  }

  /** Records a string array, each element truncated (masked when credential-like). */
  public final void strings(Span span, AttributeKey<List<String>> key, Collection<? extends CharSequence> values) {
    putStrings(span, key, values);
  }

  /** Same as {@link #strings(Span, AttributeKey, Collection)}, before the span starts. */
  public final void strings(SpanBuilder span, AttributeKey<List<String>> key, Collection<? extends CharSequence> values) {
    putStrings(span, key, values);
  }

  /** Records a string array of secrets, each element masked. */
  public final void secrets(Span span, AttributeKey<List<String>> key, Collection<?> values) {
    putSecrets(span, key, values);
  }

  /** Same as {@link #secrets(Span, AttributeKey, Collection)}, before the span starts. */
  public final void secrets(SpanBuilder span, AttributeKey<List<String>> key, Collection<?> values) {
    putSecrets(span, key, values);
  }

  /** Records an integral array. */
  public final void longs(Span span, AttributeKey<List<Long>> key, Collection<? extends Number> values) {
    putLongs(span, key, values);
  }

  /** Same as {@link #longs(Span, AttributeKey, Collection)}, before the span starts. */
  public final void longs(SpanBuilder span, AttributeKey<List<Long>> key, Collection<? extends Number> values) {
    putLongs(span, key, values);
  }

  /** Records a floating point array. */
  public final void doubles(Span span, AttributeKey<List<Double>> key, Collection<? extends Number> values) {
    putDoubles(span, key, values);
  }

  /** Same as {@link #doubles(Span, AttributeKey, Collection)}, before the span starts. */
  public final void doubles(SpanBuilder span, AttributeKey<List<Double>> key, Collection<? extends Number> values) {
    putDoubles(span, key, values);
  }

  /** Records a boolean array. */
  public final void booleans(Span span, AttributeKey<List<Boolean>> key, Collection<? extends Boolean> values) {
    putBooleans(span, key, values);
  }

  /** Same as {@link #booleans(Span, AttributeKey, Collection)}, before the span starts. */
  public final void booleans(SpanBuilder span, AttributeKey<List<Boolean>> key, Collection<? extends Boolean> values) {
    putBooleans(span, key, values);
  }

  // ------------------------------------------------------------------ one property of each element

  /**
   * Records {@code read} of each element as a string array ({@code choices.finish_reason}): null
   * elements and null results are skipped, strings truncated (masked when credential-like). Pass a
   * non-capturing lambda ({@code choice -> choice.finishReason()}): it is created once.
   */
  public final <E> void strings(Span span, AttributeKey<List<String>> key, Collection<E> values,
      Function<? super E, ? extends CharSequence> read) {
    putMapped(span, key, values, read, Conversion.STRING);
  }

  /** Same as {@link #strings(Span, AttributeKey, Collection, Function)}, before the span starts. */
  public final <E> void strings(SpanBuilder span, AttributeKey<List<String>> key, Collection<E> values,
      Function<? super E, ? extends CharSequence> read) {
    putMapped(span, key, values, read, Conversion.STRING);
  }

  /** Records the {@link Enum#name()} of {@code read} of each element (see {@link #strings(Span, AttributeKey, Collection, Function)}). */
  public final <E> void enumNames(Span span, AttributeKey<List<String>> key, Collection<E> values,
      Function<? super E, ? extends Enum<?>> read) {
    putMapped(span, key, values, read, Conversion.ENUM);
  }

  /** Same as {@link #enumNames(Span, AttributeKey, Collection, Function)}, before the span starts. */
  public final <E> void enumNames(SpanBuilder span, AttributeKey<List<String>> key, Collection<E> values,
      Function<? super E, ? extends Enum<?>> read) {
    putMapped(span, key, values, read, Conversion.ENUM);
  }

  /** Records {@code read} of each element, masked (see {@link #strings(Span, AttributeKey, Collection, Function)}). */
  public final <E> void secrets(Span span, AttributeKey<List<String>> key, Collection<E> values,
      Function<? super E, ?> read) {
    putMapped(span, key, values, read, Conversion.SECRET);
  }

  /** Same as {@link #secrets(Span, AttributeKey, Collection, Function)}, before the span starts. */
  public final <E> void secrets(SpanBuilder span, AttributeKey<List<String>> key, Collection<E> values,
      Function<? super E, ?> read) {
    putMapped(span, key, values, read, Conversion.SECRET);
  }

  /** Records {@code read} of each element as an integral array (see {@link #strings(Span, AttributeKey, Collection, Function)}). */
  public final <E> void longs(Span span, AttributeKey<List<Long>> key, Collection<E> values,
      Function<? super E, ? extends Number> read) {
    putMapped(span, key, values, read, Conversion.LONG);
  }

  /** Same as {@link #longs(Span, AttributeKey, Collection, Function)}, before the span starts. */
  public final <E> void longs(SpanBuilder span, AttributeKey<List<Long>> key, Collection<E> values,
      Function<? super E, ? extends Number> read) {
    putMapped(span, key, values, read, Conversion.LONG);
  }

  /** Records {@code read} of each element as a floating point array (see {@link #strings(Span, AttributeKey, Collection, Function)}). */
  public final <E> void doubles(Span span, AttributeKey<List<Double>> key, Collection<E> values,
      Function<? super E, ? extends Number> read) {
    putMapped(span, key, values, read, Conversion.DOUBLE);
  }

  /** Same as {@link #doubles(Span, AttributeKey, Collection, Function)}, before the span starts. */
  public final <E> void doubles(SpanBuilder span, AttributeKey<List<Double>> key, Collection<E> values,
      Function<? super E, ? extends Number> read) {
    putMapped(span, key, values, read, Conversion.DOUBLE);
  }

  /** Records {@code read} of each element as a boolean array (see {@link #strings(Span, AttributeKey, Collection, Function)}). */
  public final <E> void booleans(Span span, AttributeKey<List<Boolean>> key, Collection<E> values,
      Function<? super E, Boolean> read) {
    putMapped(span, key, values, read, Conversion.BOOLEAN);
  }

  /** Same as {@link #booleans(Span, AttributeKey, Collection, Function)}, before the span starts. */
  public final <E> void booleans(SpanBuilder span, AttributeKey<List<Boolean>> key, Collection<E> values,
      Function<? super E, Boolean> read) {
    putMapped(span, key, values, read, Conversion.BOOLEAN);
  }

  /** How a read element value becomes an array element. */
  private enum Conversion {
    STRING, ENUM, SECRET, LONG, DOUBLE, BOOLEAN
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <E> void putMapped(Object target, AttributeKey<? extends List<?>> key, Collection<E> values,
      Function<? super E, ?> read, Conversion conversion) {
    if (values == null) {
      return;
    }
    List<Object> out = new ArrayList<>(values.size());
    for (E element : values) {
      Object value = element == null ? null : read.apply(element);
      if (value == null) {
        continue;
      }
      switch (conversion) {
        case STRING -> out.add(text((CharSequence) value));
        case ENUM -> out.add(((Enum<?>) value).name());
        case LONG -> out.add(((Number) value).longValue());
        case DOUBLE -> out.add(((Number) value).doubleValue());
        case BOOLEAN -> out.add(value);
        default -> {
          String text = toText(value, key.getKey());
          if (text != null) {
            out.add(Secrets.mask(text));
          }
        }
      }
    }
    put(target, (AttributeKey) key, out);
  }

  // ------------------------------------------------------------------ shared by both targets

  /**
   * Sets one attribute on {@code target}, a {@link Span} or a {@link SpanBuilder} (the public
   * overloads guarantee which); no wrapper object, so nothing is allocated per call.
   */
  static <T> void put(Object target, AttributeKey<T> key, T value) {
    if (target instanceof Span) {
      ((Span) target).setAttribute(key, value);
    } else {
      ((SpanBuilder) target).setAttribute(key, value);
    }
  }

  final void putStrings(Object target, AttributeKey<List<String>> key, Collection<? extends CharSequence> values) {
    if (values != null) {
      put(target, key, cleanStrings(values));
    }
  }

  final void putSecrets(Object target, AttributeKey<List<String>> key, Collection<?> values) {
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
    put(target, key, out);
  }

  private void putLongs(Object target, AttributeKey<List<Long>> key, Collection<? extends Number> values) {
    if (values == null) {
      return;
    }
    List<Long> same = unchanged(values, Long.class);
    if (same == null) {
      same = new ArrayList<>(values.size());
      for (Number value : values) {
        if (value != null) {
          same.add(value.longValue());
        }
      }
    }
    put(target, key, same);
  }

  private void putDoubles(Object target, AttributeKey<List<Double>> key, Collection<? extends Number> values) {
    if (values == null) {
      return;
    }
    List<Double> same = unchanged(values, Double.class);
    if (same == null) {
      same = new ArrayList<>(values.size());
      for (Number value : values) {
        if (value != null) {
          same.add(value.doubleValue());
        }
      }
    }
    put(target, key, same);
  }

  private void putBooleans(Object target, AttributeKey<List<Boolean>> key, Collection<? extends Boolean> values) {
    if (values == null) {
      return;
    }
    List<Boolean> same = unchanged(values, Boolean.class);
    if (same == null) {
      same = new ArrayList<>(values.size());
      for (Boolean value : values) {
        if (value != null) {
          same.add(value);
        }
      }
    }
    put(target, key, same);
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

  /** Truncated, or masked when it looks like a credential. */
  final String text(CharSequence value) {
    if (Secrets.looksLikeCredential(value)) {
      return Secrets.mask(value);
    }
    return Values.truncate(value, characterLimit);
  }

  /** {@code value.toString()}, or null when it is null or its {@code toString} throws (logged once). */
  final String toText(Object value, String key) {
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
