package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.util.List;
import java.util.Map;

/** The response of {@code POST /moderations}: one result per input. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Moderation(
    String id,
    String model,
    List<Result> results,
    @JacksonInject(useInput = OptBoolean.FALSE) ResponseMeta meta)
    implements OpenAiResponse {

  /**
   * The first (for a single input, the only) result, or {@code null}; an accessor so that its maps
   * can be tagged (a map inside a list would not be flattened).
   */
  public Result result() {
    return results == null || results.isEmpty() ? null : results.get(0);
  }

  /** The verdict for one input: flags per category and a score per category. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Result(
      boolean flagged, Map<String, Boolean> categories, Map<String, Double> categoryScores) {}
}
