package dev.tracepoet.runtime;

import static dev.tracepoet.runtime.SpanCollector.assertAttribute;
import static dev.tracepoet.runtime.SpanCollector.assertNoAttribute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Tags}, called directly on a real span. */
class TagsTest {
  private final SpanCollector otel = new SpanCollector();
  private final Tags tags = Tags.withCharacterLimit(8);

  @AfterEach
  void close() {
    otel.close();
  }

  private SpanData record(Consumer<Span> tagging) {
    Span span = otel.openTelemetry.getTracer("test").spanBuilder("s").startSpan();
    tagging.accept(span);
    span.end();
    return otel.onlySpan();
  }

  @Test
  void stringsAreTruncatedAndNullOrEmptyRecordsNothing() {
    AttributeKey<String> key = AttributeKey.stringKey("a.s");
    SpanData span = record(s -> {
      tags.string(s, key, new StringBuilder("abcdefghijk"));
      tags.string(s, AttributeKey.stringKey("a.null"), (CharSequence) null);
      tags.string(s, AttributeKey.stringKey("a.empty"), Optional.empty());
      tags.string(s, AttributeKey.stringKey("a.opt"), Optional.of("xy"));
      tags.string(s, AttributeKey.stringKey("a.nullopt"), (Optional<String>) null);
    });
    assertAttribute(span, "a.s", AttributeType.STRING, "abcdefgh...");
    assertAttribute(span, "a.opt", AttributeType.STRING, "xy");
    assertNoAttribute(span, "a.null");
    assertNoAttribute(span, "a.empty");
    assertNoAttribute(span, "a.nullopt");
  }

  enum Role { USER }

  @Test
  void numbersBooleansEnumsAndObjects() {
    SpanData span = record(s -> {
      tags.longValue(s, AttributeKey.longKey("l.prim"), 3);
      tags.longValue(s, AttributeKey.longKey("l.boxed"), Integer.valueOf(4));
      tags.longValue(s, AttributeKey.longKey("l.null"), (Number) null);
      tags.longValue(s, AttributeKey.longKey("l.oi"), OptionalInt.of(5));
      tags.longValue(s, AttributeKey.longKey("l.oiempty"), OptionalInt.empty());
      tags.longValue(s, AttributeKey.longKey("l.ol"), OptionalLong.of(6));
      tags.longValue(s, AttributeKey.longKey("l.opt"), Optional.of(7L));
      tags.doubleValue(s, AttributeKey.doubleKey("d.prim"), 0.5);
      tags.doubleValue(s, AttributeKey.doubleKey("d.boxed"), Float.valueOf(1.5f));
      tags.doubleValue(s, AttributeKey.doubleKey("d.od"), OptionalDouble.of(2.5));
      tags.doubleValue(s, AttributeKey.doubleKey("d.odempty"), OptionalDouble.empty());
      tags.doubleValue(s, AttributeKey.doubleKey("d.opt"), Optional.of(3.5));
      tags.booleanValue(s, AttributeKey.booleanKey("b.prim"), true);
      tags.booleanValue(s, AttributeKey.booleanKey("b.boxed"), Boolean.FALSE);
      tags.booleanValue(s, AttributeKey.booleanKey("b.null"), (Boolean) null);
      tags.booleanValue(s, AttributeKey.booleanKey("b.opt"), Optional.of(true));
      tags.enumName(s, AttributeKey.stringKey("e"), Role.USER);
      tags.enumName(s, AttributeKey.stringKey("e.opt"), Optional.of(Role.USER));
      tags.object(s, AttributeKey.stringKey("o"), TimeUnit.SECONDS.toString().length());
      tags.object(s, AttributeKey.stringKey("o.opt"), Optional.of(List.of(1)));
      tags.object(s, AttributeKey.stringKey("o.long"), new StringBuilder("0123456789"));
    });
    assertAttribute(span, "l.prim", AttributeType.LONG, 3L);
    assertAttribute(span, "l.boxed", AttributeType.LONG, 4L);
    assertNoAttribute(span, "l.null");
    assertAttribute(span, "l.oi", AttributeType.LONG, 5L);
    assertNoAttribute(span, "l.oiempty");
    assertAttribute(span, "l.ol", AttributeType.LONG, 6L);
    assertAttribute(span, "l.opt", AttributeType.LONG, 7L);
    assertAttribute(span, "d.prim", AttributeType.DOUBLE, 0.5);
    assertAttribute(span, "d.boxed", AttributeType.DOUBLE, 1.5);
    assertAttribute(span, "d.od", AttributeType.DOUBLE, 2.5);
    assertNoAttribute(span, "d.odempty");
    assertAttribute(span, "d.opt", AttributeType.DOUBLE, 3.5);
    assertAttribute(span, "b.prim", AttributeType.BOOLEAN, true);
    assertAttribute(span, "b.boxed", AttributeType.BOOLEAN, false);
    assertNoAttribute(span, "b.null");
    assertAttribute(span, "b.opt", AttributeType.BOOLEAN, true);
    assertAttribute(span, "e", AttributeType.STRING, "USER");
    assertAttribute(span, "e.opt", AttributeType.STRING, "USER");
    assertAttribute(span, "o", AttributeType.STRING, "7");
    assertAttribute(span, "o.opt", AttributeType.STRING, "[1]");
    assertAttribute(span, "o.long", AttributeType.STRING, "01234567...");
  }

