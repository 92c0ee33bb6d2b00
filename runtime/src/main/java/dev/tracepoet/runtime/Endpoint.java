package dev.tracepoet.runtime;

import io.opentelemetry.api.common.AttributeKey;
import java.util.Objects;

/**
 * Immutable description of one traced endpoint: its default name (the span name), API path and HTTP
 * method, plus the client-wide {@link ClientTracing}. Passed to the {@link EndpointHook}
 * constructor; obtain one with {@link ClientTracing#endpoint(String, String, String)}.
 */
public final class Endpoint {
  private final ClientTracing tracing;
  private final String defaultName;
  private final String path;
  private final String method;
  private final AttributeKey<String> pathKey;
  private final AttributeKey<String> methodKey;

  Endpoint(ClientTracing tracing, String defaultName, String path, String method) {
    this.tracing = Objects.requireNonNull(tracing, "tracing");
    this.defaultName = Objects.requireNonNull(defaultName, "defaultName");
    this.path = path == null ? "" : path;
    this.method = method == null ? "" : method;
    String prefix = tracing.integration() + ".request.";
    this.pathKey = AttributeKey.stringKey(prefix + "endpoint");
    this.methodKey = AttributeKey.stringKey(prefix + "method");
  }

  /** The default name; the span name. */
  public String defaultName() {
    return defaultName;
  }

  /** The API path, e.g. {@code /chat/completions}; empty when not declared. */
  public String path() {
    return path;
  }

  /** The HTTP method, e.g. {@code POST}; empty when not declared. */
  public String method() {
    return method;
  }

  /** The client-wide tracing state. */
  public ClientTracing tracing() {
    return tracing;
  }

  AttributeKey<String> pathKey() {
    return pathKey;
  }

  AttributeKey<String> methodKey() {
    return methodKey;
  }

  @Override
  public String toString() {
    return tracing.integration() + ":" + defaultName;
  }
}
