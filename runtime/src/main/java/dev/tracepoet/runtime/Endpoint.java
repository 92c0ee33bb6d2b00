package dev.tracepoet.runtime;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanBuilder;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Immutable description of one traced endpoint: its default name (the span name), API path and HTTP
 * method, plus the client-wide {@link ClientTracing}. Passed to the {@link EndpointHook}
 * constructor; obtain one with {@link ClientTracing#endpoint(String, String, String)}.
 */
public final class Endpoint {
  /** Metric attribute: the integration namespace. */
  public static final AttributeKey<String> INTEGRATION_KEY = AttributeKey.stringKey("tracepoet.integration");

  /** Metric attribute: the endpoint's default name. */
  public static final AttributeKey<String> ENDPOINT_KEY = AttributeKey.stringKey("tracepoet.endpoint");

  /** Metric attribute of the token usage histogram: {@code input} or {@code output}. */
  public static final AttributeKey<String> TOKEN_TYPE_KEY = AttributeKey.stringKey("gen_ai.token.type");

  /** Models are low-cardinality; beyond this many, metric attributes are built per call. */
  private static final int MAX_CACHED_MODELS = 256;

  private final ClientTracing tracing;
  private final String defaultName;
  private final String path;
  private final String method;
  private final AttributeKey<String> pathKey;
  private final AttributeKey<String> methodKey;
  private final AttributeKey<String> modelKey;
  /** GenAI semantic conventions (v1.41.0). */
  static final AttributeKey<String> GEN_AI_OPERATION = TracepoetAttributes.GEN_AI_OPERATION;
  static final AttributeKey<String> GEN_AI_PROVIDER = TracepoetAttributes.GEN_AI_PROVIDER;
  static final AttributeKey<String> GEN_AI_REQUEST_MODEL = TracepoetAttributes.GEN_AI_REQUEST_MODEL;
  static final AttributeKey<String> SERVER_ADDRESS = TracepoetAttributes.SERVER_ADDRESS;
  static final AttributeKey<Long> SERVER_PORT = TracepoetAttributes.SERVER_PORT;

  private final Attributes metricAttributes;
  private final ConcurrentMap<String, Attributes> metricAttributesByModel = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, ConcurrentMap<String, Attributes>> failureAttributes =
      new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Attributes[]> tokenAttributes = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Attributes[]> genAiTokenAttributes = new ConcurrentHashMap<>();
  private final String genAiOperation;
  private final Attributes genAiMetricAttributes;
  private final ConcurrentMap<String, Attributes> genAiMetricAttributesByModel = new ConcurrentHashMap<>();
  /** GenAI span names ({@code "chat gpt-4o"}) per model, so that a call does not concatenate them. */
  private final ConcurrentMap<String, String> genAiSpanNames = new ConcurrentHashMap<>();
  /** {@code server.address} / {@code server.port} of every span, from the settings; null when unset. */
  private final String serverAddress;
  private final Long serverPort;

  Endpoint(ClientTracing tracing, String defaultName, String path, String method) {
    this(tracing, defaultName, path, method, null);
  }

  private Endpoint(
      ClientTracing tracing, String defaultName, String path, String method, String genAiOperation) {
    this.tracing = Objects.requireNonNull(tracing, "tracing");
    this.defaultName = Objects.requireNonNull(defaultName, "defaultName");
    this.path = path == null ? "" : path;
    this.method = method == null ? "" : method;
    String prefix = tracing.integration() + ".request.";
    this.pathKey = AttributeKey.stringKey(prefix + "endpoint");
    this.methodKey = AttributeKey.stringKey(prefix + "method");
    this.modelKey = AttributeKey.stringKey(prefix + "model");
    TracingSettings settings = tracing.settings();
    this.serverAddress = settings.serverAddress();
    this.serverPort = serverAddress != null && settings.serverPort() > 0 ? Long.valueOf(settings.serverPort()) : null;
    this.metricAttributes =
        Attributes.of(INTEGRATION_KEY, tracing.integration(), ENDPOINT_KEY, defaultName);
    this.genAiOperation =
        genAiOperation == null || genAiOperation.isEmpty() || tracing.genAiProvider() == null
            ? null
            : genAiOperation;
    if (this.genAiOperation != null) {
      var builder =
          Attributes.builder()
              .put(GEN_AI_OPERATION, this.genAiOperation)
              .put(GEN_AI_PROVIDER, tracing.genAiProvider());
      if (serverAddress != null) {
        builder.put(SERVER_ADDRESS, serverAddress);
        if (serverPort != null) {
          builder.put(SERVER_PORT, serverPort);
        }
      }
      this.genAiMetricAttributes = builder.build();
    } else {
      this.genAiMetricAttributes = null;
    }
  }

  /**
   * This endpoint as a GenAI operation ({@code gen_ai.operation.name}, e.g. {@code "chat"}); has an
   * effect only when the client has a GenAI provider.
   */
  public Endpoint withGenAiOperation(String operation) {
    return new Endpoint(tracing, defaultName, path, method, operation);
  }

  /** The GenAI operation, or null when this endpoint does not follow the GenAI conventions. */
  public String genAiOperation() {
    return genAiOperation;
  }

  /** GenAI metric attributes (operation, provider, server, model), or null when not GenAI. */
  Attributes genAiMetricAttributes(String model) {
    return withModel(genAiMetricAttributes, genAiMetricAttributesByModel, GEN_AI_REQUEST_MODEL, model);
  }

  /**
   * The span name of a call: the default name, or for a GenAI operation {@code "<operation>
   * <model>"} ({@code "<operation>"} without a model), cached per model like the metric
   * attributes.
   */
  String spanName(String model) {
    if (genAiOperation == null) {
      return defaultName;
    }
    if (model == null) {
      return genAiOperation;
    }
    String cached = genAiSpanNames.get(model);
    if (cached != null) {
      return cached;
    }
    String name = genAiOperation + " " + model;
    if (genAiSpanNames.size() < MAX_CACHED_MODELS) {
      genAiSpanNames.putIfAbsent(model, name);
    }
    return name;
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

  /**
   * Sets the attributes every span of this endpoint starts with (samplers see them): path,
   * method, server address/port, GenAI operation and provider, each when known.
   */
  void startAttributes(SpanBuilder builder) {
    if (!path.isEmpty()) {
      builder.setAttribute(pathKey, path);
    }
    if (!method.isEmpty()) {
      builder.setAttribute(methodKey, method);
    }
    if (serverAddress != null) {
      builder.setAttribute(SERVER_ADDRESS, serverAddress);
      if (serverPort != null) {
        builder.setAttribute(SERVER_PORT, serverPort); // boxed once, not per call
      }
    }
    if (genAiOperation != null) {
      builder.setAttribute(GEN_AI_OPERATION, genAiOperation);
      builder.setAttribute(GEN_AI_PROVIDER, tracing.genAiProvider());
    }
  }

  /** Metric attributes for a call with this model (may be null) that succeeded. */
  Attributes metricAttributes(String model) {
    return withModel(metricAttributes, metricAttributesByModel, modelKey, model);
  }

  /**
   * {@code base} plus the model, cached per model: models are low-cardinality, so the common case
   * allocates nothing; past {@link #MAX_CACHED_MODELS} they are built per call.
   */
  private static Attributes withModel(
      Attributes base, ConcurrentMap<String, Attributes> cache, AttributeKey<String> key, String model) {
    if (base == null || model == null) {
      return base;
    }
    Attributes cached = cache.get(model);
    if (cached != null) {
      return cached;
    }
    Attributes built = base.toBuilder().put(key, model).build();
    if (cache.size() < MAX_CACHED_MODELS) {
      cache.putIfAbsent(model, built);
    }
    return built;
  }

  /**
   * Token usage metric attributes ({@code base} plus {@code gen_ai.token.type}), cached per model:
   * {@code genAi} selects the GenAI attribute set.
   */
  Attributes tokenAttributes(String model, boolean input, boolean genAi) {
    ConcurrentMap<String, Attributes[]> cache = genAi ? genAiTokenAttributes : tokenAttributes;
    String key = model == null ? "" : model;
    Attributes[] pair = cache.get(key);
    if (pair == null) {
      Attributes base = genAi ? genAiMetricAttributes(model) : metricAttributes(model);
      pair =
          new Attributes[] {
            base.toBuilder().put(TOKEN_TYPE_KEY, "input").build(),
            base.toBuilder().put(TOKEN_TYPE_KEY, "output").build()
          };
      if (cache.size() < MAX_CACHED_MODELS) {
        cache.putIfAbsent(key, pair);
      }
    }
    return pair[input ? 0 : 1];
  }

  /** Metric attributes for a failed call; cached per model and error type (both low-cardinality). */
  Attributes metricAttributes(String model, String errorType) {
    String modelKey = model == null ? "" : model;
    ConcurrentMap<String, Attributes> byError = failureAttributes.get(modelKey);
    Attributes cached = byError == null ? null : byError.get(errorType);
    if (cached != null) {
      return cached;
    }
    Attributes built = metricAttributes(model).toBuilder().put(TracepoetAttributes.ERROR_TYPE, errorType).build();
    if (byError == null && failureAttributes.size() < MAX_CACHED_MODELS) {
      failureAttributes.putIfAbsent(modelKey, new ConcurrentHashMap<>());
      byError = failureAttributes.get(modelKey);
    }
    if (byError != null && byError.size() < MAX_CACHED_MODELS) {
      byError.putIfAbsent(errorType, built);
    }
    return built;
  }

  @Override
  public String toString() {
    return tracing.integration() + ":" + defaultName;
  }
}