  @Test
  void listsSkipNullElements() {
    SpanData span = record(s -> {
      tags.strings(s, AttributeKey.stringArrayKey("s"), Arrays.asList("a", null, "0123456789"));
      tags.longs(s, AttributeKey.longArrayKey("l"), Arrays.asList(1, null, 2L));
      tags.doubles(s, AttributeKey.doubleArrayKey("d"), Arrays.asList(1.5, null));
      tags.booleans(s, AttributeKey.booleanArrayKey("b"), Arrays.asList(true, null));
      tags.strings(s, AttributeKey.stringArrayKey("none"), null);
      tags.secrets(s, AttributeKey.stringArrayKey("keys"), Arrays.asList("sk-abcdefgh9999", null));
    });
    assertAttribute(span, "s", AttributeType.STRING_ARRAY, List.of("a", "01234567..."));
    assertAttribute(span, "l", AttributeType.LONG_ARRAY, List.of(1L, 2L));
    assertAttribute(span, "d", AttributeType.DOUBLE_ARRAY, List.of(1.5));
    assertAttribute(span, "b", AttributeType.BOOLEAN_ARRAY, List.of(true));
    assertAttribute(span, "keys", AttributeType.STRING_ARRAY, List.of("sk-...9999"));
    assertNoAttribute(span, "none");
  }

  @Test
  void secretsAreMasked() {
    SpanData span = record(s -> {
      tags.secret(s, AttributeKey.stringKey("k"), "sk-proj-abcdefgh1234");
      tags.secret(s, AttributeKey.stringKey("short"), "abc");
      tags.secret(s, AttributeKey.stringKey("opt"), Optional.of("sk-proj-zzzzzzzz5678"));
      tags.secret(s, AttributeKey.stringKey("bearer"), "Bearer abcdefghijkl4321");
      tags.string(s, AttributeKey.stringKey("looks"), "sk-proj-abcdefgh1234");
    });
    assertAttribute(span, "k", AttributeType.STRING, "sk-...1234");
    assertAttribute(span, "short", AttributeType.STRING, "sk-...");
    assertAttribute(span, "opt", AttributeType.STRING, "sk-...5678");
    assertAttribute(span, "bearer", AttributeType.STRING, "Bearer ...4321");
    assertAttribute(span, "looks", AttributeType.STRING, "sk-...1234");
  }

