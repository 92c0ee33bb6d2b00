package dev.tracepoet.processor;

import com.palantir.javapoet.ClassName;

/** Every type the generated code references, in one place (the processor never loads them). */
final class TypeNames {
  static final String RUNTIME_PACKAGE = "dev.tracepoet.runtime";

  static final ClassName ENDPOINT_HOOK = ClassName.get(RUNTIME_PACKAGE, "EndpointHook");
  static final ClassName GENERATED_HOOK = ClassName.get(RUNTIME_PACKAGE, "GeneratedHook");
  static final ClassName TAGS = ClassName.get(RUNTIME_PACKAGE, "Tags");
  static final ClassName HOOK_SUPPORT = ClassName.get(RUNTIME_PACKAGE, "HookSupport");
  static final ClassName INVOCATION = ClassName.get(RUNTIME_PACKAGE, "Invocation");
  static final ClassName ENDPOINT = ClassName.get(RUNTIME_PACKAGE, "Endpoint");
  static final ClassName CLIENT_TRACING = ClassName.get(RUNTIME_PACKAGE, "ClientTracing");
  static final ClassName TRACING_SETTINGS = ClassName.get(RUNTIME_PACKAGE, "TracingSettings");
  static final ClassName VIEW_CACHE = ClassName.get(RUNTIME_PACKAGE, "ViewCache");
  static final ClassName TRACED_GENERATED = ClassName.get(RUNTIME_PACKAGE, "TracedGenerated");
  static final ClassName GEN_AI_TOOL_DEFINITIONS = ClassName.get(RUNTIME_PACKAGE, "GenAiToolDefinitions");

  static final ClassName OPEN_TELEMETRY = ClassName.get("io.opentelemetry.api", "OpenTelemetry");
  static final ClassName GLOBAL_OPEN_TELEMETRY =
      ClassName.get("io.opentelemetry.api", "GlobalOpenTelemetry");
  static final ClassName SPAN = ClassName.get("io.opentelemetry.api.trace", "Span");
  static final ClassName SPAN_BUILDER = ClassName.get("io.opentelemetry.api.trace", "SpanBuilder");
  static final ClassName ATTRIBUTE_KEY = ClassName.get("io.opentelemetry.api.common", "AttributeKey");

  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");

  static final String TRACED_CLIENT = "dev.tracepoet.annotations.TracedClient";
  static final String TRACED_ENDPOINT = "dev.tracepoet.annotations.TracedEndpoint";
  static final String ENDPOINT_HOOK_NAME = ENDPOINT_HOOK.canonicalName();
  static final String ENDPOINT_NAME = ENDPOINT.canonicalName();

  private TypeNames() {}
}
