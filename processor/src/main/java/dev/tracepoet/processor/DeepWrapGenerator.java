package dev.tracepoet.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes a view wrapper's deep wrapping: one {@code ViewCache} field per deep-wrapping method,
 * created in the constructor with a function that wraps a delegate result through the target
 * view's public {@code wrap(delegate, openTelemetry, settings)} (so the target may live in another
 * package and share nothing but the OpenTelemetry instance and the settings), and the method body
 * {@code return this.chatView.get(this.delegate.chat());}.
 */
final class DeepWrapGenerator {
  private DeepWrapGenerator() {}

  /** Adds the {@code openTelemetry} and {@code settings} constructor parameters and the cache fields. */
  static void addCaches(
      TypeSpec.Builder type, MethodSpec.Builder constructor, TracedInterfaceDescriptor client, WrapperMembers members) {
    if (!client.deepWraps()) {
      return;
    }
    constructor
        .addParameter(TypeNames.OPEN_TELEMETRY, "openTelemetry")
        .addParameter(TypeNames.TRACING_SETTINGS, "settings");
    for (TracedMethodDescriptor method : client.methods()) {
      ViewDescriptor.DeepWrap deep = method.deepWrap();
      if (deep == null) {
        continue;
      }
      type.addField(
          ParameterizedTypeName.get(TypeNames.VIEW_CACHE, deep.resultType().box(), deep.viewType()),
          members.cacheField(method),
          Modifier.PRIVATE,
          Modifier.FINAL);
      constructor.addStatement(
          "this.$L = new $T<>(result -> $T.wrap(result, openTelemetry, settings))",
          members.cacheField(method),
          TypeNames.VIEW_CACHE,
          deep.wrapper());
    }
  }

  /** The arguments the generated {@code wrap} passes to the constructor after the tracing. */
  static String constructorTail(TracedInterfaceDescriptor client) {
    return client.deepWraps() ? ", openTelemetry, settings" : "";
  }

  /** {@code return this.chatView.get(this.delegate.chat(...));} */
  static void addBody(MethodSpec.Builder spec, TracedMethodDescriptor method, String cacheField) {
    String arguments =
        method.method().getParameters().stream().map(p -> p.getSimpleName().toString()).collect(Collectors.joining(", "));
    spec.addStatement(
        "return this.$L.get($L)",
        cacheField,
        CodeBlock.of("this.delegate.$L($L)", method.method().getSimpleName(), arguments));
  }
}
