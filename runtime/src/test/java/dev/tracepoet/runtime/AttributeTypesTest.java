package dev.tracepoet.runtime;

import static dev.tracepoet.runtime.SpanCollector.assertAttribute;
import static dev.tracepoet.runtime.SpanCollector.assertNoAttribute;
import static io.opentelemetry.api.common.AttributeKey.booleanArrayKey;
import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.doubleArrayKey;
import static io.opentelemetry.api.common.AttributeKey.doubleKey;
import static io.opentelemetry.api.common.AttributeKey.longArrayKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeType;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The typed helpers, checked on the attributes of real exported spans. */
class AttributeTypesTest {

  private static final String DIGITS = "0123456789";

  private final SpanCollector otel = new SpanCollector();

  @AfterEach
  void close() {
    otel.close();
  }

  enum Color {
    RED,
    DARK_BLUE {
      @Override
      public String toString() {
        return "dark blue";
      }
    }
  }

  /** A value with a custom toString. */
  record Point(int x, int y) {
    @Override
    public String toString() {
      return "(" + x + "," + y + ")";
    }
  }

  /** Runs one call whose recordRequest runs {@code tags}, returns its span. */
  private SpanData record(BiConsumer<TestHook<String, String>, Span> tags) {
    return record(TracingSettings.defaults(), tags);
  }

  private SpanData record(
      TracingSettings settings, BiConsumer<TestHook<String, String>, Span> tags) {
    otel.exporter.reset();
    TestHook<String, String> hook = new TestHook<>(otel.bareEndpoint(settings));
    hook.recordRequest(
        (h, span, arguments) -> {
          tags.accept(h, span);
          // proves that everything before it ran without throwing
          span.setAttribute("marker", "done");
        });
    assertEquals("out", hook.call("in", arguments -> "out"));
    SpanData span = otel.onlySpan();
    assertAttribute(span, "marker", AttributeType.STRING, "done");
    return span;
  }

  private static String digits(int length) {
    return DIGITS.repeat(length / 10 + 1).substring(0, length);
  }

  @Nested
  class Scalars {

    @Test
    void booleansAreBooleanAttributes() {
      SpanData span =
          record(
              (h, s) -> {
                h.tags.booleanValue(s, booleanKey("p"), true);
                h.tags.booleanValue(s, booleanKey("boxed"), Boolean.FALSE);
              });
      assertAttribute(span, "p", AttributeType.BOOLEAN, true);
      assertAttribute(span, "boxed", AttributeType.BOOLEAN, false);
    }

    @Test
    void integralNumbersAreLongAttributes() {
      SpanData span =
          record(
              (h, s) -> {
                int primitiveInt = 42;
                h.tags.longValue(s, longKey("int"), primitiveInt);
                h.tags.longValue(s, longKey("long"), Long.MAX_VALUE);
                h.tags.longValue(s, longKey("Integer"), Integer.valueOf(-7));
                h.tags.longValue(s, longKey("Long"), Long.valueOf(Long.MIN_VALUE));
                h.tags.longValue(s, longKey("Short"), Short.valueOf((short) 3));
                h.tags.longValue(s, longKey("Byte"), Byte.valueOf((byte) -1));
                h.tags.longValue(s, longKey("BigInteger"), BigInteger.valueOf(1234567890123L));
              });
      assertAttribute(span, "int", AttributeType.LONG, 42L);
      assertAttribute(span, "long", AttributeType.LONG, Long.MAX_VALUE);
      assertAttribute(span, "Integer", AttributeType.LONG, -7L);
      assertAttribute(span, "Long", AttributeType.LONG, Long.MIN_VALUE);
      assertAttribute(span, "Short", AttributeType.LONG, 3L);
      assertAttribute(span, "Byte", AttributeType.LONG, -1L);
      assertAttribute(span, "BigInteger", AttributeType.LONG, 1234567890123L);
    }

