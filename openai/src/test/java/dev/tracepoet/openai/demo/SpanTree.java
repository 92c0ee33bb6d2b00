package dev.tracepoet.openai.demo;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Renders finished spans as an indented tree with their attributes, for humans. */
public final class SpanTree {
  private SpanTree() {}

  /** The spans as a tree: roots first (by start time), children indented under their parents. */
  public static String render(List<SpanData> spans) {
    Map<String, List<SpanData>> children = new LinkedHashMap<>();
    List<SpanData> roots = new ArrayList<>();
    Map<String, SpanData> byId = new LinkedHashMap<>();
    spans.forEach(span -> byId.put(span.getSpanId(), span));
    List<SpanData> ordered = new ArrayList<>(spans);
    ordered.sort(Comparator.comparingLong(SpanData::getStartEpochNanos));
    for (SpanData span : ordered) {
      if (byId.containsKey(span.getParentSpanId())) {
        children.computeIfAbsent(span.getParentSpanId(), id -> new ArrayList<>()).add(span);
      } else {
        roots.add(span);
      }
    }
    StringBuilder out = new StringBuilder();
    for (SpanData root : roots) {
      render(root, children, "", out);
    }
    return out.toString();
  }

  private static void render(SpanData span, Map<String, List<SpanData>> children, String indent, StringBuilder out) {
    long micros = (span.getEndEpochNanos() - span.getStartEpochNanos()) / 1_000;
    out.append(indent)
        .append("● ")
        .append(span.getName())
        .append("  [")
        .append(span.getKind())
        .append(", ")
        .append(span.getStatus().getStatusCode())
        .append(", ")
        .append(micros)
        .append(" µs]\n");
    Map<String, Object> attributes = new TreeMap<>();
    span.getAttributes().forEach((AttributeKey<?> key, Object value) -> attributes.put(key.getKey(), value));
    attributes.forEach(
        (key, value) -> out.append(indent).append("    ").append(key).append(" = ").append(format(value)).append('\n'));
    span.getEvents()
        .forEach(event -> out.append(indent).append("    event: ").append(event.getName()).append(' ')
            .append(event.getAttributes().get(AttributeKey.stringKey("exception.message"))).append('\n'));
    for (SpanData child : children.getOrDefault(span.getSpanId(), List.of())) {
      render(child, children, indent + "  ", out);
    }
  }

  private static String format(Object value) {
    return value instanceof String ? '"' + value.toString().replace("\n", "\\n") + '"' : String.valueOf(value);
  }
}
