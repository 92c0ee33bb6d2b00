package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.util.List;

/** The response of {@code POST /completions}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Completion(
    String id,
    String object,
    long created,
    String model,
    List<Choice> choices,
    Usage usage,
    @JacksonInject(useInput = OptBoolean.FALSE) ResponseMeta meta)
    implements OpenAiResponse {

  /** One completion choice. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Choice(String text, int index, String finishReason) {}
}