    @Test
    void floatingPointNumbersAreDoubleAttributes() {
      SpanData span =
          record(
              (h, s) -> {
                float primitiveFloat = 0.25f;
                h.tags.doubleValue(s, doubleKey("float"), primitiveFloat);
                h.tags.doubleValue(s, doubleKey("double"), 0.7);
                h.tags.doubleValue(s, doubleKey("Double"), Double.valueOf(-1.5));
                h.tags.doubleValue(s, doubleKey("Float"), Float.valueOf(2.5f));
                h.tags.doubleValue(s, doubleKey("BigDecimal"), new BigDecimal("3.125"));
                h.tags.doubleValue(s, doubleKey("Integer"), Integer.valueOf(2));
              });
      assertAttribute(span, "float", AttributeType.DOUBLE, 0.25);
      assertAttribute(span, "double", AttributeType.DOUBLE, 0.7);
      assertAttribute(span, "Double", AttributeType.DOUBLE, -1.5);
      assertAttribute(span, "Float", AttributeType.DOUBLE, 2.5);
      assertAttribute(span, "BigDecimal", AttributeType.DOUBLE, 3.125);
      assertAttribute(span, "Integer", AttributeType.DOUBLE, 2.0);
    }

    @Test
    void charSequencesAreStringAttributes() {
      SpanData span =
          record(
              (h, s) -> {
                h.tags.string(s, stringKey("String"), "gpt-4o");
                h.tags.string(s, stringKey("StringBuilder"), new StringBuilder("built"));
                h.tags.string(s, stringKey("empty"), "");
              });
      assertAttribute(span, "String", AttributeType.STRING, "gpt-4o");
      assertAttribute(span, "StringBuilder", AttributeType.STRING, "built");
      assertAttribute(span, "empty", AttributeType.STRING, "");
    }

    @Test
    void enumsAreRecordedByName() {
      SpanData span =
          record(
              (h, s) -> {
                h.tags.enumName(s, stringKey("red"), Color.RED);
                h.tags.enumName(s, stringKey("blue"), Color.DARK_BLUE);
              });
      assertAttribute(span, "red", AttributeType.STRING, "RED");
      assertAttribute(span, "blue", AttributeType.STRING, "DARK_BLUE");
    }

    @Test
    void objectsAreRecordedByToString() {
      SpanData span =
          record(
              (h, s) -> {
                h.tags.object(s, stringKey("point"), new Point(1, 2));
                h.tags.object(s, stringKey("uri"), URI.create("https://example.com/x"));
                h.tags.object(s, stringKey("enum"), Color.DARK_BLUE);
              });
      assertAttribute(span, "point", AttributeType.STRING, "(1,2)");
      assertAttribute(span, "uri", AttributeType.STRING, "https://example.com/x");
      assertAttribute(span, "enum", AttributeType.STRING, "dark blue");
    }
  }

  @Nested
  class ArrayAttributes {

    @Test
    void listsAreArrayAttributes() {
      SpanData span =
          record(
              (h, s) -> {
                h.tags.strings(s, stringArrayKey("strings"), List.of("stop", "length"));
                h.tags.longs(s, longArrayKey("longs"), List.of(1L, 2L, 3L));
                h.tags.doubles(s, doubleArrayKey("doubles"), List.of(0.5, 1.5));
                h.tags.booleans(s, booleanArrayKey("booleans"), List.of(true, false));
                h.tags.strings(s, stringArrayKey("none"), List.of());
              });
      assertAttribute(span, "strings", AttributeType.STRING_ARRAY, List.of("stop", "length"));
      assertAttribute(span, "longs", AttributeType.LONG_ARRAY, List.of(1L, 2L, 3L));
      assertAttribute(span, "doubles", AttributeType.DOUBLE_ARRAY, List.of(0.5, 1.5));
      assertAttribute(span, "booleans", AttributeType.BOOLEAN_ARRAY, List.of(true, false));
      assertAttribute(span, "none", AttributeType.STRING_ARRAY, List.of());
    }

    @Test
    void stringElementsAreTruncatedIndividuallyWithoutTouchingTheCallersList() {
      List<String> values = new ArrayList<>(List.of("short", "0123456789abc", "12345", "xy"));
      List<String> copy = List.copyOf(values);
      SpanData span =
          record(
              TracingSettings.builder().characterLimit(5).build(),
              (h, s) -> h.tags.strings(s, stringArrayKey("a"), values));
      assertAttribute(
          span, "a", AttributeType.STRING_ARRAY, List.of("short", "01234...", "12345", "xy"));
      assertEquals(copy, values, "the caller's list is not modified");
    }

