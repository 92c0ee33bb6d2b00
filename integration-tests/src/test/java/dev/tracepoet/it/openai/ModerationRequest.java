package dev.tracepoet.it.openai;

import java.util.List;

/** The body of {@code POST /moderations}. */
public record ModerationRequest(List<String> input, String model) {

  public static ModerationRequest of(String... input) {
    return new ModerationRequest(List.of(input), null);
  }
}
