package dev.tracepoet.it.chat;

import java.util.List;
import java.util.Optional;

/** The body of {@code POST /chat/completions}. */
public record ChatRequest(
    String model,
    List<Message> messages,
    Optional<Integer> maxTokens,
    Double temperature,
    Optional<String> user,
    boolean stream,
    List<String> stop) {

  public static ChatRequest of(String model, String userMessage) {
    return new ChatRequest(model, List.of(new Message("user", userMessage)), Optional.empty(), null,
        Optional.empty(), false, null);
  }

  public ChatRequest withMaxTokens(int value) {
    return new ChatRequest(model, messages, Optional.of(value), temperature, user, stream, stop);
  }

  public ChatRequest withTemperature(double value) {
    return new ChatRequest(model, messages, maxTokens, value, user, stream, stop);
  }

  public ChatRequest withUser(String value) {
    return new ChatRequest(model, messages, maxTokens, temperature, Optional.of(value), stream, stop);
  }

  public ChatRequest withStop(List<String> value) {
    return new ChatRequest(model, messages, maxTokens, temperature, user, stream, value);
  }

  /** One chat message. */
  public record Message(String role, String content) {}
}
