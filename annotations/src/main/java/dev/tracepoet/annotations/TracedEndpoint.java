package dev.tracepoet.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Traces one operation of a {@link TracedClient} interface: each call becomes one CLIENT span named
 * by {@link #name()}, carrying the request and response attributes listed here.
 *
 * <pre>{@code
 * @TracedEndpoint(name = "createChatCompletion", endpoint = "/chat/completions", method = "POST",
 *     requestTags = {"model", "max_tokens", "temperature", "user"},
 *     responseTags = {"id", "usage.total_tokens", "choices_count=choices.size",
 *                     "choices.finish_reason"},
 *     hook = UsageHook.class)
 * ChatResponse create(ChatRequest request) throws IOException;
 * }</pre>
 *
 * <h2>Attribute paths</h2>
 *
 * An entry of {@link #requestTags()} / {@link #responseTags()} is a dotted path resolved at compile
 * time:
 *
 * <ul>
 *   <li>the first segment of a request path names a method parameter; when the method has exactly
 *       one parameter the path may start at that parameter's properties ({@code "model"} means
 *       {@code request.model()}). A response path starts at the return value's properties;
 *   <li>each segment names a record component or no-arg method {@code x()}, a getter {@code
 *       getX()} / {@code isX()}, or a public field; {@code snake_case} and {@code camelCase} both
 *       match ({@code max_tokens} finds {@code maxTokens()});
 *   <li>{@code Optional}, {@code OptionalInt}, {@code OptionalLong} and {@code OptionalDouble} are
 *       unwrapped; an empty value or a {@code null} anywhere along the path records nothing;
 *   <li>a segment applied to a collection or array maps over its elements and records an array
 *       attribute; {@code size} / {@code length} of a collection, map or array is its count;
 *   <li>the key is {@code <integration>.request.<path>} (or {@code .response.}); {@code
 *       "key=path"} names the key explicitly, and {@code "^key=path"} records {@code key} exactly
 *       as written ({@code "^http.response.status_code=statusCode"});
 *   <li>{@code "key=a|b|c"} (path alternatives, for union types) tries the paths in order and
 *       records the first present value (not null, not an empty {@code Optional}); a throwing
 *       alternative is skipped. They need an explicit key and must record the same attribute
 *       type, except that single values mixed with lists or arrays of them record an array.
 * </ul>
 *
 * A path that does not resolve is a compile error on the annotation value that lists the available
 * properties and suggests the closest one.
 *
 * <h2>Value types</h2>
 *
 * booleans stay booleans, integral numbers become {@code long}, floating point numbers {@code
 * double}, character sequences strings (truncated), enums their {@code name()}, lists and arrays of
 * those the matching array attribute, maps one attribute per entry ({@code <key>.<mapKey>}),
 * anything else its {@code toString()} (truncated). Paths whose last segment names an API key
 * ({@code api_key}, {@code apiKey}, ...) are recorded masked ({@code sk-...} + last 4 characters).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface TracedEndpoint {

  /** The endpoint's default name, used as the span name. Defaults to the method name. */
  String name() default "";

  /** The API path, e.g. {@code "/chat/completions"}; recorded as {@code <integration>.request.endpoint}. */
  String endpoint() default "";

  /** The HTTP method, e.g. {@code "POST"}; recorded as {@code <integration>.request.method}. */
  String method() default "";

  /** Request attributes recorded on every call; see the class documentation for the path syntax. */
  String[] requestTags() default {};

  /** Response attributes recorded on success; see the class documentation for the path syntax. */
  String[] responseTags() default {};

  /**
   * A class extending {@code dev.tracepoet.runtime.EndpointHook} that the generated hook of this
   * endpoint extends, to add pre-response / post-response logic. It must be non-final, accessible
   * from the interface's package, and have a constructor taking a single {@code
   * dev.tracepoet.runtime.Endpoint}. {@code void.class} (the default) means no custom hook.
   */
  Class<?> hook() default void.class;

  /**
   * Path to the request text (a string, a list of strings, token ids, or message contents) used to
   * estimate prompt tokens when the response carries no usage. Empty: none.
   */
  String prompt() default "";

  /** Path (on the response) to the completion text used to estimate completion tokens. */
  String completion() default "";

  /**
   * Path (on the response) to a usage object with prompt/completion/total token counts, recorded as
   * {@code <integration>.response.usage.prompt_tokens} / {@code completion_tokens} / {@code
   * total_tokens}.
   */
  String usage() default "";

  /**
   * GenAI content wiring: path (on the request, as for {@link #prompt()}) to the instructions given
   * to the model apart from the chat history — a {@code String} or a list of {@code String}s,
   * recorded as {@code gen_ai.system_instructions} (a text part each, redacted and truncated like
   * every captured part) when content capture is on. Needs {@link #genAiOperation()}. Empty: none.
   *
   * <pre>{@code
   * @TracedEndpoint(genAiOperation = "chat", prompt = "messages.content",
   *     systemInstructions = "system", toolDefinitions = "tools")
   * ChatResponse chat(ChatRequest request);   // record ChatRequest(String system, List<Tool> tools, ...)
   * }</pre>
   */
  String systemInstructions() default "";

  /**
   * GenAI content wiring: path (on the request) to the tools the request offers the model, recorded
   * as {@code gen_ai.tool.definitions} — {@code [{"type", "name", "description", "parameters"}]} —
   * when content capture is on. It must end at a collection or array of either tool names ({@code
   * String}s or enums: function tools with a name only) or tool objects with a {@code name}
   * property and optionally {@code type} (default {@code "function"}), {@code description} and
   * {@code parameters} (the JSON schema: maps, lists, numbers, booleans and strings are written as
   * JSON; a schema held as JSON text is written as a string). Needs {@link #genAiOperation()}.
   * Empty: none.
   */
  String toolDefinitions() default "";

  /**
   * The GenAI operation ({@code gen_ai.operation.name}) of this endpoint when its client has a
   * {@link TracedClient#genAiProvider()}: {@code "chat"}, {@code "text_completion"}, {@code
   * "embeddings"}, {@code "generate_content"}, ... Empty (the default): the endpoint is traced with
   * the plain tracepoet conventions only.
   */
  String genAiOperation() default "";

  /**
   * The return adapter of this endpoint: a class implementing {@code
   * dev.tracepoet.runtime.ResultAdapter<T, E>} whose {@code T} has the erasure of this method's
   * return type; its type variables are bound from the return type ({@code StreamResponseAdapter<E>
   * implements ResultAdapter<StreamResponse<E>, E>} on a method returning {@code
   * StreamResponse<ChatCompletionChunk>} gives elements of type {@code ChatCompletionChunk}, which
   * the response tags and token wiring then read). Wins over {@link TracedClient#adapters()}.
   * {@code void.class} (the default): the client's adapters, or none.
   *
   * <pre>{@code
   * @TracedEndpoint(name = "chat", adapter = StreamResponseAdapter.class, responseTags = {"id"})
   * StreamResponse<ChatCompletionChunk> stream(ChatCompletionCreateParams params);
   * }</pre>
   */
  Class<?> adapter() default void.class;

  /**
   * Attributes read from the exception that ends a failed call of this endpoint (checked before its client's), per exception type;
   * see {@link ErrorTags}. Empty (the default): none.
   */
  ErrorTags[] errorTags() default {};
}
