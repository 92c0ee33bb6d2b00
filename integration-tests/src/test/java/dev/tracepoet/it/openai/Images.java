package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.util.List;

/** The response of the three image operations. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Images(
    long created,
    List<Image> data,
    @JacksonInject(useInput = OptBoolean.FALSE) ResponseMeta meta)
    implements OpenAiResponse {

  /** One image: a URL or base64 JSON, depending on {@code response_format}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Image(String url, String b64Json, String revisedPrompt) {}
}
