package dev.tracepoet.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a client interface for which the tracepoet processor generates an OpenTelemetry-traced
 * wrapper.
 *
 * <p>For {@code com.acme.ChatApi} the processor writes {@code com.acme.TracedChatApi} (for a nested
 * {@code Outer.Api}: {@code TracedOuter_Api}), a {@code final} class in the same package:
 *
 * <pre>{@code
 * @TracedClient(integration = "openai")
 * interface ChatApi {
 *   @TracedEndpoint(name = "createChatCompletion", endpoint = "/chat/completions", method = "POST",
 *       requestTags = {"model", "max_tokens", "temperature"},
 *       responseTags = {"id", "usage.total_tokens"})
 *   ChatResponse create(ChatRequest request) throws IOException;
 * }
 *
 * ChatApi traced = TracedChatApi.wrap(new HttpChatApi(http), openTelemetry);
 * traced.create(request);   // one CLIENT span "createChatCompletion" with openai.request.model, ...
 * }</pre>
 *
 * <p>Rules the processor enforces (each violation is a compile error on the element):
 *
 * <ul>
 *   <li>the annotated type is an interface, top level or a {@code static} nested member that is not
 *       {@code private} and not nested in a {@code private} type;
 *   <li>{@link #integration()} is not empty and consists of lower-case letters, digits, {@code _}
 *       and {@code .} (it must start with a letter and must not end with {@code .});
 *   <li>the default names of the traced endpoints are unique within the client.
 * </ul>
 *
 * <p>Every abstract or {@code default} method of the interface (including inherited ones) is
 * implemented by the wrapper. Methods annotated with {@link TracedEndpoint} record a span; all
 * others forward to the delegate unchanged.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TracedClient {

  /**
   * The namespace of every attribute key recorded for this client, e.g. {@code "openai"} gives
   * {@code openai.request.model}. Lower-case letters, digits, {@code _} and {@code .}.
   */
  String integration();

  /**
   * Turns on the OpenTelemetry GenAI semantic conventions (v1.41.0) for this client: the value is
   * {@code gen_ai.provider.name}, e.g. {@code "openai"}. Endpoints with a {@link
   * TracedEndpoint#genAiOperation()} then get span names {@code "{gen_ai.operation.name}
   * {gen_ai.request.model}"}, the {@code gen_ai.*} request, response and usage attributes (in
   * addition to the {@code <integration>.*} ones) and the {@code gen_ai.client.operation.duration}
   * and {@code gen_ai.client.token.usage} metrics. Empty (the default): off. Lower-case letters,
   * digits, {@code _} and {@code .}.
   */
  String genAiProvider() default "";

  /**
   * Makes this interface a <em>view</em> of a type you do not own (a vendor SDK's service
   * interface, a generated client): the annotated interface extends {@code wraps} directly and
   * redeclares, each with {@code @Override}, only the methods it traces or deep-wraps. The generated
   * {@code wrap} methods then take any {@code wraps} implementation (e.g. the SDK's own) and return
   * the view. {@code wraps} may come from a class file, including a Kotlin-compiled interface (its
   * static {@code $default} bridges are ignored). {@code void.class} (the default): not a view.
   *
   * <pre>{@code
   * @TracedClient(integration = "openai", wraps = ChatCompletionService.class)
   * public interface TracedCompletions extends ChatCompletionService {
   *   @Override
   *   @TracedEndpoint(name = "chat", requestTags = "model")
   *   ChatCompletion create(ChatCompletionCreateParams params, RequestOptions requestOptions);
   * }
   *
   * @TracedClient(integration = "openai", wraps = ChatService.class)
   * public interface TracedChat extends ChatService {
   *   @Override
   *   TracedCompletions completions();   // deep wrapping: the result is traced too
   * }
   *
   * TracedChat chat = TracedTracedChat.wrap(client.chat(), openTelemetry);
   * chat.completions().create(params);   // one span: the default overload reaches the traced method
   * }</pre>
   *
   * <p>Which methods of {@code wraps} the wrapper implements, and how:
   *
   * <ul>
   *   <li>{@link TracedEndpoint} methods: traced, calling the delegate's method;
   *   <li>a redeclared method whose (covariant) return type is another view of the type the wrapped
   *       method returns: <em>deep wrapping</em>, the delegate's result wrapped in that view with the
   *       same {@code OpenTelemetry} and settings (the same result object gives the same wrapper);
   *   <li>a {@code default} method of {@code wraps} that is not redeclared is <em>inherited</em> (it
   *       runs on the wrapper, so overloads such as {@code create(params)} reach the traced {@code
   *       create(params, options)}: one span) when the view traces a method of the same name, and
   *       otherwise forwarded to the delegate (SDK sub-service accessors are defaults that throw
   *       unless the SDK's implementation overrides them);
   *   <li>a {@code default} method the view declares itself: inherited;
   *   <li>every other method: forwarded to the delegate.
   * </ul>
   */
  Class<?> wraps() default void.class;

  /**
   * Return adapters for the result types of this client's endpoints: classes implementing {@code
   * dev.tracepoet.runtime.ResultAdapter<T, E>} that teach tracepoet to trace a library's own
   * result type {@code T} completing later (see README, "Return adapters"). An endpoint whose
   * declared return type has the erasure of an adapter's {@code T} is traced through the first such
   * adapter listed, unless it names its own ({@link TracedEndpoint#adapter()}, which wins). An
   * adapter class is public, non-abstract, has a public no-argument constructor and is stateless.
   *
   * <pre>{@code
   * @TracedClient(integration = "openai",
   *     adapters = {StreamResponseAdapter.class, AsyncStreamResponseAdapter.class})
   * public interface ChatApi {
   *   @TracedEndpoint(name = "chat", responseTags = {"id", "model"})
   *   StreamResponse<ChatCompletionChunk> stream(ChatCompletionCreateParams params);
   * }
   * }</pre>
   */
  Class<?>[] adapters() default {};

  /**
   * Attributes read from the exception that ends a failed call of every endpoint of this client (after the endpoint's own), per exception type;
   * see {@link ErrorTags}. Empty (the default): none.
   */
  ErrorTags[] errorTags() default {};
}
