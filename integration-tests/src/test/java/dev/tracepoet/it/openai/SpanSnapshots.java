package dev.tracepoet.it.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Serialises exported spans to deterministic JSON and compares it with a committed snapshot under
 * {@code src/test/resources/snapshots/openai/}.
 *
 * <p>Deterministic means: trace and span ids are replaced by {@code trace-1}, {@code span-1}, ... in
 * order of appearance; start/end times and the resource are dropped; attributes are sorted by key
 * and show their type ({@code {"type": "long", "value": 30}}); an exception event keeps its type and
 * message but not its stack trace.
 *
 * <p>Run with {@code -Dsnapshots.update=true} (passed to the tests by surefire) to rewrite the
 * snapshots instead of comparing; review the diff before committing it. A mismatch also writes the
 * actual JSON to {@code target/snapshots-actual/} for diffing.
 */
final class SpanSnapshots {
  /** Event attributes that differ between runs. */
  private static final Set<String> DROPPED_EVENT_ATTRIBUTES = Set.of("exception.stacktrace");

  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private SpanSnapshots() {}

  /** Whether {@code -Dsnapshots.update=true} was given. */
  static boolean updating() {
    return "true".equalsIgnoreCase(System.getProperty("snapshots.update", "").trim());
  }

  /** The module directory (surefire sets {@code basedir}; the working directory otherwise). */
  private static Path moduleDir() {
    return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  }

  /** Compares (or, when updating, writes) the snapshot {@code openai/<name>.json}. */
  static void assertMatchesSnapshot(String name, List<SpanData> spans) {
    String actual = toJson(spans);
    Path file = moduleDir().resolve("src/test/resources/snapshots/openai/" + name + ".json");
    try {
      if (updating()) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail("no snapshot " + file + "; run the tests with -Dsnapshots.update=true to create it");
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
      if (!expected.equals(actual)) {
        Path dump = moduleDir().resolve("target/snapshots-actual/openai/" + name + ".json");
        Files.createDirectories(dump.getParent());
        Files.writeString(dump, actual, StandardCharsets.UTF_8);
      }
      assertEquals(
          expected,
          actual,
          () -> "spans differ from snapshot " + file + " (actual written to target/snapshots-actual/; "
              + "run with -Dsnapshots.update=true to accept the change)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The deterministic JSON of {@code spans}, in the order given, ending with a newline. */
  static String toJson(List<SpanData> spans) {
    Map<String, String> traceIds = new HashMap<>();
    Map<String, String> spanIds = new HashMap<>();
    for (SpanData span : spans) {
      traceIds.computeIfAbsent(span.getTraceId(), id -> "trace-" + (traceIds.size() + 1));
      spanIds.computeIfAbsent(span.getSpanId(), id -> "span-" + (spanIds.size() + 1));
    }
    List<Object> out = new ArrayList<>();
    for (SpanData span : spans) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("name", span.getName());
      json.put("kind", span.getKind().name());
      json.put("scope", span.getInstrumentationScopeInfo().getName());
      json.put("traceId", traceIds.get(span.getTraceId()));
      json.put("spanId", spanIds.get(span.getSpanId()));
      json.put(
          "parentSpanId",
          span.getParentSpanContext().isValid()
              ? spanIds.getOrDefault(span.getParentSpanId(), "external")
              : null);
      Map<String, Object> status = new LinkedHashMap<>();
      status.put("code", span.getStatus().getStatusCode().name());
      status.put("description", span.getStatus().getDescription());
      json.put("status", status);
      json.put("ended", span.hasEnded());
      json.put("attributes", attributes(span.getAttributes(), Set.of()));
      List<Object> events = new ArrayList<>();
      for (EventData event : span.getEvents()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", event.getName());
        e.put("attributes", attributes(event.getAttributes(), DROPPED_EVENT_ATTRIBUTES));
        events.add(e);
      }
      json.put("events", events);
      out.add(json);
    }
    try {
      return WRITER.writeValueAsString(Map.of("spans", out)) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> attributes(Attributes attributes, Set<String> dropped) {
    Map<String, Object> sorted = new TreeMap<>();
    attributes.forEach(
        (AttributeKey<?> key, Object value) -> {
          if (!dropped.contains(key.getKey())) {
            Map<String, Object> typed = new LinkedHashMap<>();
            typed.put("type", key.getType().name().toLowerCase(Locale.ROOT));
            typed.put("value", value);
            sorted.put(key.getKey(), typed);
          }
        });
    return sorted;
  }
}
