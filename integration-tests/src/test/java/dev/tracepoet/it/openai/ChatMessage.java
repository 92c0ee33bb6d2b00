package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One chat message; {@code name} and {@code functionCall} are optional. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatMessage(String role, String content, String name, FunctionCall functionCall) {

  public static ChatMessage system(String content) {
    return new ChatMessage("system", content, null, null);
  }

  public static ChatMessage user(String content) {
    return new ChatMessage("user", content, null, null);
  }

  /** A call of a function that the model asked for. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FunctionCall(String name, String arguments) {}
}
