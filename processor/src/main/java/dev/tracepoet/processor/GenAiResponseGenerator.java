package dev.tracepoet.processor;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tracepoet.processor.EndpointDescriptor.TagDescriptor;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Writes the GenAI response readers of a hook, from the response tags that carry a GenAI alias:
 * {@code responseModel} (tag aliased {@code gen_ai.response.model}; for the metrics, read even when
 * the span is not recording) and {@code finishReasons} (aliased {@code
 * gen_ai.response.finish_reasons}; for streams, collected over all chunks).
 */
final class GenAiResponseGenerator {
  static final String RESPONSE_MODEL = "gen_ai.response.model";
  static final String FINISH_REASONS = "gen_ai.response.finish_reasons";

  private GenAiResponseGenerator() {}

  static void addReaders(TypeSpec.Builder hook, EndpointDescriptor endpoint, TagCodeGenerator tags) {
    if (endpoint.genAiOperation() == null) {
      return;
    }
    for (TagDescriptor tag : endpoint.responseTags()) {
      if (RESPONSE_MODEL.equals(tag.alias()) && tag.hasAlternatives()) {
        MethodSpec.Builder reader = reader("responseModel", TypeName.get(String.class), endpoint, tag, tags);
        AlternativesGenerator.Chain chain =
            tags.alternatives().firstPresent(tag, alternative -> new AlternativesGenerator.Root("response", true));
        hook.addMethod(reader.addCode(chain.code()).addStatement("return stringOf($L)", chain.value()).build());
      } else if (RESPONSE_MODEL.equals(tag.alias()) && !tag.path().isList()) {
        hook.addMethod(
            reader("responseModel", TypeName.get(String.class), endpoint, tag, tags)
                .addStatement("$T value = null", Object.class)
                .addCode(tags.assign(tag.path(), "response", true, "value"))
                .addStatement("return value == null ? null : value.toString()")
                .build());
      } else if (FINISH_REASONS.equals(tag.alias()) && tag.path().isList() && !tag.hasAlternatives()) {
        TypeName strings = ParameterizedTypeName.get(TypeNames.LIST, TypeName.get(String.class));
        hook.addMethod(
            reader("finishReasons", strings, endpoint, tag, tags)
                .addStatement("$T value = null", strings)
                .addCode(tags.assign(tag.path(), "response", true, "value"))
                .addStatement("return value")
                .build());
      }
    }
  }

  private static MethodSpec.Builder reader(
      String name, TypeName returns, EndpointDescriptor endpoint, TagDescriptor tag, TagCodeGenerator tags) {
    tags.method();
    MethodSpec.Builder method = MethodSpec.methodBuilder(name);
    HookGenerator.suppressDeprecation(method, Stream.of(tag.path()));
    return method
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(returns)
        .addParameter(endpoint.responseType(), "response");
  }
}
