package dev.tracepoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.semconv.ErrorAttributes;
import io.opentelemetry.semconv.ServerAttributes;
import io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every convention key in {@link TracepoetAttributes} (all but the {@code tracepoet.*} ones) is a
 * key of the semantic conventions v1.41.0 with the same type — checked against the {@code
 * opentelemetry-semconv(-incubating)} constants. The content attributes are "any"-typed in the
 * conventions (recorded as JSON strings), so the artifact has no constants for them: they are
 * listed here.
 */
class GenAiConventionKeysTest {
  /** The conventions' "any"-typed content attributes, which tracepoet records as JSON strings. */
  static final Set<String> ANY_TYPED = Set.of("gen_ai.input.messages", "gen_ai.output.messages",
      "gen_ai.system_instructions", "gen_ai.tool.definitions");

  private static void collect(Class<?> type, Map<String, AttributeKey<?>> into) throws IllegalAccessException {
    for (Field field : type.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && AttributeKey.class.isAssignableFrom(field.getType())) {
        AttributeKey<?> key = (AttributeKey<?>) field.get(null);
        into.put(key.getKey(), key);
      }
    }
  }

  @Test
  void everyConventionKeyTracepoetWritesMatchesTheSemconvConstants() throws Exception {
    Map<String, AttributeKey<?>> conventions = new HashMap<>();
    collect(GenAiIncubatingAttributes.class, conventions);
    collect(ServerAttributes.class, conventions);
    collect(ErrorAttributes.class, conventions);
    Map<String, AttributeKey<?>> written = new HashMap<>();
    collect(TracepoetAttributes.class, written);
    int checked = 0;
    for (AttributeKey<?> key : written.values()) {
      String name = key.getKey();
      if (name.startsWith("tracepoet.")) {
        continue;
      }
      if (ANY_TYPED.contains(name)) {
        assertEquals("STRING", key.getType().name(), name);
        assertTrue(name.startsWith("gen_ai."));
        continue;
      }
      AttributeKey<?> convention = conventions.get(name);
      assertNotNull(convention, name + " is not a key of semconv 1.41.0");
      assertEquals(convention.getType(), key.getType(), name);
      checked++;
    }
    assertTrue(checked >= 15, "checked " + checked);
    for (String content : ANY_TYPED) {
      assertTrue(written.containsKey(content), content);
      assertTrue(!conventions.containsKey(content), content + " now has a constant: check it instead");
    }
  }
}
