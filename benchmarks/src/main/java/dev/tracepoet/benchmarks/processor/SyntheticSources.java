package dev.tracepoet.benchmarks.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic client code base with {@code endpoints} traced endpoints: {@code
 * ceil(endpoints / 50)} {@code @TracedClient} interfaces of (up to) 50 endpoints each, one package per
 * interface, with five request and five response records per package. Endpoints vary the way real
 * ones do: most take one request record (three request tags, one of them {@code Optional}, and two
 * response tags, one nested), every fifth takes two parameters, every tenth returns a list (an array
 * attribute), every seventh returns {@code void}.
 */
final class SyntheticSources {
  static final int METHODS_PER_INTERFACE = 50;
  private static final int RECORDS = 5;

  private SyntheticSources() {}

  /** Writes the sources under {@code root}; returns the files. */
  static List<Path> write(Path root, int endpoints) throws IOException {
    List<Path> files = new ArrayList<>();
    int interfaces = (endpoints + METHODS_PER_INTERFACE - 1) / METHODS_PER_INTERFACE;
    for (int i = 0; i < interfaces; i++) {
      int methods = Math.min(METHODS_PER_INTERFACE, endpoints - i * METHODS_PER_INTERFACE);
      String pkg = "synth.p" + i;
      Path dir = root.resolve("synth").resolve("p" + i);
      Files.createDirectories(dir);
      for (int r = 0; r < RECORDS; r++) {
        files.add(write(dir, "Request" + r, request(pkg, r)));
        files.add(write(dir, "Response" + r, response(pkg, r)));
      }
      files.add(write(dir, "ApiError", apiError(pkg)));
      files.add(write(dir, "Api" + i, api(pkg, i, methods)));
    }
    return files;
  }

  private static Path write(Path dir, String type, String source) throws IOException {
    Path file = dir.resolve(type + ".java");
    Files.writeString(file, source);
    return file;
  }

  private static String request(String pkg, int r) {
    return "package " + pkg + ";\n\n"
        + "import java.util.List;\nimport java.util.Optional;\n\n"
        + "public record Request" + r + "(String model, Optional<Integer> maxTokens, Double temperature,\n"
        + "    String user, List<String> stop, String prompt" + r + ") {}\n";
  }

  private static String response(String pkg, int r) {
    return "package " + pkg + ";\n\n"
        + "import java.util.List;\n\n"
        + "public record Response" + r + "(String id, Usage usage, List<Choice> choices, long created" + r + ") {\n"
        + "  public record Usage(int promptTokens, int completionTokens, int totalTokens) {}\n\n"
        + "  public record Choice(int index, String text, String finishReason) {}\n"
        + "}\n";
  }

  private static String apiError(String pkg) {
    return "package " + pkg + ";\n\n"
        + "public final class ApiError extends Exception {\n"
        + "  private static final long serialVersionUID = 1L;\n\n"
        + "  public ApiError(String message) {\n    super(message);\n  }\n}\n";
  }

  private static String api(String pkg, int index, int methods) {
    StringBuilder s = new StringBuilder();
    s.append("package ").append(pkg).append(";\n\n");
    s.append("import dev.tracepoet.annotations.TracedClient;\n");
    s.append("import dev.tracepoet.annotations.TracedEndpoint;\n");
    s.append("import java.util.List;\n\n");
    s.append("@TracedClient(integration = \"synth\")\n");
    s.append("public interface Api").append(index).append(" {\n");
    for (int m = 0; m < methods; m++) {
      int r = m % RECORDS;
      String name = "op" + m;
      s.append('\n');
      if (m % 7 == 6) {
        s.append("  @TracedEndpoint(name = \"").append(name).append("\", endpoint = \"/v1/").append(name)
            .append("\", method = \"DELETE\", requestTags = {\"model\", \"user\"})\n");
        s.append("  void ").append(name).append("(Request").append(r).append(" request) throws ApiError;\n");
      } else if (m % 5 == 4) {
        s.append("  @TracedEndpoint(name = \"").append(name).append("\", endpoint = \"/v1/").append(name)
            .append("\", method = \"POST\",\n");
        s.append("      requestTags = {\"model=request.model\", \"attempt\", \"max_tokens=request.max_tokens\"},\n");
        s.append("      responseTags = {\"id\", \"usage.total_tokens\"})\n");
        s.append("  Response").append(r).append(' ').append(name).append("(Request").append(r)
            .append(" request, int attempt) throws ApiError;\n");
      } else if (m % 10 == 9) {
        s.append("  @TracedEndpoint(name = \"").append(name).append("\", endpoint = \"/v1/").append(name)
            .append("\", method = \"GET\",\n");
        s.append("      requestTags = {\"model\", \"temperature\"}, responseTags = {\"ids=id\", \"count=size\"})\n");
        s.append("  List<Response").append(r).append("> ").append(name).append("(Request").append(r)
            .append(" request) throws ApiError;\n");
      } else {
        s.append("  @TracedEndpoint(name = \"").append(name).append("\", endpoint = \"/v1/").append(name)
            .append("\", method = \"POST\",\n");
        s.append("      requestTags = {\"model\", \"max_tokens\", \"temperature\"},\n");
        s.append("      responseTags = {\"id\", \"usage.total_tokens\", \"choices.finish_reason\"})\n");
        s.append("  Response").append(r).append(' ').append(name).append("(Request").append(r)
            .append(" request) throws ApiError;\n");
      }
    }
    s.append("\n  /** Not traced: forwarded. */\n  String baseUrl();\n}\n");
    return s.toString();
  }
}