    @Test
    void immutableListsWithLongElementsAreTruncatedToo() {
      SpanData span =
          record(
              TracingSettings.builder().characterLimit(3).build(),
              (h, s) -> h.tags.strings(s, stringArrayKey("a"), List.of("abcdef", "ghijkl")));
      assertAttribute(span, "a", AttributeType.STRING_ARRAY, List.of("abc...", "ghi..."));
    }

    @Test
    void stringElementsKeepSurrogatePairsWhole() {
      SpanData span =
          record(
              TracingSettings.builder().characterLimit(3).build(),
              (h, s) -> h.tags.strings(s, stringArrayKey("a"), List.of("ab\uD83D\uDE00cd")));
      assertAttribute(span, "a", AttributeType.STRING_ARRAY, List.of("ab..."));
    }
  }

  @Nested
  class MapsAndRuntimeTyping {

    @Test
    void mapsAreFlattenedWithTypedValues() {
      Map<String, Object> nested = new LinkedHashMap<>();
      nested.put("depth", 2);
      nested.put("deeper", Map.of("flag", true));
      Map<Object, Object> metadata = new LinkedHashMap<>();
      metadata.put("user", "alice");
      metadata.put("count", 3);
      metadata.put("big", 5_000_000_000L);
      metadata.put("ratio", 0.5);
      metadata.put("single", 1.5f);
      metadata.put("on", true);
      metadata.put("color", Color.DARK_BLUE);
      metadata.put("builder", new StringBuilder("sb"));
      metadata.put("point", new Point(3, 4));
      metadata.put("nested", nested);
      metadata.put(7, "integer key");

      SpanData span = record((h, s) -> h.tags.map(s, "acme.request.metadata", metadata));

      assertAttribute(span, "acme.request.metadata.user", AttributeType.STRING, "alice");
      assertAttribute(span, "acme.request.metadata.count", AttributeType.LONG, 3L);
      assertAttribute(span, "acme.request.metadata.big", AttributeType.LONG, 5_000_000_000L);
      assertAttribute(span, "acme.request.metadata.ratio", AttributeType.DOUBLE, 0.5);
      assertAttribute(span, "acme.request.metadata.single", AttributeType.DOUBLE, 1.5);
      assertAttribute(span, "acme.request.metadata.on", AttributeType.BOOLEAN, true);
      assertAttribute(span, "acme.request.metadata.color", AttributeType.STRING, "DARK_BLUE");
      assertAttribute(span, "acme.request.metadata.builder", AttributeType.STRING, "sb");
      assertAttribute(span, "acme.request.metadata.point", AttributeType.STRING, "(3,4)");
      assertAttribute(span, "acme.request.metadata.nested.depth", AttributeType.LONG, 2L);
      assertAttribute(
          span, "acme.request.metadata.nested.deeper.flag", AttributeType.BOOLEAN, true);
      assertAttribute(span, "acme.request.metadata.7", AttributeType.STRING, "integer key");
      assertNoAttribute(span, "acme.request.metadata.nested");
      assertNoAttribute(span, "acme.request.metadata");
      // 12 leaves + marker
      assertEquals(13, span.getAttributes().size(), () -> span.getAttributes().toString());
    }

    @Test
    void nullKeysAndValuesAreSkipped() {
      Map<String, Object> metadata = new HashMap<>();
      metadata.put(null, "no key");
      metadata.put("nothing", null);
      metadata.put("kept", "yes");

      SpanData span = record((h, s) -> h.tags.map(s, "m", metadata));

      assertAttribute(span, "m.kept", AttributeType.STRING, "yes");
      assertNoAttribute(span, "m.nothing");
      assertNoAttribute(span, "m.null");
      assertEquals(2, span.getAttributes().size(), () -> span.getAttributes().toString());
    }

    @Test
    void mapStringValuesAreTruncated() {
      SpanData span =
          record(
              TracingSettings.builder().characterLimit(4).build(),
              (h, s) -> h.tags.map(s, "m", Map.of("text", "abcdefgh", "obj", new Point(10, 20))));
      assertAttribute(span, "m.text", AttributeType.STRING, "abcd...");
      assertAttribute(span, "m.obj", AttributeType.STRING, "(10,...");
    }

