package dev.tracepoet.runtime;

import java.util.function.UnaryOperator;

/**
 * Builds the JSON of the GenAI semantic conventions' (v1.41.0) {@code gen_ai.tool.definitions}:
 * an array of the tools a request offers the model, each {@code {"type", "name", "description",
 * "parameters"}}. Hooks and SDK modules write it from their own types; the {@code
 * toolDefinitions} wiring of {@code @TracedEndpoint} writes it from a path:
 *
 * <pre>{@code
 * String json = GenAiToolDefinitions.create(settings.genAi())
 *     .function("get_weather", "The weather in a city",
 *         Map.of("type", "object", "properties", Map.of("city", Map.of("type", "string"))))
 *     .toJson();
 * span.setAttribute(TracepoetAttributes.GEN_AI_TOOL_DEFINITIONS, json);
 * }</pre>
 *
 * <p>{@code parameters} (the JSON schema of the arguments) is written from Java values: maps as
 * objects, collections and arrays as arrays, numbers and booleans as themselves, {@code Optional}s
 * by their value, anything else — a {@code String} too — as a JSON string of its {@code toString()}
 * (a schema held as JSON text is therefore recorded as a string, not parsed). The description and
 * every string inside the parameters go through the {@link GenAiSettings#redactor()}; a tool whose
 * JSON is longer than {@link GenAiSettings#contentPartLimit()} characters is written as its type and
 * name only, with {@code "truncated": true}, so the JSON stays valid and bounded. Not thread-safe.
 */
public final class GenAiToolDefinitions {
  private final StringBuilder json = new StringBuilder(128).append('[');
  private final StringBuilder tool = new StringBuilder(64);
  private final int partLimit;
  private final UnaryOperator<String> redactor;
  private int tools;

  private GenAiToolDefinitions(GenAiSettings settings) {
    this.partLimit = settings.contentPartLimit();
    this.redactor = settings.redactor();
  }

  /** A builder following {@code settings} (part limit, redactor). */
  public static GenAiToolDefinitions create(GenAiSettings settings) {
    return new GenAiToolDefinitions(settings);
  }

  /** A function tool ({@code "type": "function"}); see {@link #tool}. */
  public GenAiToolDefinitions function(String name, CharSequence description, Object parameters) {
    return tool("function", name, description, parameters);
  }

  /**
   * A tool of {@code type} (null: {@code function}) named {@code name}; {@code description} and
   * {@code parameters} may be null (then not written). A null name writes nothing.
   */
  public GenAiToolDefinitions tool(String type, String name, CharSequence description, Object parameters) {
    if (name == null) {
      return this;
    }
    String kind = type == null || type.isEmpty() ? "function" : type;
    tool.setLength(0);
    tool.append("{\"type\":");
    JsonText.string(tool, kind);
    tool.append(",\"name\":");
    JsonText.string(tool, name);
    if (description != null) {
      String text = description.toString();
      if (redactor != null) {
        text = redactor.apply(text);
      }
      tool.append(",\"description\":");
      JsonText.string(tool, text == null ? "" : text);
    }
    if (parameters != null) {
      tool.append(",\"parameters\":");
      JsonText.value(tool, parameters, redactor);
    }
    tool.append('}');
    if (tool.length() > partLimit) {
      tool.setLength(0);
      tool.append("{\"type\":");
      JsonText.string(tool, kind);
      tool.append(",\"name\":");
      JsonText.string(tool, name.length() > partLimit ? name.substring(0, partLimit) : name);
      tool.append(",\"truncated\":true}");
    }
    if (tools++ > 0) {
      json.append(',');
    }
    json.append(tool);
    return this;
  }

  /** Whether no tool was added. */
  public boolean isEmpty() {
    return tools == 0;
  }

  /** The JSON array. */
  public String toJson() {
    return json.toString() + ']';
  }
}
