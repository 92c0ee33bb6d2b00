package dev.tracepoet.it.chat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The response of {@code POST /chat/completions}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatResponse(String id, String model, long created, List<Choice> choices, Usage usage) {

  /** One completion choice. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Choice(int index, ChatRequest.Message message, @JsonProperty("finish_reason") String finishReason) {}

  /** Token usage as reported by the API. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Usage(
      @JsonProperty("prompt_tokens") int promptTokens,
      @JsonProperty("completion_tokens") int completionTokens,
      @JsonProperty("total_tokens") int totalTokens) {}
}
