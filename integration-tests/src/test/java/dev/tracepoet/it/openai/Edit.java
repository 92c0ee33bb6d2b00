package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.util.List;

/** The response of {@code POST /edits}: no id and no model, unlike the other completions. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Edit(
    String object,
    long created,
    List<Choice> choices,
    Usage usage,
    @JacksonInject(useInput = OptBoolean.FALSE) ResponseMeta meta)
    implements OpenAiResponse {

  /** One edit choice. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Choice(String text, int index) {}
}
