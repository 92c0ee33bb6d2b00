package dev.tracepoet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every GenAI key the processor's aliases write is a key of the semantic conventions v1.41.0 (the
 * {@code opentelemetry-semconv-incubating:1.41.0-alpha} constants), with the same attribute type.
 */
class GenAiConventionKeysTest {
  static Map<String, AttributeKey<?>> conventionKeys() throws IllegalAccessException {
    Map<String, AttributeKey<?>> keys = new HashMap<>();
    for (Field field : GenAiIncubatingAttributes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && AttributeKey.class.isAssignableFrom(field.getType())) {
        AttributeKey<?> key = (AttributeKey<?>) field.get(null);
        keys.put(key.getKey(), key);
      }
    }
    return keys;
  }

  @Test
  void everyAliasIsAConventionKeyOfTheSameType() throws Exception {
    Map<String, AttributeKey<?>> conventions = conventionKeys();
    Map<String, String> written = GenAiConventions.keyTypes();
    assertFalse(written.isEmpty());
    for (Map.Entry<String, String> entry : written.entrySet()) {
      AttributeKey<?> convention = conventions.get(entry.getKey());
      assertNotNull(convention, entry.getKey() + " is not in semconv 1.41.0");
      assertEquals(convention.getType().name(), entry.getValue(), entry.getKey());
    }
  }

  /**
   * The keys the generated code writes have the conventions' types whatever the Java type of the
   * value: integral {@code top_k} values (int, Integer, OptionalInt, Optional&lt;Long&gt;) go into the double
   * key {@code gen_ai.request.top_k}, floats into the double keys, ints into the long keys.
   */
  @Test
  void generatedGenAiKeysHaveTheConventionsTypesForEveryJavaType() throws Exception {
    JavaFileObject model = Compilations.source("keys.Model",
        "package keys;",
        "import java.util.*;",
        "public final class Model {",
        "  private Model() {}",
        "  public record A(String model, int topK, float temperature, short maxTokens, Integer seed, long n,",
        "      float topP, Float frequencyPenalty, OptionalDouble presencePenalty, String stop, List<String> encodingFormats,",
        "      String outputType, String conversationId) {}",
        "  public record B(String model, Integer topK, OptionalInt seed, Optional<Double> temperature) {}",
        "  public record C(String model, OptionalInt topK) {}",
        "  public record D(String model, Optional<Long> topK) {}",
        "  public record Choice(String finishReason) {}",
        "  public record Response(String id, String model, List<Choice> choices) {}",
        "}");
    Map<String, String> tags = new java.util.LinkedHashMap<>();
    tags.put("A", "\"model\", \"top_k\", \"temperature\", \"max_tokens\", \"seed\", \"n\", \"top_p\","
        + " \"frequency_penalty\", \"presence_penalty\", \"stop\", \"encoding_formats\", \"output_type\","
        + " \"conversation_id\"");
    tags.put("B", "\"model\", \"top_k\", \"seed\", \"temperature\"");
    tags.put("C", "\"model\", \"top_k\"");
    tags.put("D", "\"model\", \"top_k\"");
    StringBuilder endpoints = new StringBuilder();
    tags.forEach((request, list) -> endpoints
        .append("  @TracedEndpoint(genAiOperation = \"chat\", requestTags = {").append(list)
        .append("}, responseTags = {\"id\", \"model\", \"choices.finish_reason\"})\n")
        .append("  Model.Response call").append(request).append("(Model.").append(request).append(" request);\n"));
    JavaFileObject api = Compilations.source("keys.Api",
        "package keys;",
        "import dev.tracepoet.annotations.*;",
        "@TracedClient(integration = \"acme\", genAiProvider = \"openai\")",
        "public interface Api {",
        endpoints.toString(),
        "}");
    Compilation compilation = Compilations.compile(List.of("-Xlint:all,-processing", "-Werror"), model, api);
    assertThat(compilation).succeededWithoutWarnings();
    String source = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "keys/TracedApi.java")
        .orElseThrow().getCharContent(true).toString();
    Matcher keys = Pattern.compile("AttributeKey\\.(\\w+)Key\\(\"(gen_ai\\.[a-z_.]+)\"\\)").matcher(source);
    Map<String, AttributeKey<?>> conventions = conventionKeys();
    Map<String, Integer> seen = new HashMap<>();
    while (keys.find()) {
      String key = keys.group(2);
      AttributeKey<?> convention = conventions.get(key);
      assertNotNull(convention, key + " is not in semconv 1.41.0");
      String type = keys.group(1).replace("Array", "_ARRAY").toUpperCase(java.util.Locale.ROOT);
      assertEquals(convention.getType().name(), type, key + " in\n" + source);
      seen.merge(key, 1, Integer::sum);
    }
    assertEquals(4, seen.get("gen_ai.request.top_k"), "top_k of every Java type is recorded: " + seen);
    assertEquals(2, seen.get("gen_ai.request.seed"), "seed from int and OptionalInt: " + seen);
    for (String key : List.of("gen_ai.request.temperature", "gen_ai.request.max_tokens", "gen_ai.request.top_p",
        "gen_ai.request.frequency_penalty", "gen_ai.request.presence_penalty", "gen_ai.request.stop_sequences",
        "gen_ai.request.encoding_formats", "gen_ai.output.type", "gen_ai.conversation.id",
        "gen_ai.request.choice.count", "gen_ai.response.id", "gen_ai.response.finish_reasons")) {
      assertNotNull(seen.get(key), key + " is recorded: " + seen);
    }
  }
}
