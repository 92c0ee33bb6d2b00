package dev.tracepoet.benchmarks.endpoint;

import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;

/**
 * The one realistic endpoint every per-call benchmark traces: a completion call whose request has
 * three tagged properties (one of them {@code Optional}) and whose response has two (one nested).
 *
 * <p>Every variant records exactly these attributes; see {@link
 * dev.tracepoet.benchmarks.check.SameWorkCheck}.
 */
@TracedClient(integration = "openai")
public interface CompletionApi {

  /** The span name every variant uses. */
  String SPAN_NAME = "createCompletion";

  /** The API path, recorded as {@code openai.request.endpoint}. */
  String PATH = "/v1/completions";

  /** The HTTP method, recorded as {@code openai.request.method}. */
  String METHOD = "POST";

  @TracedEndpoint(
      name = SPAN_NAME,
      endpoint = PATH,
      method = METHOD,
      requestTags = {"model", "max_tokens", "temperature"},
      responseTags = {"id", "usage.total_tokens"})
  CompletionResponse complete(CompletionRequest request) throws ApiException;
}
