package dev.tracepoet.runtime;

import io.opentelemetry.api.trace.Span;

/**
 * The base of generated hooks for endpoints without a custom hook: every step is empty and {@link
 * #hasEndpointLogic()} is false, so a generated hook overrides only what it records — typically
 * {@link #recordRequest} and {@link #recordResponse}, one line per tag:
 *
 * <pre>{@code
 * private static final class CreateHook extends GeneratedHook<ChatRequest, ChatResponse> {
 *   private static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("openai.request.model");
 *
 *   CreateHook(ClientTracing tracing) {
 *     super(tracing.endpoint("createChatCompletion", "/chat/completions", "POST"));
 *   }
 *
 *   @Override
 *   protected void recordRequest(Span span, ChatRequest arguments) {
 *     tags.string(span, REQUEST_MODEL, arguments.model());
 *   }
 * }
 * }</pre>
 *
 * <p>Endpoints with {@code @TracedEndpoint(hook = ...)} extend the user's hook instead (which
 * extends {@link EndpointHook}). Hand-written hooks with logic of their own should extend {@link
 * EndpointHook} too: here {@link #hasEndpointLogic()} is false, which lets plain calls skip the
 * template entirely when nothing can be observed.
 *
 * @param <A> the arguments of the call
 * @param <R> the response type ({@link Void} for {@code void} methods)
 */
public abstract class GeneratedHook<A, R> extends EndpointHook<A, R> {

  /**
   * @param endpoint this endpoint's name, path and method and the client's tracing state
   */
  protected GeneratedHook(Endpoint endpoint) {
    super(endpoint);
  }

  /** Records nothing; generated hooks with request tags override it. */
  @Override
  protected void recordRequest(Span span, A arguments) {}

  /** Does nothing. */
  @Override
  protected void preResponse(Span span, A arguments) {}

  /** Records nothing; generated hooks with response tags override it. */
  @Override
  protected void recordResponse(Span span, R response) {}

  /** Does nothing. */
  @Override
  protected void postResponse(Span span, A arguments, R response, Throwable error) {}

  /** False: a generated hook records tags only. */
  @Override
  protected boolean hasEndpointLogic() {
    return false;
  }
}
