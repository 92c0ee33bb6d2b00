package dev.tracepoet.benchmarks.variants;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.instrumentation.api.instrumenter.AttributesExtractor;
import io.opentelemetry.instrumentation.api.instrumenter.Instrumenter;
import io.opentelemetry.instrumentation.api.instrumenter.SpanKindExtractor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

/**
 * Variant (e): a {@link Proxy} built on OpenTelemetry's Instrumenter API
 * ({@code opentelemetry-instrumentation-api}), the way OpenTelemetry's own library instrumentations
 * are written: one {@link Instrumenter} with a span-name extractor, {@link
 * SpanKindExtractor#alwaysClient()} and an {@link AttributesExtractor} that reads the same attributes
 * with the same reflection as variant (d). The Instrumenter records the exception and sets the
 * ERROR status itself; the extractor adds {@code error.type}.
 *
 * <p>Two costs are the API's own: {@code onStart} runs before the span exists (attributes are
 * sampler input), so the request attributes are read even when nothing records them; and every call
 * needs a request object ({@link Call}).
 */
public final class InstrumenterProxy implements InvocationHandler {
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  /** The Instrumenter's request: the endpoint and the call's single argument. */
  record Call(ReflectiveEndpoint endpoint, Object request) {}

  private final Object delegate;
  private final Map<Method, ReflectiveEndpoint> endpoints;
  private final Instrumenter<Call, Object> instrumenter;

  private InstrumenterProxy(
      Object delegate, OpenTelemetry openTelemetry, Map<Method, ReflectiveEndpoint> endpoints) {
    this.delegate = delegate;
    this.endpoints = endpoints;
    this.instrumenter =
        Instrumenter.<Call, Object>builder(
                openTelemetry, "dev.tracepoet.benchmarks.instrumenter", call -> call.endpoint().spanName)
            .addAttributesExtractor(new Extractor())
            .buildInstrumenter(SpanKindExtractor.alwaysClient());
  }

  /** Wraps {@code delegate}: the endpoints in {@code specs} are traced, other methods forwarded. */
  public static <T> T wrap(
      Class<T> api, T delegate, OpenTelemetry openTelemetry, String integration,
      List<EndpointSpec> specs) {
    InstrumenterProxy handler =
        new InstrumenterProxy(
            delegate, openTelemetry, ReflectiveEndpoint.resolveAll(api, specs, integration));
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    ReflectiveEndpoint endpoint = endpoints.get(method);
    if (endpoint == null) {
      return forward(method, args);
    }
    Context parent = Context.current();
    Call call = new Call(endpoint, args[0]);
    if (!instrumenter.shouldStart(parent, call)) {
      return forward(endpoint.method, args);
    }
    Context context = instrumenter.start(parent, call);
    Object response = null;
    Throwable error = null;
    Scope scope = context.makeCurrent();
    try {
      response = endpoint.method.invoke(delegate, args);
    } catch (InvocationTargetException wrapped) {
      error = wrapped.getCause();
    } finally {
      scope.close();
    }
    instrumenter.end(context, call, response, error);
    if (error != null) {
      throw error;
    }
    return response;
  }

  private Object forward(Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(delegate, args);
    } catch (InvocationTargetException wrapped) {
      throw wrapped.getCause();
    }
  }

  /** Endpoint, method and request tags on start; response tags or error.type on end. */
  private static final class Extractor implements AttributesExtractor<Call, Object> {
    @Override
    public void onStart(AttributesBuilder attributes, Context parentContext, Call call) {
      ReflectiveEndpoint endpoint = call.endpoint();
      if (!endpoint.path.isEmpty()) {
        attributes.put(endpoint.pathKey, endpoint.path);
      }
      if (!endpoint.httpMethod.isEmpty()) {
        attributes.put(endpoint.methodKey, endpoint.httpMethod);
      }
      try {
        for (ReflectivePath path : endpoint.request) {
          path.record(attributes, call.request());
        }
      } catch (Throwable t) {
        Failures.report("recordRequest", t);
      }
    }

    @Override
    public void onEnd(
        AttributesBuilder attributes, Context context, Call call, Object response, Throwable error) {
      if (error != null) {
        attributes.put(ERROR_TYPE, error.getClass().getName());
        return;
      }
      try {
        if (response != null && Span.fromContext(context).isRecording()) {
          for (ReflectivePath path : call.endpoint().response) {
            path.record(attributes, response);
          }
        }
      } catch (Throwable t) {
        Failures.report("recordResponse", t);
      }
    }
  }
}
