package dev.tracepoet.it.openai;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The body of {@code POST /chat/completions}. {@code null}/empty components are not sent. {@code
 * stream} and {@code streamOptions} matter only to {@link OpenAiApi#createChatCompletionStream},
 * which sends {@code "stream": true} whatever {@code stream} says.
 */
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
    Optional<String> user,
    StreamOptions streamOptions) {

  /** A request with only the required parameters. */
  public static ChatCompletionRequest of(String model, ChatMessage... messages) {
    return new ChatCompletionRequest(
        model, List.of(messages), null, null, null, null, null, null, null, null, null, null, null,
        Optional.empty(), null);
  }

  /** This request with {@code stream = true}, as a streamed call sends it. */
  public ChatCompletionRequest streaming() {
    return Boolean.TRUE.equals(stream)
        ? this
        : new ChatCompletionRequest(
            model, messages, functions, functionCall, temperature, topP, n, true, stop, maxTokens,
            presencePenalty, frequencyPenalty, logitBias, user, streamOptions);
  }

  /** This request streamed, asking for {@code usage} in the final chunk ({@code include_usage}). */
  public ChatCompletionRequest streamingWithUsage() {
    return new ChatCompletionRequest(
        model, messages, functions, functionCall, temperature, topP, n, true, stop, maxTokens,
        presencePenalty, frequencyPenalty, logitBias, user, new StreamOptions(true));
  }

  /** A function the model may call, described by a JSON schema. */
  public record Function(String name, String description, Map<String, Object> parameters) {}

  /** {@code stream_options}: {@code include_usage} adds a final chunk with the call's usage. */
  public record StreamOptions(Boolean includeUsage) {}
}
