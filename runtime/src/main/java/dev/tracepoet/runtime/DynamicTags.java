package dev.tracepoet.runtime;

import dev.tracepoet.runtime.internal.Secrets;
import io.opentelemetry.api.common.AttributeKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Tags#map} and {@link Tags#value} (on a span or a span builder): values whose type is known only at run time, typed like
 * generated tags, with secret-named keys (and everything below them) masked. Internal
 * (package-private).
 */
final class DynamicTags {
  private final Tags tags;

  DynamicTags(Tags tags) {
    this.tags = tags;
  }

  /** Nested maps deeper than this are recorded as text, so cyclic maps end. */
  private static final int MAX_DEPTH = 8;

  void map(Object span, String keyPrefix, Map<?, ?> map, boolean secret, int depth) {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      Object mapKey = entry.getKey();
      if (mapKey == null) {
        continue;
      }
      String name = tags.toText(mapKey, keyPrefix);
      if (name != null) {
        value(span, keyPrefix + "." + name, entry.getValue(), secret || Secrets.isSecretName(name), depth + 1);
      }
    }
  }

  void value(Object span, String key, Object value, boolean secret, int depth) {
    if (value instanceof Optional<?>) {
      value = ((Optional<?>) value).orElse(null);
    }
    if (value == null) {
      return;
    }
    if (value instanceof Map<?, ?> && depth < MAX_DEPTH) {
      map(span, key, (Map<?, ?>) value, secret, depth);
    } else if (secret) {
      if (value instanceof Collection<?>) {
        tags.putSecrets(span, AttributeKey.stringArrayKey(key), (Collection<?>) value);
      } else {
        tags.putSecret(span, AttributeKey.stringKey(key), value);
      }
    } else if (value instanceof Boolean) {
      ListTags.put(span, AttributeKey.booleanKey(key), (Boolean) value);
    } else if (isIntegral(value)) {
      ListTags.put(span, AttributeKey.longKey(key), ((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      ListTags.put(span, AttributeKey.doubleKey(key), ((Number) value).doubleValue());
    } else if (value instanceof Enum<?>) {
      ListTags.put(span, AttributeKey.stringKey(key), ((Enum<?>) value).name());
    } else if (value instanceof Collection<?>) {
      collection(span, key, (Collection<?>) value);
    } else {
      tags.putObject(span, AttributeKey.stringKey(key), value);
    }
  }

  /** A collection as the array attribute of its element type (strings when mixed). */
  private void collection(Object span, String key, Collection<?> values) {
    boolean booleans = true;
    boolean longs = true;
    boolean doubles = true;
    List<Object> present = new ArrayList<>(values.size());
    for (Object value : values) {
      if (value != null) {
        present.add(value);
        booleans &= value instanceof Boolean;
        longs &= isIntegral(value);
        doubles &= value instanceof Double || value instanceof Float;
      }
    }
    if (present.isEmpty()) {
      ListTags.put(span, AttributeKey.stringArrayKey(key), List.of());
    } else if (booleans) {
      List<Boolean> out = new ArrayList<>(present.size());
      present.forEach(v -> out.add((Boolean) v));
      ListTags.put(span, AttributeKey.booleanArrayKey(key), out);
    } else if (longs) {
      List<Long> out = new ArrayList<>(present.size());
      present.forEach(v -> out.add(((Number) v).longValue()));
      ListTags.put(span, AttributeKey.longArrayKey(key), out);
    } else if (doubles) {
      List<Double> out = new ArrayList<>(present.size());
      present.forEach(v -> out.add(((Number) v).doubleValue()));
      ListTags.put(span, AttributeKey.doubleArrayKey(key), out);
    } else {
      List<String> out = new ArrayList<>(present.size());
      for (Object v : present) {
        String text = v instanceof Enum<?> ? ((Enum<?>) v).name() : tags.toText(v, key);
        if (text != null) {
          out.add(tags.text(text));
        }
      }
      ListTags.put(span, AttributeKey.stringArrayKey(key), out);
    }
  }

  private static boolean isIntegral(Object value) {
    return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
  }

}
