package dev.tracepoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code gen_ai.tool.definitions} in the conventions' shape, parsed with Jackson. */
class GenAiToolDefinitionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  enum Kind { STRING }

  @Test
  void writesTypeNameDescriptionAndParametersFromJavaValues() throws Exception {
    Map<String, Object> city = new LinkedHashMap<>();
    city.put("type", Kind.STRING);
    city.put("description", "the \"city\"\n");
    city.put("maxLength", 64);
    city.put("nullable", false);
    city.put("default", null);
    city.put("examples", new Object[] {"Paris", 1.5, Optional.of("Lyon"), Optional.empty()});
    Map<String, Object> parameters = Map.of("type", "object", "properties", Map.of("city", city),
        "required", List.of("city"));
    GenAiToolDefinitions tools = GenAiToolDefinitions.create(GenAiSettings.defaults());
    assertTrue(tools.isEmpty());
    String json = tools
        .function("get_weather", "The weather", parameters)
        .tool("web_search", "search", null, null)
        .tool(null, null, "no name: skipped", null)
        .toJson();
    assertFalse(tools.isEmpty());
    JsonNode array = JSON.readTree(json);
    assertEquals(2, array.size());
    JsonNode weather = array.get(0);
    assertEquals("function", weather.get("type").asText());
    assertEquals("get_weather", weather.get("name").asText());
    assertEquals("The weather", weather.get("description").asText());
    JsonNode schema = weather.get("parameters").get("properties").get("city");
    assertEquals("STRING", schema.get("type").asText());
    assertEquals("the \"city\"\n", schema.get("description").asText());
    assertEquals(64, schema.get("maxLength").asInt());
    assertFalse(schema.get("nullable").asBoolean());
    assertTrue(schema.get("default").isNull());
    assertEquals("[\"Paris\",1.5,\"Lyon\",null]", schema.get("examples").toString());
    assertEquals("city", weather.get("parameters").get("required").get(0).asText());
    assertEquals("web_search", array.get(1).get("type").asText());
    assertFalse(array.get(1).has("description"));
    assertFalse(array.get(1).has("parameters"));
  }

  @Test
  void redactsDescriptionsAndSchemaStringsAndCutsLongToolsToTheirName() throws Exception {
    GenAiSettings settings = GenAiSettings.builder().contentPartLimit(120)
        .redactor(text -> text.replace("s3cret", "***")).build();
    String json = GenAiToolDefinitions.create(settings)
        .function("lookup", "uses s3cret", Map.of("default", "s3cret"))
        .function("huge", "x".repeat(500), null)
        .toJson();
    JsonNode array = JSON.readTree(json);
    assertEquals("uses ***", array.get(0).get("description").asText());
    assertEquals("***", array.get(0).get("parameters").get("default").asText());
    JsonNode huge = array.get(1);
    assertEquals("huge", huge.get("name").asText());
    assertEquals("function", huge.get("type").asText());
    assertTrue(huge.get("truncated").asBoolean());
    assertFalse(huge.has("description"));
  }

  @Test
  void deeplyNestedOrSelfContainingValuesStayBounded() throws Exception {
    List<Object> loop = new java.util.ArrayList<>();
    loop.add(loop);
    String json = GenAiToolDefinitions.create(GenAiSettings.defaults()).function("loop", null, loop).toJson();
    assertEquals("loop", JSON.readTree(json).get(0).get("name").asText());
  }
}
