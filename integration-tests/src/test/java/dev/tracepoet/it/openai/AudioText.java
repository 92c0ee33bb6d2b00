package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.util.List;

/**
 * The response of a transcription or translation ({@code response_format} {@code json} or {@code
 * verbose_json}; the verbose one adds task, language, duration and segments).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AudioText(
    String task,
    String language,
    Double duration,
    String text,
    List<Segment> segments,
    @JacksonInject(useInput = OptBoolean.FALSE) ResponseMeta meta)
    implements OpenAiResponse {

  /** One segment of a verbose response. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Segment(int id, double start, double end, String text) {}
}
