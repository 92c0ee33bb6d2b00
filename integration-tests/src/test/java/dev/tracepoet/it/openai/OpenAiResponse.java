package dev.tracepoet.it.openai;

/**
 * Implemented by every response type of {@link OpenAiApi}: besides the JSON body, a response
 * carries what the HTTP layer saw ({@link ResponseMeta}: organization, rate limits, ...), so that
 * {@code responseTags} and hooks can record it.
 */
public interface OpenAiResponse {

  /** The response headers that matter for tracing; injected by the client, never part of the JSON. */
  ResponseMeta meta();
}
