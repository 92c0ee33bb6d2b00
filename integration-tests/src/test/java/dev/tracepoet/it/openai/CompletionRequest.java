package dev.tracepoet.it.openai;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /completions} (legacy completions). {@code null} components are not sent
 * and not recorded.
 */
public record CompletionRequest(
    String model,
    List<String> prompt,
    String suffix,
    Integer maxTokens,
    Double temperature,
    Double topP,
    Integer n,
    Boolean stream,
    Integer logprobs,
    Boolean echo,
    List<String> stop,
    Double presencePenalty,
    Double frequencyPenalty,
    Integer bestOf,
    Map<String, Integer> logitBias,
    String user) {

  /** A request with only the required parameters. */
  public static CompletionRequest of(String model, String... prompt) {
    return new CompletionRequest(
        model, List.of(prompt), null, null, null, null, null, null, null, null, null, null, null, null,
        null, null);
  }
}
