package dev.tracepoet.openai.snapshots;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A readable, stable rendering of finished spans for snapshot files: name, kind, status, the
 * attributes sorted by key (typed: strings quoted, arrays in brackets), then the events with their
 * attributes. What varies from run to run is normalized: the fixture server's port, request ids,
 * stack traces, timings.
 */
final class SpanRendering {
  private static final Pattern PORT = Pattern.compile("(127\\.0\\.0\\.1|localhost):\\d+");
  private static final Pattern REQUEST_ID = Pattern.compile("req_fixture_\\d+");

  private SpanRendering() {}

  static String render(List<SpanData> spans) {
    StringBuilder out = new StringBuilder();
    for (SpanData span : spans) {
      out.append("span ").append(span.getName()).append('\n');
      out.append("  kind: ").append(span.getKind()).append('\n');
      out.append("  status: ").append(span.getStatus().getStatusCode());
      if (!span.getStatus().getDescription().isEmpty()) {
        out.append(" \"").append(normalize(span.getStatus().getDescription())).append('"');
      }
      out.append('\n');
      out.append("  attributes:\n");
      attributes(out, span.getAttributes(), "    ");
      if (!span.getEvents().isEmpty()) {
        out.append("  events:\n");
        for (EventData event : span.getEvents()) {
          out.append("    ").append(event.getName()).append('\n');
          attributes(out, event.getAttributes(), "      ");
        }
      }
    }
    return out.toString();
  }

  /** The attribute keys of a rendering, in order (for the README table). */
  static List<String> attributeKeys(String rendering) {
    return rendering.lines()
        .takeWhile(line -> !line.equals("  events:"))
        .filter(line -> line.startsWith("    ") && line.contains(" = "))
        .map(line -> line.trim().substring(0, line.trim().indexOf(" = ")))
        .toList();
  }

  private static void attributes(StringBuilder out, Attributes attributes, String indent) {
    Map<String, String> sorted = new TreeMap<>();
    attributes.forEach((key, value) -> sorted.put(key.getKey(), value(key, value)));
    sorted.forEach((key, value) -> out.append(indent).append(key).append(" = ").append(value).append('\n'));
  }

  private static String value(AttributeKey<?> key, Object value) {
    String name = key.getKey();
    if (name.equals("server.port")) {
      return "<port>";
    }
    if (name.equals("exception.stacktrace")) {
      return "<stacktrace>";
    }
    if (name.contains("time_to_") || name.endsWith("duration_ms")) {
      return "<duration>";
    }
    if (value instanceof List<?> list) {
      return list.stream().map(SpanRendering::scalar).toList().toString();
    }
    return scalar(value);
  }

  private static String scalar(Object value) {
    return value instanceof String s ? "\"" + normalize(s) + "\"" : String.valueOf(value);
  }

  private static String normalize(String text) {
    String out = PORT.matcher(text).replaceAll("$1:<port>");
    return REQUEST_ID.matcher(out).replaceAll("req_fixture_<n>").replace("\n", "\\n");
  }
}
