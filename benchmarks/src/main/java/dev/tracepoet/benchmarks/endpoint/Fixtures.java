package dev.tracepoet.benchmarks.endpoint;

import java.util.Optional;

/** The request, response and exception every benchmark and the same-work check use. */
public final class Fixtures {
  private Fixtures() {}

  /** The request; the prompt and user are not tagged. */
  public static CompletionRequest request() {
    return new CompletionRequest(
        "gpt-4o-mini",
        "Summarise the following support ticket in one sentence: the export job fails at 02:00.",
        Optional.of(256),
        0.7,
        "user-4711");
  }

  /** The response the fake API returns. */
  public static CompletionResponse response() {
    return new CompletionResponse(
        "cmpl-9f2c1a7e0b",
        "gpt-4o-mini-2024-07-18",
        "The nightly export job fails at 02:00.",
        new CompletionResponse.Usage(24, 11, 35));
  }

  /**
   * The exception the failing API throws: built once, with its stack trace filled once, so the error
   * benchmarks measure the tracing of an error rather than the construction of exceptions.
   */
  public static ApiException failure() {
    return new ApiException(429, "Rate limit reached for gpt-4o-mini: retry after 20ms");
  }

  /** A delegate that returns {@code response} (no I/O: the benchmarks measure the wrapper). */
  public static CompletionApi succeeding(CompletionResponse response) {
    return request -> response;
  }

  /** A delegate that throws {@code failure}. */
  public static CompletionApi failing(ApiException failure) {
    return request -> {
      throw failure;
    };
  }
}
