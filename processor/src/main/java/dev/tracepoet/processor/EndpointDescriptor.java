package dev.tracepoet.processor;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The model of one traced endpoint: what the annotations and the method's types say, nothing the
 * generators decide (the names of generated members are allocated by {@link WrapperMembers}, the
 * runtime template each return kind calls is chosen by {@link TracedWrapperGenerator}).
 *
 * @param operation the span name, API path, HTTP method and GenAI operation
 * @param arguments how the call's arguments reach the hook
 * @param result what the method returns and how its response completes
 * @param hook the user's hook class ({@code @TracedEndpoint(hook = ...)}), or null: the generated
 *     hook then extends {@code GeneratedHook<A, R>}
 * @param tags the request and response attributes
 * @param tokens token wiring: prompt, completion, usage and model paths
 * @param adapter the return adapter ({@link ReturnKind#ADAPTED}), or null
 * @param errorTags the error tags, the endpoint's declarations before the client's
 */
record EndpointDescriptor(
    Operation operation,
    Arguments arguments,
    Result result,
    CustomHook hook,
    Tags tags,
    TokenWiring tokens,
    ResultAdapterResolver.AdapterUse adapter,
    List<ErrorTagGroup> errorTags) {

  /** This endpoint with {@code groups} as its error tags. */
  EndpointDescriptor withErrorTags(List<ErrorTagGroup> groups) {
    return new EndpointDescriptor(operation, arguments, result, hook, tags, tokens, adapter, List.copyOf(groups));
  }

  /** This endpoint with {@code tags} instead of its own (GenAI aliases added). */
  EndpointDescriptor withTags(Tags tags) {
    return new EndpointDescriptor(operation, arguments, result, hook, tags, tokens, adapter, errorTags);
  }

  /** The span name. */
  String defaultName() {
    return operation.name();
  }

  /** The GenAI operation name, or null when the endpoint is not a GenAI operation. */
  String genAiOperation() {
    return operation.genAiOperation();
  }

  /** The request attributes. */
  List<TagDescriptor> requestTags() {
    return tags.request();
  }

  /** The response attributes. */
  List<TagDescriptor> responseTags() {
    return tags.response();
  }

  /** The hook's response type parameter {@code R} ({@link Result#responseType()}). */
  TypeName responseType() {
    return result.responseType();
  }

  /**
   * What the endpoint is called.
   *
   * @param name the span name
   * @param path the API path ({@code ""} = none)
   * @param httpMethod the HTTP method ({@code ""} = none)
   * @param genAiOperation the GenAI operation name, or null when the endpoint is not a GenAI operation
   */
  record Operation(String name, String path, String httpMethod, String genAiOperation) {}

  /**
   * What the method returns.
   *
   * @param kind how the response completes (plain, future, stream ...)
   * @param responseType the hook's response type parameter (boxed; {@code Void} for void)
   * @param invocationType what the delegate invocation returns (the declared return type, boxed;
   *     {@code Void} for void)
   * @param isVoid whether the method returns void
   * @param generic whether the return type depends on a type variable of the method (the hook sees
   *     {@code Object}; the wrapper casts the result back)
   */
  record Result(ReturnKind kind, TypeName responseType, TypeName invocationType, boolean isVoid, boolean generic) {}

  /**
   * A user hook class the generated hook extends, and which of the steps it implements itself.
   *
   * @param superclass the user's hook class
   * @param recordsRequest whether it implements recordRequest (called first)
   * @param recordsResponse whether it implements recordResponse (called first)
   * @param implementsPreResponse whether it implements preResponse
   * @param implementsPostResponse whether it implements postResponse
   */
  record CustomHook(
      TypeName superclass,
      boolean recordsRequest,
      boolean recordsResponse,
      boolean implementsPreResponse,
      boolean implementsPostResponse) {}

  /**
   * The recorded attributes.
   *
   * @param request the request attributes
   * @param response the response attributes
   */
  record Tags(List<TagDescriptor> request, List<TagDescriptor> response) {}

  /**
   * One {@code @ErrorTags} declaration: tags read from an exception of {@code type}.
   *
   * @param type the exception type (its erasure)
   * @param tags the tags, read from the exception (none has a parameter)
   * @param errorType the tag keyed {@code error.type}, which sets the call's error type, or null
   */
  record ErrorTagGroup(TypeName type, List<TagDescriptor> tags, TagDescriptor errorType) {}

  /** How a response completes. */
  enum ReturnKind {
    PLAIN,
    ASYNC,
    STREAM,
    ITERATOR,
    ITERABLE,
    PUBLISHER,
    /** Traced through a {@code ResultAdapter} ({@link EndpointDescriptor#adapter()}). */
    ADAPTED
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
   * @param type the hook's argument type parameter ({@code A}); null for {@link Shape#HOLDER}, whose
   *     holder class the generator names ({@link WrapperMembers.EndpointMembers#argumentsType()})
   * @param parameters the method's parameters with their hook-side types
   * @param generic whether the method declares type variables (the delegate is then invoked through
   *     a per-call lambda capturing the typed arguments)
   */
  record Arguments(Shape shape, TypeName type, List<Parameter> parameters, boolean generic) {

    /** The type a user hook declares as {@code A}: a holder's hook sees the first argument. */
    TypeName forUserHook() {
      return shape == Shape.HOLDER ? parameters.get(0).type().box() : type;
    }
  }

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
