package dev.tracepoet.it.openai;

import java.util.List;

/** The body of {@code POST /embeddings}. */
public record EmbeddingRequest(
    String model, List<String> input, String encodingFormat, Integer dimensions, String user) {

  public static EmbeddingRequest of(String model, String... input) {
    return new EmbeddingRequest(model, List.of(input), null, null, null);
  }
}
