package dev.tracepoet.runtime;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TracingSettingsTest {

  private static final String LIMIT_PROPERTY = "tracepoet.character.limit";
  private static final String LIMIT_ENV = "TRACEPOET_CHARACTER_LIMIT";
  private static final String CAPTURE_PROPERTY = "tracepoet.capture.content";
  private static final String CAPTURE_ENV = "TRACEPOET_CAPTURE_CONTENT";

  private static TracingSettings read(Map<String, String> properties, Map<String, String> env) {
    return TracingSettings.fromSources(properties::get, env::get);
  }

  @Nested
  class Defaults {

    @Test
    void defaultValues() {
      TracingSettings defaults = TracingSettings.defaults();
      assertEquals(128, defaults.characterLimit());
      assertEquals(128, TracingSettings.DEFAULT_CHARACTER_LIMIT);
      assertFalse(defaults.captureContent(), "content capture is off by default");
      assertEquals(defaults, TracingSettings.builder().build());
      assertSame(defaults, TracingSettings.defaults());
    }

    @Test
    void nothingConfiguredGivesTheDefaults() {
      assertEquals(TracingSettings.defaults(), read(Map.of(), Map.of()));
    }
  }

  @Nested
  class Builder {

    @Test
    void buildsWhatItWasGiven() {
      TracingSettings settings =
          TracingSettings.builder().characterLimit(42).captureContent(true).build();
      assertEquals(42, settings.characterLimit());
      assertTrue(settings.captureContent());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rejectsALimitBelowOne(int limit) {
      TracingSettings.Builder builder = TracingSettings.builder().characterLimit(10);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> builder.characterLimit(limit));
      assertTrue(e.getMessage().contains(String.valueOf(limit)), e.getMessage());
      assertEquals(10, builder.build().characterLimit(), "a rejected value changes nothing");
    }

    @Test
    void acceptsOneAndMaxInt() {
      assertEquals(1, TracingSettings.builder().characterLimit(1).build().characterLimit());
      assertEquals(
          Integer.MAX_VALUE,
          TracingSettings.builder().characterLimit(Integer.MAX_VALUE).build().characterLimit());
    }

    @Test
    void builtSettingsAreNotAffectedByLaterBuilderChanges() {
      TracingSettings.Builder builder = TracingSettings.builder().characterLimit(5);
      TracingSettings first = builder.build();
      builder.characterLimit(6).captureContent(true);
      assertEquals(5, first.characterLimit());
      assertFalse(first.captureContent());
    }

    @Test
    void toBuilderRoundTrips() {
      TracingSettings settings =
          TracingSettings.builder().characterLimit(77).captureContent(true).build();
      TracingSettings copy = settings.toBuilder().build();
      assertEquals(settings, copy);
      assertEquals(settings.hashCode(), copy.hashCode());

      TracingSettings changed = settings.toBuilder().characterLimit(78).build();
      assertEquals(78, changed.characterLimit());
      assertTrue(changed.captureContent(), "other values are kept");
      assertEquals(77, settings.characterLimit(), "the original is unchanged");
    }

    @Test
    void equalsAndHashCode() {
      TracingSettings a = TracingSettings.builder().characterLimit(10).captureContent(true).build();
      TracingSettings b = TracingSettings.builder().characterLimit(10).captureContent(true).build();
      TracingSettings otherLimit = a.toBuilder().characterLimit(11).build();
      TracingSettings otherCapture = a.toBuilder().captureContent(false).build();

      assertEquals(a, b);
      assertEquals(b, a);
      assertEquals(a, a);
      assertEquals(a.hashCode(), b.hashCode());
      assertNotEquals(a, otherLimit);
      assertNotEquals(a, otherCapture);
      assertNotEquals(a.hashCode(), otherLimit.hashCode());
      assertNotEquals(a, null);
      assertNotEquals(a, "TracingSettings");
    }

    @Test
    void toStringShowsTheValues() {
      String settings =
          TracingSettings.builder().characterLimit(33).captureContent(true).build().toString();
      assertTrue(settings.contains("33"), settings);
      assertTrue(settings.contains("true"), settings);
    }
  }

  @Nested
  class FromSources {

    @Test
    void readsSystemProperties() {
      TracingSettings settings =
          read(Map.of(LIMIT_PROPERTY, "64", CAPTURE_PROPERTY, "true"), Map.of());
      assertEquals(64, settings.characterLimit());
      assertTrue(settings.captureContent());
    }

    @Test
    void readsEnvironmentVariables() {
      TracingSettings settings = read(Map.of(), Map.of(LIMIT_ENV, "256", CAPTURE_ENV, "true"));
      assertEquals(256, settings.characterLimit());
      assertTrue(settings.captureContent());
    }

    @Test
    void propertyWinsOverEnvironment() {
      TracingSettings settings =
          read(
              Map.of(LIMIT_PROPERTY, "10", CAPTURE_PROPERTY, "false"),
              Map.of(LIMIT_ENV, "20", CAPTURE_ENV, "true"));
      assertEquals(10, settings.characterLimit());
      assertFalse(settings.captureContent());
    }

    @Test
    void eachSettingFallsBackIndependently() {
      TracingSettings settings =
          read(Map.of(LIMIT_PROPERTY, "10"), Map.of(LIMIT_ENV, "20", CAPTURE_ENV, "true"));
      assertEquals(10, settings.characterLimit());
      assertTrue(settings.captureContent());
    }

    @Test
    void maxRetainedElementsComesFromThePropertyOrTheEnvironment() {
      assertEquals(5, read(Map.of("tracepoet.max.retained.elements", "5"), Map.of()).maxRetainedElements());
      assertEquals(7, read(Map.of(), Map.of("TRACEPOET_MAX_RETAINED_ELEMENTS", " 7 ")).maxRetainedElements());
      assertEquals(TracingSettings.DEFAULT_MAX_RETAINED_ELEMENTS,
          read(Map.of(), Map.of("TRACEPOET_MAX_RETAINED_ELEMENTS", "-1")).maxRetainedElements(), "invalid: ignored");
      assertEquals(TracingSettings.DEFAULT_MAX_RETAINED_ELEMENTS,
          read(Map.of(), Map.of("TRACEPOET_MAX_RETAINED_ELEMENTS", "many")).maxRetainedElements(), "unparsable: ignored");
    }

    @Test
    void looksUpExactlyTheDocumentedNames() {
      List<String> propertyLookups = new ArrayList<>();
      List<String> envLookups = new ArrayList<>();
      Function<String, String> properties =
          name -> {
            propertyLookups.add(name);
            return null;
          };
      Function<String, String> env =
          name -> {
            envLookups.add(name);
            return null;
          };

      assertEquals(TracingSettings.defaults(), TracingSettings.fromSources(properties, env));

      assertTrue(propertyLookups.contains(LIMIT_PROPERTY), propertyLookups.toString());
      assertTrue(propertyLookups.contains(CAPTURE_PROPERTY), propertyLookups.toString());
      assertTrue(envLookups.contains(LIMIT_ENV), envLookups.toString());
      assertTrue(envLookups.contains(CAPTURE_ENV), envLookups.toString());
    }

    @Test
    void valuesAreTrimmedAndBooleansAreCaseInsensitive() {
      TracingSettings settings =
          read(Map.of(LIMIT_PROPERTY, "  42 "), Map.of(CAPTURE_ENV, " TRUE "));
      assertEquals(42, settings.characterLimit());
      assertTrue(settings.captureContent());
      assertFalse(read(Map.of(CAPTURE_PROPERTY, "False"), Map.of()).captureContent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-5", "12.5", "99999999999", "1e3", "", "   "})
    void unparsableLimitsAreIgnored(String value) {
      TracingSettings fromProperty = read(Map.of(LIMIT_PROPERTY, value), Map.of());
      TracingSettings fromEnv = read(Map.of(), Map.of(LIMIT_ENV, value));
      assertEquals(TracingSettings.DEFAULT_CHARACTER_LIMIT, fromProperty.characterLimit());
      assertEquals(TracingSettings.DEFAULT_CHARACTER_LIMIT, fromEnv.characterLimit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "on", "tru", "enabled"})
    void unparsableBooleansAreIgnored(String value) {
      assertFalse(read(Map.of(CAPTURE_PROPERTY, value), Map.of()).captureContent());
      assertFalse(read(Map.of(), Map.of(CAPTURE_ENV, value)).captureContent());
    }

    @Test
    void anUnparsableValueDoesNotDiscardTheOtherSetting() {
      TracingSettings settings =
          read(Map.of(LIMIT_PROPERTY, "lots", CAPTURE_PROPERTY, "true"), Map.of());
      assertEquals(128, settings.characterLimit());
      assertTrue(settings.captureContent());
      TracingSettings other = read(Map.of(LIMIT_PROPERTY, "12", CAPTURE_PROPERTY, "maybe"), Map.of());
      assertEquals(12, other.characterLimit());
      assertFalse(other.captureContent());
    }

    @Test
    void fromEnvironmentReadsSystemProperties() {
      String previousLimit = System.getProperty(LIMIT_PROPERTY);
      String previousCapture = System.getProperty(CAPTURE_PROPERTY);
      try {
        System.setProperty(LIMIT_PROPERTY, "77");
        System.setProperty(CAPTURE_PROPERTY, "true");
        TracingSettings settings = TracingSettings.fromEnvironment();
        assertEquals(77, settings.characterLimit());
        assertTrue(settings.captureContent());

        System.setProperty(LIMIT_PROPERTY, "not a number");
        System.setProperty(CAPTURE_PROPERTY, "not a boolean");
        TracingSettings ignored = TracingSettings.fromEnvironment(); // never throws
        assertTrue(ignored.characterLimit() >= 1);
      } finally {
        restore(LIMIT_PROPERTY, previousLimit);
        restore(CAPTURE_PROPERTY, previousCapture);
      }
    }

    private void restore(String name, String value) {
      if (value == null) {
        System.clearProperty(name);
      } else {
        System.setProperty(name, value);
      }
    }

    @Test
    void settingsReadFromSourcesAreUsedByHooks() {
      try (SpanCollector otel = new SpanCollector()) {
        TracingSettings settings = read(Map.of(LIMIT_PROPERTY, "4"), new HashMap<>());
        TestHook<String, String> hook = new TestHook<>(otel.bareEndpoint(settings));
        hook.recordRequest(
            (h, span, a) -> h.tags.string(span, stringKey("t"), a));
        hook.call("abcdefg", a -> "out");
        assertEquals(
            "abcd...",
            otel.onlySpan().getAttributes().get(stringKey("t")));
      }
    }
  }
}