  @Test
  void mapsAreFlattenedAndSecretsInThemMasked() {
    Map<String, Object> credentials = new LinkedHashMap<>();
    credentials.put("primary", "sk-proj-primary00001111");
    credentials.put("region", "eu");
    Map<String, Object> headers = new LinkedHashMap<>();
    headers.put("api_key", "plainvalue-without-prefix");
    headers.put("x-api-key", "another-plain-value-2222");
    headers.put("Authorization", "Bearer abcdefghijkl3333");
    headers.put("content-type", "json");
    headers.put("forwarded", "Bearer abcdefghijkl4444");
    headers.put("password", 1234567890L);
    headers.put("max_tokens", 5);
    headers.put("refresh_token", List.of("abcdefghij", "klmnopqrst"));
    headers.put("total_tokens", 12);
    Tags wide = Tags.withCharacterLimit(128);
    SpanData span = record(s -> {
      wide.map(s, "openai.request.vendor_api_key", credentials);
      wide.map(s, "openai.request.headers", headers);
      wide.value(s, "openai.request.nested", Map.of("inner", Map.of("secret", "hidden-value-5555")));
    });
    assertAttribute(span, "openai.request.vendor_api_key.primary", AttributeType.STRING, "sk-...1111");
    assertAttribute(span, "openai.request.vendor_api_key.region", AttributeType.STRING, "sk-...");
    assertAttribute(span, "openai.request.headers.api_key", AttributeType.STRING, "sk-...efix");
    assertAttribute(span, "openai.request.headers.x-api-key", AttributeType.STRING, "sk-...2222");
    assertAttribute(span, "openai.request.headers.Authorization", AttributeType.STRING, "Bearer ...3333");
    assertAttribute(span, "openai.request.headers.forwarded", AttributeType.STRING, "Bearer ...4444");
    assertAttribute(span, "openai.request.headers.password", AttributeType.STRING, "sk-...7890");
    assertAttribute(span, "openai.request.headers.content-type", AttributeType.STRING, "json");
    assertAttribute(span, "openai.request.headers.max_tokens", AttributeType.LONG, 5L);
    assertAttribute(span, "openai.request.headers.total_tokens", AttributeType.LONG, 12L);
    assertAttribute(span, "openai.request.headers.refresh_token", AttributeType.STRING_ARRAY,
        List.of("sk-...ghij", "sk-...qrst"));
    assertAttribute(span, "openai.request.nested.inner.secret", AttributeType.STRING, "sk-...5555");
    assertNoRawSecret(span, List.of("primary00001111", "plainvalue", "another-plain", "abcdefghijkl",
        "1234567890", "hidden-value", "abcdefghij", "klmnopqrst"));
  }

  static void assertNoRawSecret(SpanData span, List<String> secrets) {
    assertFalse(span.getAttributes().isEmpty(), "attributes were recorded");
    span.getAttributes().forEach((key, value) -> {
      for (String secret : secrets) {
        assertFalse(String.valueOf(value).contains(secret), key + " = " + value + " leaks " + secret);
      }
    });
  }

  @Test
  void aThrowingToStringRecordsNothing() {
    Object bad = new Object() {
      @Override
      public String toString() {
        throw new IllegalStateException("boom");
      }
    };
    SpanData span = record(s -> {
      tags.object(s, AttributeKey.stringKey("bad"), bad);
      tags.value(s, "list", new ArrayList<>(List.of(bad, "ok")));
      tags.string(s, AttributeKey.stringKey("after"), "fine");
    });
    assertNoAttribute(span, "bad");
    assertAttribute(span, "list", AttributeType.STRING_ARRAY, List.of("ok"));
    assertAttribute(span, "after", AttributeType.STRING, "fine");
  }

  @Test
  void characterLimitMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> Tags.withCharacterLimit(0));
    assertEquals(8, tags.characterLimit());
    assertTrue(Tags.mask(null) == null);
  }
}
