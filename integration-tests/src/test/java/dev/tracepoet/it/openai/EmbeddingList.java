package dev.tracepoet.it.openai;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.util.List;

/** The response of {@code POST /embeddings}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmbeddingList(
    String object,
    List<Embedding> data,
    String model,
    Usage usage,
    @JacksonInject(useInput = OptBoolean.FALSE) ResponseMeta meta)
    implements OpenAiResponse {

  /** One embedding vector. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Embedding(String object, int index, double[] embedding) {}
}
