package dev.tracepoet.processor;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.tracepoet.processor.EndpointDescriptor.ErrorTagGroup;
import dev.tracepoet.processor.EndpointDescriptor.TagDescriptor;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a hook's error tags: {@code recordError} records each {@code @ErrorTags} group whose
 * exception type matches ({@code if (error instanceof RateLimitException failure) { tags... }}),
 * and {@code errorType} returns the first matching group's {@code ^error.type} value.
 */
final class ErrorTagsGenerator {
  private ErrorTagsGenerator() {}

  static void add(TypeSpec.Builder hook, EndpointDescriptor endpoint, TagCodeGenerator tags, String integration,
      MemberNames constants, boolean custom) {
    List<ErrorTagGroup> groups = endpoint.errorTags();
    if (groups.stream().anyMatch(group -> !group.tags().isEmpty())) {
      tags.method();
      MethodSpec.Builder record = step("recordError", void.class);
      if (custom) {
        record.addStatement("super.recordError(span, error)");
      }
      for (ErrorTagGroup group : groups) {
        if (group.tags().isEmpty()) {
          continue;
        }
        String failure = tags.local("failure");
        record.beginControlFlow("if (error instanceof $T $L)", group.type(), failure);
        for (TagDescriptor tag : group.tags()) {
          String constant = constants.constant(TagCodeGenerator.constantName(tag.key(), integration));
          FieldSpec field = tags.keyConstant(tag, constant);
          if (field != null) {
            hook.addField(field);
          }
          record.addCode(tag.hasAlternatives()
              ? tags.write(tag, constant, null, alternative -> new AlternativesGenerator.Root(failure, true))
              : tags.write(tag, constant, null, failure, true));
        }
        record.endControlFlow();
      }
      HookGenerator.suppressDeprecation(record, groups.stream().flatMap(group -> group.tags().stream()).flatMap(HookGenerator::paths));
      hook.addMethod(record.build());
    }
    if (groups.stream().anyMatch(group -> group.errorType() != null)) {
      tags.method();
      MethodSpec.Builder errorType = MethodSpec.methodBuilder("errorType").addAnnotation(Override.class)
          .addModifiers(Modifier.PROTECTED).returns(String.class).addParameter(Throwable.class, "error");
      for (ErrorTagGroup group : groups) {
        TagDescriptor tag = group.errorType();
        if (tag == null) {
          continue;
        }
        String failure = tags.local("failure");
        errorType.beginControlFlow("if (error instanceof $T $L)", group.type(), failure);
        TagDescriptor read = tag.hasAlternatives() ? tag
            : new TagDescriptor(tag.key(), null, tag.path(), null, List.of(new EndpointDescriptor.Alternative(null, tag.path())));
        AlternativesGenerator.Chain chain =
            tags.alternatives().firstPresent(read, alternative -> new AlternativesGenerator.Root(failure, true));
        errorType.addCode(chain.code());
        errorType.beginControlFlow("if ($L != null)", chain.value()).addStatement("return stringOf($L)", chain.value()).endControlFlow();
        errorType.endControlFlow();
      }
      HookGenerator.suppressDeprecation(errorType,
          groups.stream().filter(group -> group.errorType() != null).flatMap(group -> HookGenerator.paths(group.errorType())));
      hook.addMethod(errorType.addStatement(custom ? "return super.errorType(error)" : "return null").build());
    }
  }

  private static MethodSpec.Builder step(String name, Class<?> returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(returns)
        .addParameter(TypeNames.SPAN, "span")
        .addParameter(Throwable.class, "error");
  }
}
