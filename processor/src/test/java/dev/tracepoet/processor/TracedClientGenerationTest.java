package dev.tracepoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Golden-file tests of generated wrappers. Run with {@code -Dgolden.update=true} to rewrite the
 * goldens in {@code src/test/resources/goldens} after an intended change, then review the diff.
 */
class TracedClientGenerationTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Path GOLDENS =
      Paths.get(System.getProperty("golden.root", "src/test/resources/goldens"));

  static final JavaFileObject CHAT_MODEL =
      Compilations.source(
          "test.Chat",
          "package test;",
          "import java.util.List;",
          "import java.util.Map;",
          "import java.util.Optional;",
          "import java.util.OptionalInt;",
          "public final class Chat {",
          "  private Chat() {}",
          "  public enum Role { SYSTEM, USER }",
          "  public record Message(Role role, String content) {}",
          "  public record Request(String model, Optional<Integer> maxTokens, OptionalInt n, Double temperature,",
          "      boolean stream, List<Message> messages, Map<String, Object> metadata, String apiKey) {}",
          "  public static final class Response {",
          "    public final String id;",
          "    private final List<Choice> choices;",
          "    private final Usage usage;",
          "    public Response(String id, List<Choice> choices, Usage usage) {",
          "      this.id = id; this.choices = choices; this.usage = usage;",
          "    }",
          "    public List<Choice> getChoices() { return choices; }",
          "    public Usage getUsage() { return usage; }",
          "  }",
          "  public record Choice(String finishReason, double[] logprobs) {}",
          "  public record Usage(long promptTokens, long completionTokens, long totalTokens) {}",
          "}");

  static final JavaFileObject CHAT_API =
      Compilations.source(
          "test.ChatApi",
          "package test;",
          "import dev.tracepoet.annotations.TracedClient;",
          "import dev.tracepoet.annotations.TracedEndpoint;",
          "import java.io.IOException;",
          "@TracedClient(integration = \"openai\")",
          "public interface ChatApi {",
          "  @TracedEndpoint(name = \"createChatCompletion\", endpoint = \"/chat/completions\", method = \"POST\",",
          "      requestTags = {\"model\", \"max_tokens\", \"n\", \"temperature\", \"stream\",",
          "          \"roles=messages.role\", \"messages.size\", \"metadata\", \"api_key\"},",
          "      responseTags = {\"id\", \"choices.finish_reason\", \"choices_count=choices.size\",",
          "          \"usage.total_tokens\"})",
          "  Chat.Response create(Chat.Request request) throws IOException;",
          "",
          "  @TracedEndpoint(requestTags = {\"model\", \"user\"})",
          "  void delete(String model, String user, int attempts);",
          "",
          "  String baseUrl();",
          "",
          "  default String describe() { return baseUrl(); }",
          "}");

  @Test
  void chatApiMatchesGolden() {
    Compilation compilation = Compilations.compile(CHAT_MODEL, CHAT_API);
    assertThat(compilation).succeededWithoutWarnings();
    assertGolden(compilation, "test.TracedChatApi");
  }

  @Test
  void generatedFileNamesItsOriginatingInterfaceAndCarriesGenerated() throws IOException {
    Compilation compilation = Compilations.compile(CHAT_MODEL, CHAT_API);
    String source = generated(compilation, "test.TracedChatApi");
    assertTrue(source.contains("@Generated(\"dev.tracepoet.processor.TracedProcessor\")"));
    assertTrue(source.contains("@TracedGenerated"));
    assertTrue(source.contains("public final class TracedChatApi implements ChatApi"));
    assertFalse(source.contains("java.lang.reflect"), "generated code must not use reflection");
    assertFalse(source.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "no timestamps");
  }

  @Test
  void generatedCodeCompilesWithLintAllAndWerror() {
    Compilation compilation =
        Compilations.compile(List.of("-Xlint:all,-processing", "-Werror"), CHAT_MODEL, CHAT_API);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void outputIsDeterministic() throws IOException {
    String first = generated(Compilations.compile(CHAT_MODEL, CHAT_API), "test.TracedChatApi");
    String second = generated(Compilations.compile(CHAT_MODEL, CHAT_API), "test.TracedChatApi");
    assertEquals(first, second);
  }

  static String generated(Compilation compilation, String qualifiedName) throws IOException {
    JavaFileObject file =
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow(() -> new AssertionError("not generated: " + qualifiedName));
    return file.getCharContent(true).toString();
  }

  static void assertGolden(Compilation compilation, String qualifiedName) {
    try {
      String actual = generated(compilation, qualifiedName);
      Path golden = GOLDENS.resolve(qualifiedName.replace('.', '/') + ".java");
      if (UPDATE) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      assertTrue(
          Files.exists(golden),
          () -> "missing golden " + golden + "; run with -Dgolden.update=true to create it");
      assertEquals(
          Files.readString(golden, StandardCharsets.UTF_8),
          actual,
          () -> "generated " + qualifiedName + " differs from " + golden
              + "; if intended, run with -Dgolden.update=true and review the diff");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
