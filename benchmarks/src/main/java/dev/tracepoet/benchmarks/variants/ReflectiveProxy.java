package dev.tracepoet.benchmarks.variants;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

/**
 * Variant (d): a {@link Proxy} that traces like tracepoet — the same span, the same attributes with
 * the same types, the same isRecording checks and the same containment of tracing failures — but
 * finds the endpoint with a map look-up, reads every attribute with reflection and calls the
 * delegate with {@link Method#invoke} (so a checked exception arrives wrapped in an {@link
 * InvocationTargetException} and is unwrapped before it is rethrown).
 */
public final class ReflectiveProxy implements InvocationHandler {
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  private final Object delegate;
  private final Tracer tracer;
  private final Map<Method, ReflectiveEndpoint> endpoints;

  private ReflectiveProxy(Object delegate, Tracer tracer, Map<Method, ReflectiveEndpoint> endpoints) {
    this.delegate = delegate;
    this.tracer = tracer;
    this.endpoints = endpoints;
  }

  /** Wraps {@code delegate}: the endpoints in {@code specs} are traced, other methods forwarded. */
  public static <T> T wrap(
      Class<T> api, T delegate, OpenTelemetry openTelemetry, String integration,
      List<EndpointSpec> specs) {
    ReflectiveProxy handler =
        new ReflectiveProxy(
            delegate,
            openTelemetry.getTracer("dev.tracepoet.benchmarks.proxy"),
            ReflectiveEndpoint.resolveAll(api, specs, integration));
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    ReflectiveEndpoint endpoint = endpoints.get(method);
    if (endpoint == null) {
      return forward(method, args);
    }
    Object request = args[0];
    Span span;
    try {
      var builder = tracer.spanBuilder(endpoint.spanName).setSpanKind(SpanKind.CLIENT);
      if (!endpoint.path.isEmpty()) {
        builder.setAttribute(endpoint.pathKey, endpoint.path);
      }
      if (!endpoint.httpMethod.isEmpty()) {
        builder.setAttribute(endpoint.methodKey, endpoint.httpMethod);
      }
      span = builder.startSpan();
    } catch (Throwable t) {
      Failures.report("start", t);
      span = Span.getInvalid();
    }
    try {
      if (span.isRecording()) {
        for (ReflectivePath path : endpoint.request) {
          path.record(span, request);
        }
      }
    } catch (Throwable t) {
      Failures.report("recordRequest", t);
    }
    Scope scope;
    try {
      scope = span.makeCurrent();
    } catch (Throwable t) {
      Failures.report("makeCurrent", t);
      scope = null;
    }
    Object response;
    try {
      response = endpoint.method.invoke(delegate, args);
    } catch (InvocationTargetException wrapped) {
      Throwable error = wrapped.getCause();
      close(scope);
      try {
        span.setStatus(StatusCode.ERROR);
        span.recordException(error);
        span.setAttribute(ERROR_TYPE, error.getClass().getName());
      } catch (Throwable t) {
        Failures.report("recordError", t);
      }
      end(span);
      throw error;
    }
    close(scope);
    try {
      if (span.isRecording() && response != null) {
        for (ReflectivePath path : endpoint.response) {
          path.record(span, response);
        }
      }
    } catch (Throwable t) {
      Failures.report("recordResponse", t);
    }
    end(span);
    return response;
  }

  private Object forward(Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(delegate, args);
    } catch (InvocationTargetException wrapped) {
      throw wrapped.getCause();
    }
  }

  private static void close(Scope scope) {
    if (scope == null) {
      return;
    }
    try {
      scope.close();
    } catch (Throwable t) {
      Failures.report("closeScope", t);
    }
  }

  private static void end(Span span) {
    try {
      span.end();
    } catch (Throwable t) {
      Failures.report("end", t);
    }
  }
}
