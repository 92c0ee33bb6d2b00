package dev.tracepoet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every GenAI key the processor's aliases write is a key of the semantic conventions v1.41.0 (the
 * {@code opentelemetry-semconv-incubating:1.41.0-alpha} constants), with the same attribute type.
 */
class GenAiConventionKeysTest {
  static Map<String, AttributeKey<?>> conventionKeys() throws IllegalAccessException {
    Map<String, AttributeKey<?>> keys = new HashMap<>();
    for (Field field : GenAiIncubatingAttributes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && AttributeKey.class.isAssignableFrom(field.getType())) {
        AttributeKey<?> key = (AttributeKey<?>) field.get(null);
        keys.put(key.getKey(), key);
      }
    }
    return keys;
  }

  @Test
  void everyAliasIsAConventionKeyOfTheSameType() throws Exception {
    Map<String, AttributeKey<?>> conventions = conventionKeys();
    Map<String, String> written = GenAiConventions.keyTypes();
    assertFalse(written.isEmpty());
    for (Map.Entry<String, String> entry : written.entrySet()) {
      AttributeKey<?> convention = conventions.get(entry.getKey());
      assertNotNull(convention, entry.getKey() + " is not in semconv 1.41.0");
      assertEquals(convention.getType().name(), entry.getValue(), entry.getKey());
    }
  }
}
