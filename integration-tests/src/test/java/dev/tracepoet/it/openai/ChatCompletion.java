package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.util.List;

/** The response of {@code POST /chat/completions}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatCompletion(
    String id,
    String object,
    long created,
    String model,
    String systemFingerprint,
    List<Choice> choices,
    Usage usage,
    @JacksonInject(useInput = OptBoolean.FALSE) ResponseMeta meta)
    implements OpenAiResponse {

  /** One chat completion choice. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Choice(int index, ChatMessage message, String finishReason) {}
}
