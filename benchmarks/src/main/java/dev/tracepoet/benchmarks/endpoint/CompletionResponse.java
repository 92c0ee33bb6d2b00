package dev.tracepoet.benchmarks.endpoint;

/** The response body; {@code id} and {@code usage.total_tokens} are tagged. */
public record CompletionResponse(String id, String model, String text, Usage usage) {

  /** Token usage as the API reports it. */
  public record Usage(int promptTokens, int completionTokens, int totalTokens) {}
}
