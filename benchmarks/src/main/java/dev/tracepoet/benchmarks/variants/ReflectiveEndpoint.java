package dev.tracepoet.benchmarks.variants;

import io.opentelemetry.api.common.AttributeKey;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** One endpoint as a proxy sees it: the spec resolved against the method, once. */
final class ReflectiveEndpoint {
  final Method method;
  final String spanName;
  final String path;
  final String httpMethod;
  final AttributeKey<String> pathKey;
  final AttributeKey<String> methodKey;
  final ReflectivePath[] request;
  final ReflectivePath[] response;

  ReflectiveEndpoint(Method method, EndpointSpec spec, String integration) {
    if (method.getParameterCount() != 1) {
      throw new IllegalArgumentException("these proxies support single-argument endpoints: " + method);
    }
    this.method = method;
    this.spanName = spec.spanName();
    this.path = spec.path();
    this.httpMethod = spec.httpMethod();
    this.pathKey = AttributeKey.stringKey(integration + ".request.endpoint");
    this.methodKey = AttributeKey.stringKey(integration + ".request.method");
    List<ReflectivePath> request = new ArrayList<>();
    for (String tag : spec.requestTags()) {
      request.add(
          ReflectivePath.resolve(
              method.getGenericParameterTypes()[0], tag, integration + ".request." + tag));
    }
    List<ReflectivePath> response = new ArrayList<>();
    for (String tag : spec.responseTags()) {
      response.add(
          ReflectivePath.resolve(method.getGenericReturnType(), tag, integration + ".response." + tag));
    }
    this.request = request.toArray(new ReflectivePath[0]);
    this.response = response.toArray(new ReflectivePath[0]);
  }

  /** Resolves every spec against the interface's methods. */
  static java.util.Map<Method, ReflectiveEndpoint> resolveAll(
      Class<?> api, List<EndpointSpec> specs, String integration) {
    java.util.Map<Method, ReflectiveEndpoint> endpoints = new java.util.HashMap<>();
    for (EndpointSpec spec : specs) {
      for (Method method : api.getMethods()) {
        if (method.getName().equals(spec.methodName())) {
          method.setAccessible(true);
          endpoints.put(method, new ReflectiveEndpoint(method, spec, integration));
        }
      }
    }
    return endpoints;
  }
}
