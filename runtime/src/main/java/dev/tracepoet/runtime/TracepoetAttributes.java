package dev.tracepoet.runtime;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The attribute keys tracepoet records itself, beside the {@code <integration>.*} keys of the
 * generated tags. (The same constants are also reachable as {@code EndpointHook.ERROR_TYPE} etc.,
 * kept for generated code and existing hooks.)
 */
public final class TracepoetAttributes {
  private TracepoetAttributes() {}

  /** The semantic-conventions key for the class of the exception a call failed with. */
  public static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  /** GenAI semantic conventions: input (prompt) tokens. */
  public static final AttributeKey<Long> GEN_AI_INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");

  /** GenAI semantic conventions: output (completion) tokens. */
  public static final AttributeKey<Long> GEN_AI_OUTPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");

  /** GenAI semantic conventions: the operation, e.g. {@code chat}. */
  public static final AttributeKey<String> GEN_AI_OPERATION = AttributeKey.stringKey("gen_ai.operation.name");

  /** GenAI semantic conventions: the provider, e.g. {@code openai}. */
  public static final AttributeKey<String> GEN_AI_PROVIDER = AttributeKey.stringKey("gen_ai.provider.name");

  /** GenAI semantic conventions: the requested model. */
  public static final AttributeKey<String> GEN_AI_REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");

  /** The API server's host name. */
  public static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");

  /** The API server's port. */
  public static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");

  /** Set on spans whose future, stream or subscription was cancelled or closed early. */
  public static final AttributeKey<Boolean> CANCELLED = AttributeKey.booleanKey("tracepoet.cancelled");

  /**
   * Set on spans of streamed responses that were never consumed to the end nor closed, and were
   * ended by the garbage-collection safety net once nothing could deliver elements any more.
   */
  public static final AttributeKey<Boolean> ABANDONED = AttributeKey.booleanKey("tracepoet.abandoned");

  /** The number of elements a streamed response produced. */
  public static final AttributeKey<Long> ELEMENTS = AttributeKey.longKey("tracepoet.stream.elements");

  /** GenAI semantic conventions: input tokens served from the provider's cache. */
  public static final AttributeKey<Long> GEN_AI_CACHE_READ_INPUT_TOKENS =
      AttributeKey.longKey("gen_ai.usage.cache_read.input_tokens");

  /** GenAI semantic conventions: input tokens written to the provider's cache. */
  public static final AttributeKey<Long> GEN_AI_CACHE_CREATION_INPUT_TOKENS =
      AttributeKey.longKey("gen_ai.usage.cache_creation.input_tokens");

  /** GenAI semantic conventions: output tokens spent on reasoning. */
  public static final AttributeKey<Long> GEN_AI_REASONING_OUTPUT_TOKENS =
      AttributeKey.longKey("gen_ai.usage.reasoning.output_tokens");

  /** GenAI semantic conventions: whether the response is streamed. */
  public static final AttributeKey<Boolean> GEN_AI_REQUEST_STREAM = AttributeKey.booleanKey("gen_ai.request.stream");

  /** GenAI semantic conventions: seconds from the request until the first streamed chunk. */
  public static final AttributeKey<Double> GEN_AI_TIME_TO_FIRST_CHUNK =
      AttributeKey.doubleKey("gen_ai.response.time_to_first_chunk");

  /** GenAI semantic conventions: the model that answered. */
  public static final AttributeKey<String> GEN_AI_RESPONSE_MODEL = AttributeKey.stringKey("gen_ai.response.model");

  /** GenAI semantic conventions: why the model stopped, one per choice. */
  public static final AttributeKey<java.util.List<String>> GEN_AI_FINISH_REASONS =
      AttributeKey.stringArrayKey("gen_ai.response.finish_reasons");

  /** GenAI semantic conventions: the chat history sent (JSON, content capture only). */
  public static final AttributeKey<String> GEN_AI_INPUT_MESSAGES = AttributeKey.stringKey("gen_ai.input.messages");

  /** GenAI semantic conventions: the messages the model returned (JSON, content capture only). */
  public static final AttributeKey<String> GEN_AI_OUTPUT_MESSAGES = AttributeKey.stringKey("gen_ai.output.messages");

  /** GenAI semantic conventions: instructions given apart from the history (JSON, content capture only). */
  public static final AttributeKey<String> GEN_AI_SYSTEM_INSTRUCTIONS =
      AttributeKey.stringKey("gen_ai.system_instructions");

  /**
   * The name of the GenAI conventions' opt-in content event (v1.41.0; no constant in the semconv Java
   * artifact), emitted when {@link GenAiSettings#contentDestination()} includes it.
   */
  public static final String GEN_AI_CONTENT_EVENT = "gen_ai.client.inference.operation.details";

  /** GenAI semantic conventions: the tools offered to the model (JSON, content capture only). */
  public static final AttributeKey<String> GEN_AI_TOOL_DEFINITIONS = AttributeKey.stringKey("gen_ai.tool.definitions");
}