    @Test
    void tagValueTypesEachValueAtRunTime() {
      SpanData span =
          record(
              (h, s) -> {
                h.tags.value(s, "boolean", Boolean.TRUE);
                h.tags.value(s, "byte", (byte) 1);
                h.tags.value(s, "short", (short) 2);
                h.tags.value(s, "int", 3);
                h.tags.value(s, "long", 4L);
                h.tags.value(s, "float", 0.5f);
                h.tags.value(s, "double", 0.25);
                h.tags.value(s, "string", "text");
                h.tags.value(s, "charSequence", new StringBuilder("builder"));
                h.tags.value(s, "enum", Color.DARK_BLUE);
                h.tags.value(s, "map", Map.of("inner", 9));
                h.tags.value(s, "object", new Point(5, 6));
              });
      assertAttribute(span, "boolean", AttributeType.BOOLEAN, true);
      assertAttribute(span, "byte", AttributeType.LONG, 1L);
      assertAttribute(span, "short", AttributeType.LONG, 2L);
      assertAttribute(span, "int", AttributeType.LONG, 3L);
      assertAttribute(span, "long", AttributeType.LONG, 4L);
      assertAttribute(span, "float", AttributeType.DOUBLE, 0.5);
      assertAttribute(span, "double", AttributeType.DOUBLE, 0.25);
      assertAttribute(span, "string", AttributeType.STRING, "text");
      assertAttribute(span, "charSequence", AttributeType.STRING, "builder");
      assertAttribute(span, "enum", AttributeType.STRING, "DARK_BLUE");
      assertAttribute(span, "map.inner", AttributeType.LONG, 9L);
      assertNoAttribute(span, "map");
      assertAttribute(span, "object", AttributeType.STRING, "(5,6)");
    }

    @Test
    void tagValueTruncatesStringsAndToString() {
      String longText = digits(200);
      SpanData span =
          record(
              (h, s) -> {
                h.tags.value(s, "string", longText);
                h.tags.value(s, "object", new Object() {
                  @Override
                  public String toString() {
                    return longText;
                  }
                });
              });
      String expected = longText.substring(0, 128) + "...";
      assertAttribute(span, "string", AttributeType.STRING, expected);
      assertAttribute(span, "object", AttributeType.STRING, expected);
    }
  }

  @Nested
  class Nulls {

    @Test
    void nullRecordsNothingForEveryHelper() {
      SpanData span =
          record(
              (h, s) -> {
                h.tags.string(s, stringKey("string"), (CharSequence) null);
                h.tags.secret(s, stringKey("secret"), null);
                h.tags.longValue(s, longKey("long"), (Number) null);
                h.tags.longValue(s, longKey("Integer"), (Integer) null);
                h.tags.doubleValue(s, doubleKey("double"), (Number) null);
                h.tags.doubleValue(s, doubleKey("Double"), (Double) null);
                h.tags.booleanValue(s, booleanKey("boolean"), (Boolean) null);
                h.tags.enumName(s, stringKey("enum"), (Enum<?>) null);
                h.tags.object(s, stringKey("object"), null);
                h.tags.strings(s, stringArrayKey("strings"), null);
                h.tags.longs(s, longArrayKey("longs"), null);
                h.tags.doubles(s, doubleArrayKey("doubles"), null);
                h.tags.booleans(s, booleanArrayKey("booleans"), null);
                h.tags.map(s, "map", null);
                h.tags.value(s, "value", null);
              });
      assertEquals(1, span.getAttributes().size(), () -> span.getAttributes().toString());
    }
  }

  @Nested
  class Truncation {

    @Test
    void defaultLimitIs128CharactersThenEllipsis() {
      String value = digits(300);
      SpanData span = record((h, s) -> h.tags.string(s, stringKey("text"), value));
      String expected =
          "01234567890123456789012345678901234567890123456789"
              + "01234567890123456789012345678901234567890123456789"
              + "0123456789012345678901234567"
              + "...";
      assertEquals(131, expected.length());
      assertAttribute(span, "text", AttributeType.STRING, expected);
    }

    @Test
    void stringsAtExactlyTheLimitAreUntouched() {
      String exactly = digits(128);
      String oneMore = digits(129);
      SpanData span =
          record(
              (h, s) -> {
                h.tags.string(s, stringKey("exactly"), exactly);
                h.tags.string(s, stringKey("oneMore"), oneMore);
                h.tags.string(s, stringKey("builder"), new StringBuilder(exactly));
              });
      assertAttribute(span, "exactly", AttributeType.STRING, exactly);
      assertAttribute(span, "builder", AttributeType.STRING, exactly);
      assertAttribute(span, "oneMore", AttributeType.STRING, exactly + "...");
    }

