package dev.tracepoet.runtime;

import io.opentelemetry.api.trace.Span;
import java.util.List;

/**
 * The readers an {@link EndpointHook} may override besides its steps: token wiring (prompt,
 * completion text, usage, model) and the GenAI readers (system instructions, tool definitions,
 * response model, finish reasons, a failure a returned response reports). The processor generates
 * them from {@code @TracedEndpoint}'s members; each default reads nothing. Only {@link
 * EndpointHook} extends this class; {@link EndpointHook}'s lifecycle calls them.
 *
 * @param <A> the call's arguments
 * @param <R> the response (for streamed responses: one element)
 */
public abstract class HookReaders<A, R> extends HookSupport {
  HookReaders(Endpoint endpoint) {
    super(endpoint);
  }

  /**
   * Token wiring (generated from {@code @TracedEndpoint(prompt = ...)}): the request text whose
   * tokens are counted when the response carries no usage — a {@link CharSequence}, a {@code
   * List<? extends CharSequence>}, token ids ({@code int[]} or {@code List<Integer>}), or null.
   */
  protected Object promptSource(A arguments) {
    return null;
  }

  /** Token wiring (generated from {@code completion = ...}): the text of a response or element, or null. */
  protected CharSequence completionText(R response) {
    return null;
  }

  /**
   * Token wiring (generated from {@code usage = ...}): records the usage the response reports with
   * {@link #tagUsage(Span, String, Number, Number, Number, boolean)} and returns true, or returns
   * false when the response has none.
   */
  protected boolean recordUsage(Span span, A arguments, R response) {
    return false;
  }

  /**
   * The model a call uses (generated when a request tag resolves the key {@code
   * <integration>.request.model}); used for metric attributes and for choosing the tokenizer.
   */
  protected String model(A arguments) {
    return null;
  }

  /**
   * GenAI content wiring (generated from {@code @TracedEndpoint(systemInstructions = ...)}): the
   * instructions given apart from the history — a {@link CharSequence} or a collection of them, a
   * text part each — recorded as {@code gen_ai.system_instructions} when the span captures content.
   */
  protected Object systemInstructionsSource(A arguments) {
    return null;
  }

  /**
   * GenAI content wiring (generated from {@code toolDefinitions = ...}): writes the tools a request
   * offers into {@code tools}, recorded as {@code gen_ai.tool.definitions} when the span captures
   * content. Does nothing by default.
   */
  protected void toolDefinitions(GenAiToolDefinitions tools, A arguments) {}

  /**
   * GenAI conventions (generated from the response tag with the {@code gen_ai.response.model}
   * alias): the model a response names, for the metrics' {@code gen_ai.response.model}; null when
   * unknown. Called even when the span is not recording.
   */
  protected String responseModel(R response) {
    return null;
  }

  /**
   * A response that reports a failure although the call returned normally (e.g. a streamed response
   * whose last event says the generation failed): the failure's type, such as the API's error code;
   * null, the default, for a success. When it names one, the span ends with status ERROR described
   * by it and {@code error.type} set to it, and the duration metric (and the GenAI content event)
   * carry the same {@code error.type}; the caller still gets the response. For streamed responses
   * {@code response} is the last element. Called once per call that returned, also when the span is
   * not recording; if it throws, the call counts as a success.
   */
  protected String responseErrorType(R response) {
    return null;
  }

  /**
   * GenAI conventions (generated from the response tag with the {@code
   * gen_ai.response.finish_reasons} alias): the finish reasons one response or streamed chunk
   * reports; for streams those of all chunks are recorded. Null when none.
   */
  protected List<String> finishReasons(R response) {
    return null;
  }
}
