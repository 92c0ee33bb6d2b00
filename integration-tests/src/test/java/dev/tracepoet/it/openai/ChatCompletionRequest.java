package dev.tracepoet.it.openai;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The body of {@code POST /chat/completions}. {@code null}/empty components are not sent. */
public record ChatCompletionRequest(
    String model,
    List<ChatMessage> messages,
    List<Function> functions,
    String functionCall,
    Double temperature,
    Double topP,
    Integer n,
    Boolean stream,
    List<String> stop,
    Integer maxTokens,
    Double presencePenalty,
    Double frequencyPenalty,
    Map<String, Integer> logitBias,
    Optional<String> user) {

  /** A request with only the required parameters. */
  public static ChatCompletionRequest of(String model, ChatMessage... messages) {
    return new ChatCompletionRequest(
        model, List.of(messages), null, null, null, null, null, null, null, null, null, null, null,
        Optional.empty());
  }

  /** A function the model may call, described by a JSON schema. */
  public record Function(String name, String description, Map<String, Object> parameters) {}
}