    @Test
    void customLimitFromSettings() {
      SpanData span =
          record(
              TracingSettings.builder().characterLimit(10).build(),
              (h, s) -> {
                h.tags.string(s, stringKey("long"), "abcdefghijklmnop");
                h.tags.string(s, stringKey("exact"), "abcdefghij");
                h.tags.string(s, stringKey("builder"), new StringBuilder("abcdefghijk"));
                h.tags.object(s, stringKey("object"), new Point(123456, 789012));
              });
      assertAttribute(span, "long", AttributeType.STRING, "abcdefghij...");
      assertAttribute(span, "exact", AttributeType.STRING, "abcdefghij");
      assertAttribute(span, "builder", AttributeType.STRING, "abcdefghij...");
      assertAttribute(span, "object", AttributeType.STRING, "(123456,78...");
    }

    @Test
    void limitOfOne() {
      SpanData span =
          record(
              TracingSettings.builder().characterLimit(1).build(),
              (h, s) -> {
                h.tags.string(s, stringKey("a"), "ab");
                h.tags.string(s, stringKey("b"), "b");
              });
      assertAttribute(span, "a", AttributeType.STRING, "a...");
      assertAttribute(span, "b", AttributeType.STRING, "b");
    }

    @Test
    void surrogatePairsAreNotSplit() {
      String grin = "\uD83D\uDE00"; // one code point, two chars
      SpanData span =
          record(
              TracingSettings.builder().characterLimit(5).build(),
              (h, s) -> {
                // the pair would straddle the limit: chars 4 and 5
                h.tags.string(s, stringKey("straddles"), "abcd" + grin + "xyz");
                // the pair ends exactly at the limit: chars 3 and 4
                h.tags.string(s, stringKey("fits"), "abc" + grin + "xyz");
                // only pairs
                h.tags.string(s, stringKey("pairs"), grin + grin + grin + grin);
              });
      assertAttribute(span, "straddles", AttributeType.STRING, "abcd...");
      assertAttribute(span, "fits", AttributeType.STRING, "abc" + grin + "...");
      assertAttribute(span, "pairs", AttributeType.STRING, grin + grin + "...");
    }

    @Test
    void limitIsReadOnceWhenTheHookIsCreated() {
      // settings are immutable; two clients with different limits do not interfere
      SpanData five =
          record(
              TracingSettings.builder().characterLimit(5).build(),
              (h, s) -> h.tags.string(s, stringKey("t"), "abcdefgh"));
      assertAttribute(five, "t", AttributeType.STRING, "abcde...");
      SpanData six =
          record(
              TracingSettings.builder().characterLimit(6).build(),
              (h, s) -> h.tags.string(s, stringKey("t"), "abcdefgh"));
      assertAttribute(six, "t", AttributeType.STRING, "abcdef...");
    }
  }

  @Nested
  class Masking {

    @Test
    void secretsAreMaskedToTheirLastFourCharacters() {
      SpanData span =
          record(
              (h, s) -> {
                h.tags.secret(s, stringKey("key"), "sk-abcdefghijklmnop1234");
                h.tags.secret(s, stringKey("builder"), new StringBuilder("my-secret-token-WXYZ"));
                h.tags.secret(s, stringKey("eight"), "abcd5678");
              });
      assertAttribute(span, "key", AttributeType.STRING, "sk-...1234");
      assertAttribute(span, "builder", AttributeType.STRING, "sk-...WXYZ");
      assertAttribute(span, "eight", AttributeType.STRING, "sk-...5678");
    }

    @Test
    void shortSecretsShowNoSuffix() {
      SpanData span =
          record(
              (h, s) -> {
                h.tags.secret(s, stringKey("seven"), "abc1234");
                h.tags.secret(s, stringKey("one"), "x");
                h.tags.secret(s, stringKey("empty"), "");
              });
      assertAttribute(span, "seven", AttributeType.STRING, "sk-...");
      assertAttribute(span, "one", AttributeType.STRING, "sk-...");
      assertAttribute(span, "empty", AttributeType.STRING, "sk-...");
    }

