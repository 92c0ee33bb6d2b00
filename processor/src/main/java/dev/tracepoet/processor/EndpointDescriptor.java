package dev.tracepoet.processor;

import com.squareup.javapoet.TypeName;
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
    List<TagDescriptor> responseTags) {

  /** How arguments are passed to the hook: nothing, the single parameter, or a holder object. */
  enum Shape {
    NONE,
    SINGLE,
    HOLDER
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
   */
  record TagDescriptor(String key, String parameter, AttributePath path) {}
}
