package dev.tracepoet.processor;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The model of one traced endpoint and its generated hook.
 *
 * @param defaultName the span name
 * @param path the API path ({@code ""} = none)
 * @param httpMethod the HTTP method ({@code ""} = none)
 * @param hookClass simple name of the generated hook class
 * @param hookField wrapper field holding the hook
 * @param invocationField wrapper field holding the delegate invocation, or {@code null} when the
 *     method is generic and the invocation is created per call
 * @param arguments how the call's arguments reach the hook
 * @param responseType the hook's response type parameter (boxed; {@code Void} for void)
 * @param isVoid whether the method returns void
 * @param castResult whether the wrapper casts the hook's result back to a generic return type
 * @param hookSuperclass {@code EndpointHook<A, R>} or the user's hook class
 * @param superRecordsRequest whether the user hook implements recordRequest (called first)
 * @param superRecordsResponse whether the user hook implements recordResponse (called first)
 * @param implementPreResponse whether the generated hook must supply an empty preResponse
 * @param implementPostResponse whether the generated hook must supply an empty postResponse
 * @param requestTags the request attributes
 * @param responseTags the response attributes
 * @param returnKind how the response completes (plain, future, stream ...)
 * @param invocationResultType what the delegate invocation returns (the declared return type,
 *     boxed; {@code Void} for void)
 * @param tokens token wiring: prompt, completion, usage and model paths
 * @param genAiOperation the GenAI operation name, or null when the endpoint is not a GenAI operation
 * @param adapter the return adapter ({@link ReturnKind#ADAPTED}), or null
 * @param errorTags the error tags, the endpoint's declarations before the client's
 */
record EndpointDescriptor(
    String defaultName,
    String path,
    String httpMethod,
    String hookClass,
    String hookField,
    String invocationField,
    Arguments arguments,
    TypeName responseType,
    boolean isVoid,
    boolean castResult,
    TypeName hookSuperclass,
    boolean superRecordsRequest,
    boolean superRecordsResponse,
    boolean implementPreResponse,
    boolean implementPostResponse,
    List<TagDescriptor> requestTags,
    List<TagDescriptor> responseTags,
    ReturnKind returnKind,
    TypeName invocationResultType,
    TokenWiring tokens,
    String genAiOperation,
    ResultAdapterResolver.AdapterUse adapter,
    List<ErrorTagGroup> errorTags) {

  EndpointDescriptor(String defaultName, String path, String httpMethod, String hookClass, String hookField,
      String invocationField, Arguments arguments, TypeName responseType, boolean isVoid, boolean castResult,
      TypeName hookSuperclass, boolean superRecordsRequest, boolean superRecordsResponse,
      boolean implementPreResponse, boolean implementPostResponse, List<TagDescriptor> requestTags,
      List<TagDescriptor> responseTags, ReturnKind returnKind, TypeName invocationResultType, TokenWiring tokens,
      String genAiOperation, ResultAdapterResolver.AdapterUse adapter) {
    this(defaultName, path, httpMethod, hookClass, hookField, invocationField, arguments, responseType, isVoid,
        castResult, hookSuperclass, superRecordsRequest, superRecordsResponse, implementPreResponse,
        implementPostResponse, requestTags, responseTags, returnKind, invocationResultType, tokens, genAiOperation,
        adapter, List.of());
  }

  /** This endpoint with {@code groups} as its error tags. */
  EndpointDescriptor withErrorTags(List<ErrorTagGroup> groups) {
    return new EndpointDescriptor(defaultName, path, httpMethod, hookClass, hookField, invocationField, arguments,
        responseType, isVoid, castResult, hookSuperclass, superRecordsRequest, superRecordsResponse,
        implementPreResponse, implementPostResponse, requestTags, responseTags, returnKind, invocationResultType,
        tokens, genAiOperation, adapter, List.copyOf(groups));
  }

  /**
   * One {@code @ErrorTags} declaration: tags read from an exception of {@code type}.
   *
   * @param type the exception type (its erasure)
   * @param tags the tags, read from the exception (none has a parameter)
   * @param errorType the tag keyed {@code error.type}, which sets the call's error type, or null
   */
  record ErrorTagGroup(TypeName type, List<TagDescriptor> tags, TagDescriptor errorType) {}

  /** How a response completes, and the {@code EndpointHook} template that handles it. */
  enum ReturnKind {
    PLAIN("call"),
    ASYNC("callAsync"),
    STREAM("callStream"),
    ITERATOR("callIterator"),
    ITERABLE("callIterable"),
    PUBLISHER("callPublisher"),
    /** Traced through a {@code ResultAdapter} ({@link EndpointDescriptor#adapter()}). */
    ADAPTED("callAdapted");

    final String template;

    ReturnKind(String template) {
      this.template = template;
    }
  }

  /**
   * The token wiring of an endpoint; every part may be null.
   *
   * @param prompt the request text ({@link TagDescriptor#parameter()} as for request tags)
   * @param completion the completion text of a response or streamed element
   * @param usage the usage object of a response or element
   * @param promptTokens path from the usage object to the prompt token count
   * @param completionTokens path from the usage object to the completion token count
   * @param totalTokens path from the usage object to the total (may be null: computed)
   * @param model the request tag recording {@code <integration>.request.model}
   * @param details cached and reasoning token counts found on the usage object
   * @param content the GenAI content wiring (system instructions, tool definitions)
   */
  record TokenWiring(
      TagDescriptor prompt,
      AttributePath completion,
      AttributePath usage,
      AttributePath promptTokens,
      AttributePath completionTokens,
      AttributePath totalTokens,
      TagDescriptor model,
      UsageDetails details,
      GenAiContentWiring content) {

    static final TokenWiring NONE =
        new TokenWiring(null, null, null, null, null, null, null, UsageDetails.NONE, GenAiContentWiring.NONE);
  }

  /**
   * How arguments are passed to the hook: nothing, the single parameter, a holder object, or (a
   * custom hook of a multi-parameter method, see {@code FirstArgumentHooks}) the first parameter.
   */
  enum Shape {
    NONE,
    SINGLE,
    HOLDER,
    FIRST
  }

  /**
   * @param shape how the arguments are passed
   * @param type the hook's argument type parameter ({@code A})
   * @param holderClass simple name of the holder class ({@link Shape#HOLDER} only)
   * @param parameters the method's parameters with their hook-side types
   */
  record Arguments(Shape shape, TypeName type, String holderClass, List<Parameter> parameters) {}

  /** A method parameter; {@code type} is erased to Object where it uses a method type variable. */
  record Parameter(String name, TypeName type) {}

  /**
   * One recorded attribute.
   *
   * @param key the full attribute key, e.g. {@code openai.request.model}
   * @param parameter for request tags under {@link Shape#HOLDER}: the holder field the path starts
   *     at; otherwise {@code null} (the path starts at the argument / response itself)
   * @param path the resolved path
   * @param alias a second key the same value is recorded under (a GenAI semantic-convention key such
   *     as {@code gen_ai.request.model}), or null
   */
  record TagDescriptor(String key, String parameter, AttributePath path, String alias, List<Alternative> alternatives) {
    TagDescriptor(String key, String parameter, AttributePath path) {
      this(key, parameter, path, null, List.of());
    }

    TagDescriptor(String key, String parameter, AttributePath path, String alias) {
      this(key, parameter, path, alias, List.of());
    }

    /** This tag recorded under {@code alias} too. */
    TagDescriptor withAlias(String alias) {
      return new TagDescriptor(key, parameter, path, alias, alternatives);
    }

    /** Whether the tag is {@code "key=a|b|..."}: {@link #path()} is then the one giving its attribute type. */
    boolean hasAlternatives() {
      return !alternatives.isEmpty();
    }

    /** Whether the tag's value is masked (a secret-named key or alternative). */
    boolean masked() {
      return path.kind() == ValueKind.SECRET;
    }
  }

  /**
   * One alternative of a {@code "key=a|b"} tag: read in order, the first present value wins.
   *
   * @param parameter as {@link TagDescriptor#parameter()}
   * @param path the resolved path (never masked itself: the tag masks the value it records)
   */
  record Alternative(String parameter, AttributePath path) {}
}