    @Test
    void secretNeverAppearsInTheSpan() {
      String secret = "sk-proj-SECRETSECRETSECRET9876";
      SpanData span = record((h, s) -> h.tags.secret(s, stringKey("key"), secret));
      String recorded = span.getAttributes().get(stringKey("key"));
      assertEquals("sk-...9876", recorded);
      assertTrue(!recorded.contains("SECRET"));
    }

    @Test
    void maskedHelperForArrayElements() {
      assertEquals("sk-...1234", Tags.mask("sk-abcdefghijklmnop1234"));
      assertEquals("sk-...", Tags.mask("short"));
      assertEquals("sk-...wxyz", Tags.mask(new StringBuilder("abcdefghwxyz")));
      SpanData span =
          record(
              (h, s) ->
                  h.tags.strings(
                      s,
                      stringArrayKey("keys"),
                      List.of(Tags.mask("key-one-0001"), Tags.mask("k2"))));
      assertAttribute(span, "keys", AttributeType.STRING_ARRAY, List.of("sk-...0001", "sk-..."));
    }
  }

  @Nested
  class Usage {

    @Test
    void estimatedUsage() {
      SpanData span = record((h, s) -> h.tagUsage(s, 10, 5, true));
      assertAttribute(span, "acme.response.usage.prompt_tokens", AttributeType.LONG, 10L);
      assertAttribute(span, "acme.response.usage.completion_tokens", AttributeType.LONG, 5L);
      assertAttribute(span, "acme.response.usage.total_tokens", AttributeType.LONG, 15L);
      assertAttribute(span, "acme.response.usage.estimated", AttributeType.BOOLEAN, true);
    }

    @Test
    void exactUsageHasNoEstimatedFlag() {
      SpanData span = record((h, s) -> h.tagUsage(s, 100, 0, false));
      assertAttribute(span, "acme.response.usage.prompt_tokens", AttributeType.LONG, 100L);
      assertAttribute(span, "acme.response.usage.completion_tokens", AttributeType.LONG, 0L);
      assertAttribute(span, "acme.response.usage.total_tokens", AttributeType.LONG, 100L);
      assertNoAttribute(span, "acme.response.usage.estimated");
      assertEquals(4, span.getAttributes().size(), () -> span.getAttributes().toString());
    }

    @Test
    void usageKeysFollowTheIntegration() {
      Endpoint endpoint =
          ClientTracing.create(otel.openTelemetry, "openai", TracingSettings.defaults())
              .endpoint("chat", "", "");
      TestHook<String, String> hook = new TestHook<>(endpoint);
      hook.postResponse((h, span, a, r, e) -> h.tagUsage(span, 3, 4, true));

      hook.call("in", arguments -> "out");

      SpanData span = otel.onlySpan();
      assertAttribute(span, "openai.response.usage.prompt_tokens", AttributeType.LONG, 3L);
      assertAttribute(span, "openai.response.usage.completion_tokens", AttributeType.LONG, 4L);
      assertAttribute(span, "openai.response.usage.total_tokens", AttributeType.LONG, 7L);
      assertAttribute(span, "openai.response.usage.estimated", AttributeType.BOOLEAN, true);
      assertEquals(
          longKey("openai.response.usage.prompt_tokens"), hook.usageKey("prompt_tokens"));
      assertEquals(
          longKey("openai.response.usage.completion_tokens"), hook.usageKey("completion_tokens"));
      assertEquals(longKey("openai.response.usage.total_tokens"), hook.usageKey("total_tokens"));
      assertThrows(IllegalArgumentException.class, () -> hook.usageKey("estimated"));
    }

    @Test
    void usageIsRecordedOnlyForTheCallThatReportsIt() {
      TestHook<Boolean, String> hook = new TestHook<>(otel.bareEndpoint(TracingSettings.defaults()));
      hook.postResponse(
          (h, span, withUsage, r, e) -> {
            if (withUsage) {
              h.tagUsage(span, 1, 2, false);
            }
          });

      hook.call(true, a -> "out");
      hook.call(false, a -> "out");

      List<SpanData> spans = otel.spans();
      assertEquals(3, spans.get(0).getAttributes().size());
      assertTrue(spans.get(1).getAttributes().isEmpty());
    }
  }
}
