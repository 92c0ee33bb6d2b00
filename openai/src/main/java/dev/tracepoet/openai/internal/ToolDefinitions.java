package dev.tracepoet.openai.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.core.ObjectMappers;
import dev.tracepoet.runtime.GenAiSettings;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code gen_ai.tool.definitions}: the tools a request offers, in the source system's format as the
 * conventions (v1.41.0) ask — each SDK tool object ({@code ChatCompletionTool}, the Responses {@code
 * Tool} union) serialised by the SDK's own JSON mapper, so every kind of tool (functions, custom
 * tools, web/file search, MCP, ...) appears as the API receives it. Two changes: fields that carry
 * credentials ({@code authorization}, {@code headers} of an MCP tool) are removed, and a tool whose
 * JSON is longer than {@link GenAiSettings#contentPartLimit()} is cut down to its {@code type} and
 * {@code name} with {@code "truncated": true}, so the attribute stays valid JSON and bounded.
 */
final class ToolDefinitions {
  private static final Set<String> SECRET_FIELDS = Set.of("authorization", "headers");

  private ToolDefinitions() {}

  /** The JSON array of {@code tools}; null when there are none. */
  static String of(GenAiSettings settings, List<?> tools, Consumer<Throwable> failures) {
    if (tools == null || tools.isEmpty()) {
      return null;
    }
    JsonMapper mapper = ObjectMappers.jsonMapper();
    ArrayNode array = mapper.createArrayNode();
    for (Object tool : tools) {
      ContentParts.contained(failures, () -> array.add(bounded(mapper, settings.contentPartLimit(), tool)));
    }
    if (array.isEmpty()) {
      return null;
    }
    try {
      return mapper.writeValueAsString(array);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      failures.accept(e);
      return null;
    }
  }

  private static JsonNode bounded(JsonMapper mapper, int limit, Object tool) {
    JsonNode node = mapper.valueToTree(tool);
    if (!(node instanceof ObjectNode)) {
      return node;
    }
    ObjectNode object = (ObjectNode) node;
    object.remove(SECRET_FIELDS);
    if (object.toString().length() <= limit) {
      return object;
    }
    ObjectNode cut = mapper.createObjectNode();
    JsonNode type = object.get("type");
    if (type != null) {
      cut.set("type", type);
    }
    JsonNode name = name(object);
    if (name != null) {
      cut.set("name", name);
    }
    cut.put("truncated", true);
    return cut;
  }

  /** A tool's name: top-level (Responses) or inside {@code function} / {@code custom} (chat). */
  private static JsonNode name(ObjectNode tool) {
    JsonNode name = tool.get("name");
    for (String nested : new String[] {"function", "custom"}) {
      JsonNode inner = tool.get(nested);
      if (name == null && inner != null && inner.get("name") != null) {
        name = inner.get("name");
      }
    }
    return name != null && name.isTextual() && name.textValue().length() <= 256 ? name : null;
  }
}
