package dev.tracepoet.benchmarks.check;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A span reduced to what the variants must agree on, as sorted {@code name → value} lines: the span
 * name, kind and status code, every attribute with its type ({@code attr.openai.request.max_tokens
 * = LONG:256}), and every event with its {@code exception.type}/{@code exception.message} (the stack
 * trace only as present/absent, since its frames differ by variant). The Java agent extension
 * ({@code agentext}) writes the same format.
 */
public final class SpanSnapshot {
  private SpanSnapshot() {}

  /** The snapshot of {@code span}. */
  public static Map<String, String> of(SpanData span) {
    Map<String, String> lines = new TreeMap<>();
    lines.put("name", span.getName());
    lines.put("kind", span.getKind().name());
    lines.put("status", span.getStatus().getStatusCode().name());
    span.getAttributes().forEach((key, value) -> lines.put("attr." + key.getKey(), typed(key, value)));
    List<EventData> events = span.getEvents();
    for (int i = 0; i < events.size(); i++) {
      EventData event = events.get(i);
      lines.put("event" + i + ".name", event.getName());
      Attributes attributes = event.getAttributes();
      event(lines, i, attributes, "exception.type");
      event(lines, i, attributes, "exception.message");
      lines.put(
          "event" + i + ".exception.stacktrace",
          attributes.get(AttributeKey.stringKey("exception.stacktrace")) == null ? "absent" : "present");
    }
    return lines;
  }

  private static void event(Map<String, String> lines, int i, Attributes attributes, String key) {
    String value = attributes.get(AttributeKey.stringKey(key));
    if (value != null) {
      lines.put("event" + i + "." + key, value);
    }
  }

  /** {@code TYPE:value}, e.g. {@code DOUBLE:0.7} or {@code STRING_ARRAY:[a, b]}. */
  public static String typed(AttributeKey<?> key, Object value) {
    return key.getType().name() + ":" + value;
  }

  /**
   * The differences between {@code expected} and {@code actual}: missing or different lines, and
   * lines that are not expected and not {@code allowedExtra} (prefixes).
   */
  public static List<String> differences(
      Map<String, String> expected, Map<String, String> actual, List<String> allowedExtra) {
    List<String> differences = new ArrayList<>();
    expected.forEach(
        (key, value) -> {
          String got = actual.get(key);
          if (got == null) {
            differences.add("missing " + key + " = " + value);
          } else if (!got.equals(value)) {
            differences.add(key + ": expected " + value + ", got " + got);
          }
        });
    actual.forEach(
        (key, value) -> {
          if (!expected.containsKey(key) && allowedExtra.stream().noneMatch(key::startsWith)) {
            differences.add("unexpected " + key + " = " + value);
          }
        });
    return differences;
  }

  /** The lines of {@code actual} that are allowed extras (not in {@code expected}). */
  public static List<String> extras(Map<String, String> expected, Map<String, String> actual) {
    List<String> extras = new ArrayList<>();
    actual.forEach(
        (key, value) -> {
          if (!expected.containsKey(key)) {
            extras.add(key + " = " + value);
          }
        });
    return extras;
  }

  /** Parses the {@code key=value} lines the agent extension writes. */
  public static Map<String, String> parse(String text) {
    Map<String, String> lines = new TreeMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        lines.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return lines;
  }
}
