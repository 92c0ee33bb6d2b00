package dev.tracepoet.benchmarks.check;

import dev.tracepoet.benchmarks.endpoint.ApiException;
import dev.tracepoet.benchmarks.endpoint.CompletionApi;
import dev.tracepoet.benchmarks.endpoint.CompletionRequest;
import dev.tracepoet.benchmarks.endpoint.CompletionResponse;
import dev.tracepoet.benchmarks.endpoint.Fixtures;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spans every variant must produce for the fixtures, written down from {@code @TracedEndpoint}
 * and the fixture values — not taken from any variant's output.
 */
public final class Expected {
  private Expected() {}

  /** The span of a successful call. */
  public static Map<String, String> success() {
    Map<String, String> lines = common("UNSET");
    CompletionResponse response = Fixtures.response();
    lines.put("attr.openai.response.id", "STRING:" + response.id());
    lines.put("attr.openai.response.usage.total_tokens", "LONG:" + response.usage().totalTokens());
    return lines;
  }

  /** The span of a call whose delegate threw {@link Fixtures#failure()}. */
  public static Map<String, String> failure() {
    Map<String, String> lines = common("ERROR");
    ApiException failure = Fixtures.failure();
    lines.put("attr.error.type", "STRING:" + ApiException.class.getName());
    lines.put("event0.name", "exception");
    lines.put("event0.exception.type", ApiException.class.getName());
    lines.put("event0.exception.message", failure.getMessage());
    lines.put("event0.exception.stacktrace", "present");
    return lines;
  }

  private static Map<String, String> common(String status) {
    CompletionRequest request = Fixtures.request();
    Map<String, String> lines = new TreeMap<>();
    lines.put("name", CompletionApi.SPAN_NAME);
    lines.put("kind", "CLIENT");
    lines.put("status", status);
    lines.put("attr.openai.request.endpoint", "STRING:" + CompletionApi.PATH);
    lines.put("attr.openai.request.method", "STRING:" + CompletionApi.METHOD);
    lines.put("attr.openai.request.model", "STRING:" + request.model());
    lines.put("attr.openai.request.max_tokens", "LONG:" + request.maxTokens().orElseThrow());
    lines.put("attr.openai.request.temperature", "DOUBLE:" + request.temperature());
    return lines;
  }
}
