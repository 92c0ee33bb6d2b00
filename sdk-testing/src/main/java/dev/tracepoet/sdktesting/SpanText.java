package dev.tracepoet.sdktesting;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finished spans rendered as stable text for snapshot files: per span its name, kind and status,
 * its attributes sorted by key, then its events with their attributes. What varies from run to run
 * is masked (attributes whose key matches: a placeholder instead of the value) or rewritten
 * (patterns replaced in string values, e.g. the fixture server's port inside a URL).
 *
 * <p>The two SDK modules' snapshot files differ in layout ({@link Layout#BLOCK} for OpenAI, {@link
 * Layout#INLINE} for Anthropic), in whether strings are quoted, and in what they mask; each module
 * configures one instance, and the files stay as they were written.
 *
 * <pre>{@code
 * SpanText text = SpanText.builder(Layout.INLINE)
 *     .inStartOrder()
 *     .mask(key -> key.equals("server.port"), "<volatile>")
 *     .build();
 * String rendering = text.render(exporter.getFinishedSpanItems());
 * }</pre>
 */
public final class SpanText {

  /** How a span's lines are laid out. */
  public enum Layout {
    /**
     * {@code span <name>}, then {@code kind:}, {@code status:} (with the description, quoted, when
     * there is one) and {@code attributes:} lines, and an {@code events:} block when there are
     * events.
     */
    BLOCK,
    /**
     * {@code span <name> (<kind>, <status code>)}, the attributes indented below it, then one
     * {@code event <name>} line per event with its attributes below.
     */
    INLINE
  }

  private record Mask(Predicate<String> key, String placeholder) {}

  private record Replacement(Pattern pattern, String replacement) {}

  private final Layout layout;
  private final boolean quoteStrings;
  private final boolean inStartOrder;
  private final List<Mask> masks;
  private final List<Replacement> replacements;

  private SpanText(Builder builder) {
    this.layout = builder.layout;
    this.quoteStrings = builder.quoteStrings;
    this.inStartOrder = builder.inStartOrder;
    this.masks = List.copyOf(builder.masks);
    this.replacements = List.copyOf(builder.replacements);
  }

  /** A renderer to configure, with {@code layout}. */
  public static Builder builder(Layout layout) {
    return new Builder(layout);
  }

  /** The text of {@code spans}: in the order given, or in the order they started. */
  public String render(List<SpanData> spans) {
    List<SpanData> ordered = spans;
    if (inStartOrder) {
      ordered = new ArrayList<>(spans);
      ordered.sort(Comparator.comparingLong(SpanData::getStartEpochNanos));
    }
    StringBuilder out = new StringBuilder();
    for (SpanData span : ordered) {
      if (layout == Layout.BLOCK) {
        block(out, span);
      } else {
        inline(out, span);
      }
    }
    return out.toString();
  }

  private void block(StringBuilder out, SpanData span) {
    out.append("span ").append(span.getName()).append('\n');
    out.append("  kind: ").append(span.getKind()).append('\n');
    out.append("  status: ").append(span.getStatus().getStatusCode());
    if (!span.getStatus().getDescription().isEmpty()) {
      out.append(' ').append(quoted(span.getStatus().getDescription()));
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

  private void inline(StringBuilder out, SpanData span) {
    out.append("span ").append(span.getName()).append(" (").append(span.getKind()).append(", ")
        .append(span.getStatus().getStatusCode()).append(")\n");
    attributes(out, span.getAttributes(), "  ");
    for (EventData event : span.getEvents()) {
      out.append("  event ").append(event.getName()).append('\n');
      attributes(out, event.getAttributes(), "    ");
    }
  }

  private void attributes(StringBuilder out, Attributes attributes, String indent) {
    Map<String, String> sorted = new TreeMap<>();
    attributes.forEach((key, value) -> sorted.put(key.getKey(), value(key.getKey(), value)));
    sorted.forEach((key, value) -> out.append(indent).append(key).append(" = ").append(value).append('\n'));
  }

  private String value(String key, Object value) {
    for (Mask mask : masks) {
      if (mask.key().test(key)) {
        return mask.placeholder();
      }
    }
    if (value instanceof List<?> list) {
      return list.stream().map(this::scalar).toList().toString();
    }
    return scalar(value);
  }

  private String scalar(Object value) {
    if (!(value instanceof String text)) {
      return String.valueOf(value);
    }
    return quoteStrings ? quoted(text) : rewritten(text);
  }

  /** {@code "text"}, rewritten, line breaks as {@code \n}. */
  private String quoted(String text) {
    return '"' + rewritten(text).replace("\n", "\\n") + '"';
  }

  private String rewritten(String text) {
    String out = text;
    for (Replacement replacement : replacements) {
      out = replacement.pattern().matcher(out).replaceAll(replacement.replacement());
    }
    return out;
  }

  /** Configures a {@link SpanText}; by default strings are not quoted, spans keep their order. */
  public static final class Builder {
    private final Layout layout;
    private boolean quoteStrings;
    private boolean inStartOrder;
    private final List<Mask> masks = new ArrayList<>();
    private final List<Replacement> replacements = new ArrayList<>();

    private Builder(Layout layout) {
      this.layout = Objects.requireNonNull(layout, "layout");
    }

    /**
     * Strings (attribute values, list elements, the status description) in double quotes, their
     * line breaks written {@code \n}; unquoted, a string is written as it is.
     */
    public Builder quoteStrings() {
      this.quoteStrings = true;
      return this;
    }

    /** Spans sorted by start time (a stable sort) instead of the order given. */
    public Builder inStartOrder() {
      this.inStartOrder = true;
      return this;
    }

    /** Attributes whose key matches {@code key} show {@code placeholder}; the first matching mask wins. */
    public Builder mask(Predicate<String> key, String placeholder) {
      masks.add(new Mask(Objects.requireNonNull(key, "key"), Objects.requireNonNull(placeholder, "placeholder")));
      return this;
    }

    /**
     * In every string value (and the status description), {@code pattern} is replaced by {@code
     * replacement} ({@link java.util.regex.Matcher#replaceAll(String)} syntax); replacements apply
     * in the order added.
     */
    public Builder replace(Pattern pattern, String replacement) {
      replacements.add(new Replacement(Objects.requireNonNull(pattern, "pattern"), Objects.requireNonNull(replacement)));
      return this;
    }

    /** The renderer. */
    public SpanText build() {
      return new SpanText(this);
    }
  }
}
