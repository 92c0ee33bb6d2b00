package dev.tracepoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The GenAI semantic-conventions option: generated code and its diagnostics. */
class GenAiGenerationTest {
  private static final JavaFileObject MODEL =
      Compilations.source(
          "genai.Model",
          "package genai;",
          "import java.util.List;",
          "public final class Model {",
          "  private Model() {}",
          "  public record Request(String model, Integer maxTokens, Double temperature, Double topP,",
          "      List<String> stop, int maxCompletionTokens) {}",
          "  public record Choice(String finishReason) {}",
          "  public record Usage(long inputTokens, long outputTokens) {}",
          "  public record Response(String id, String model, List<Choice> choices, Usage usage) {}",
          "}");

  @Test
  void genAiClientMatchesGolden() {
    JavaFileObject api =
        Compilations.source(
            "genai.ChatApi",
            "package genai;",
            "import dev.tracepoet.annotations.*;",
            "@TracedClient(integration = \"acme\", genAiProvider = \"openai\")",
            "public interface ChatApi {",
            "  @TracedEndpoint(name = \"chat\", genAiOperation = \"chat\",",
            "      requestTags = {\"model\", \"max_tokens\", \"temperature\", \"top_p\", \"stop\", \"max_completion_tokens\"},",
            "      responseTags = {\"id\", \"model\", \"choices.finish_reason\"}, usage = \"usage\")",
            "  Model.Response chat(Model.Request request);",
            "}");
    Compilation compilation =
        Compilations.compile(List.of("-Xlint:all,-processing", "-Werror"), MODEL, api);
    assertThat(compilation).succeededWithoutWarnings();
    TracedClientGenerationTest.assertGolden(compilation, "genai.TracedChatApi");
  }

  @Test
  void operationWithoutProviderIsAnError() {
    JavaFileObject api =
        Compilations.source(
            "genai.ChatApi",
            "package genai;",
            "import dev.tracepoet.annotations.*;",
            "@TracedClient(integration = \"acme\")",
            "public interface ChatApi {",
            "  @TracedEndpoint(",
            "      genAiOperation = \"chat\")",
            "  Model.Response chat(Model.Request request);",
            "}");
    Compilation compilation = Compilations.compile(MODEL, api);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[tracepoet:InvalidGenAi] genAiOperation \"chat\" is not valid: it has no effect"
            + " because @TracedClient of ChatApi has no genAiProvider")
        .inFile(api)
        .onLineContaining("genAiOperation = \"chat\"");
  }

  @Test
  void malformedOperationIsAnError() {
    JavaFileObject api =
        Compilations.source(
            "genai.ChatApi",
            "package genai;",
            "import dev.tracepoet.annotations.*;",
            "@TracedClient(integration = \"acme\", genAiProvider = \"openai\")",
            "public interface ChatApi {",
            "  @TracedEndpoint(",
            "      genAiOperation = \"Chat Completion\")",
            "  Model.Response chat(Model.Request request);",
            "}");
    Compilation compilation = Compilations.compile(MODEL, api);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("genAiOperation \"Chat Completion\" is not valid: use a lower-case operation name")
        .inFile(api)
        .onLineContaining("genAiOperation = \"Chat Completion\"");
  }

  @Test
  void malformedProviderIsAnError() {
    JavaFileObject api =
        Compilations.source(
            "genai.ChatApi",
            "package genai;",
            "import dev.tracepoet.annotations.*;",
            "@TracedClient(integration = \"acme\",",
            "    genAiProvider = \"Open AI\")",
            "public interface ChatApi {",
            "}");
    Compilation compilation = Compilations.compile(MODEL, api);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[tracepoet:InvalidGenAi] genAiProvider \"Open AI\" is not valid")
        .inFile(api)
        .onLineContaining("genAiProvider = \"Open AI\"");
  }
}
