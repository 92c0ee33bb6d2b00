package dev.tracepoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tracepoet.processor.TracedClientErrorsTest.assertNoCrash;
import static dev.tracepoet.processor.TracedClientErrorsTest.assertSingleError;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** {@code systemInstructions} and {@code toolDefinitions}: generated code and diagnostics. */
class GenAiContentWiringTest {
  private static final JavaFileObject MODEL =
      Compilations.source(
          "genai.Model",
          "package genai;",
          "import java.util.*;",
          "public final class Model {",
          "  private Model() {}",
          "  public enum Kind { FUNCTION, WEB_SEARCH }",
          "  public record Tool(Kind type, String name, Optional<String> description, Map<String, Object> parameters) {}",
          "  public static final class Named { public String getName() { return \"n\"; } }",
          "  public record NoName(String title) {}",
          "  public static final class ToolList extends ArrayList<Tool> {",
          "    private static final long serialVersionUID = 1L;",
          "    public String name() { return \"the list\"; }",
          "  }",
          "  public record Request(String model, String system, List<String> rules, List<Tool> tools, Tool[] toolArray,",
          "      List<String> toolNames, List<Named> named, List<NoName> unnamed, int count, List<List<Tool>> nested,",
          "      Tool single, ToolList toolList) {}",
          "  public record Response(String id) {}",
          "}");

  private static JavaFileObject api(String provider, String... endpoint) {
    String[] head = {
      "package genai;",
      "import dev.tracepoet.annotations.*;",
      "@TracedClient(integration = \"acme\"" + provider + ")",
      "public interface ChatApi {",
    };
    String[] lines = new String[head.length + endpoint.length + 1];
    System.arraycopy(head, 0, lines, 0, head.length);
    System.arraycopy(endpoint, 0, lines, head.length, endpoint.length);
    lines[lines.length - 1] = "}";
    return Compilations.source("genai.ChatApi", lines);
  }

  private static String generated(Compilation compilation) throws IOException {
    return compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "genai/TracedChatApi.java")
        .orElseThrow().getCharContent(true).toString();
  }

  @Test
  void generatesInstructionsAndToolLoopsWithoutWarnings() throws IOException {
    JavaFileObject api = api(", genAiProvider = \"openai\"",
        "  @TracedEndpoint(genAiOperation = \"chat\", systemInstructions = \"system\", toolDefinitions = \"tools\")",
        "  Model.Response chat(Model.Request request);",
        "  @TracedEndpoint(genAiOperation = \"chat\", systemInstructions = \"request.rules\",",
        "      toolDefinitions = \"request.toolArray\")",
        "  Model.Response chat2(Model.Request request, int attempt);",
        "  @TracedEndpoint(genAiOperation = \"chat\", toolDefinitions = \"toolNames\")",
        "  Model.Response chat3(Model.Request request);",
        "  @TracedEndpoint(genAiOperation = \"chat\", toolDefinitions = \"named\")",
        "  Model.Response chat4(Model.Request request);");
    Compilation compilation = Compilations.compile(List.of("-Xlint:all,-processing", "-Werror"), MODEL, api);
    assertThat(compilation).succeededWithoutWarnings();
    String source = generated(compilation);
    for (String expected : List.of(
        "protected Object systemInstructionsSource(Model.Request arguments)",
        "protected void toolDefinitions(GenAiToolDefinitions tools, Model.Request arguments)",
        "toolDefinition(tools, tool.type(), tool.name(), tool.description(), tool.parameters());",
        "toolDefinition(tools, null, tool, null, null);",
        "toolDefinition(tools, null, tool.getName(), null, null);",
        "arguments.request")) {
      assertTrue(source.contains(expected), () -> "missing <" + expected + "> in\n" + source);
    }
  }

  @Test
  void contentWiringWithoutAGenAiOperationIsAnError() {
    JavaFileObject api = api("",
        "  @TracedEndpoint(",
        "      systemInstructions = \"system\")",
        "  Model.Response chat(Model.Request request);");
    Compilation compilation = Compilations.compile(MODEL, api);
    assertNoCrash(compilation);
    assertSingleError(compilation, "GenAiContentWithoutOperation", api, "systemInstructions = \"system\"",
        "systemInstructions = \"system\" has no effect", "ChatApi.chat(Request) is not a GenAI operation",
        "gen_ai.system_instructions", "Add genAiOperation");
  }

  @Test
  void toolDefinitionsWithoutAGenAiOperationIsAnError() {
    JavaFileObject api = api(", genAiProvider = \"openai\"",
        "  @TracedEndpoint(",
        "      toolDefinitions = \"tools\")",
        "  Model.Response chat(Model.Request request);");
    assertSingleError(Compilations.compile(MODEL, api), "GenAiContentWithoutOperation", api,
        "toolDefinitions = \"tools\"", "gen_ai.tool.definitions", "remove toolDefinitions");
  }

  @Test
  void unknownPathsSuggestTheClosestProperty() {
    JavaFileObject api = api(", genAiProvider = \"openai\"",
        "  @TracedEndpoint(genAiOperation = \"chat\",",
        "      toolDefinitions = \"tols\")",
        "  Model.Response chat(Model.Request request);");
    assertSingleError(Compilations.compile(MODEL, api), "UnknownTokenPath", api, "toolDefinitions = \"tols\"",
        "toolDefinitions path \"tols\" does not resolve", "Did you mean \"tools\"?");
    JavaFileObject instructions = api(", genAiProvider = \"openai\"",
        "  @TracedEndpoint(genAiOperation = \"chat\",",
        "      systemInstructions = \"sytem\")",
        "  Model.Response chat(Model.Request request);");
    assertSingleError(Compilations.compile(MODEL, instructions), "UnknownTokenPath", instructions,
        "systemInstructions = \"sytem\"", "systemInstructions path \"sytem\" does not resolve",
        "Did you mean \"system\"?");
  }

  @Test
  void instructionsThatAreNotTextAreAnError() {
    JavaFileObject api = api(", genAiProvider = \"openai\"",
        "  @TracedEndpoint(genAiOperation = \"chat\",",
        "      systemInstructions = \"count\")",
        "  Model.Response chat(Model.Request request);");
    assertSingleError(Compilations.compile(MODEL, api), "InvalidContentPath", api, "systemInstructions = \"count\"",
        "systemInstructions path \"count\" cannot be recorded", "it resolves to a long, not to text",
        "a String or a list of Strings");
  }

  @Test
  void toolDefinitionsThatAreNotACollectionOfToolsAreAnError() {
    String[][] cases = {
      {"single", "it resolves to an object, not to a collection or array of tools"},
      {"nested", "an object list of lists"},
      {"count", "it resolves to a long"},
      {"unnamed", "a tool needs a name, but", "has no property \"name\"", "available: title"},
      {"toolList", "a tool needs a name, but \"name\" is not read from each element"},
    };
    for (String[] expected : cases) {
      JavaFileObject api = api(", genAiProvider = \"openai\"",
          "  @TracedEndpoint(genAiOperation = \"chat\",",
          "      toolDefinitions = \"" + expected[0] + "\")",
          "  Model.Response chat(Model.Request request);");
      String[] words = new String[expected.length];
      words[0] = "toolDefinitions path \"" + expected[0] + "\" cannot be recorded";
      System.arraycopy(expected, 1, words, 1, expected.length - 1);
      assertSingleError(Compilations.compile(MODEL, api), "InvalidContentPath", api,
          "toolDefinitions = \"" + expected[0] + "\"", words);
    }
  }
}
