package dev.tracepoet.benchmarks.variants;

import java.util.List;

/**
 * What a run-time (proxy) instrumentation is told about one endpoint: the same facts
 * {@code @TracedEndpoint} gives the processor. The proxies resolve the paths once, when they are
 * built, and read them with reflection on every call.
 *
 * @param methodName the interface method
 * @param spanName the span name
 * @param path the API path ({@code <integration>.request.endpoint}), empty for none
 * @param httpMethod the HTTP method ({@code <integration>.request.method}), empty for none
 * @param requestTags attribute paths read from the single argument
 * @param responseTags attribute paths read from the response
 */
public record EndpointSpec(
    String methodName,
    String spanName,
    String path,
    String httpMethod,
    List<String> requestTags,
    List<String> responseTags) {}
