package dev.tracepoet.processor;

import com.google.auto.common.GeneratedAnnotations;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.tracepoet.processor.EndpointDescriptor.Parameter;
import dev.tracepoet.processor.EndpointDescriptor.Shape;
import dev.tracepoet.processor.EndpointDescriptor.TagDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Writes the token-wiring members of a hook: prompt source, completion text and usage recording. */
final class TokenWiringGenerator {
  private TokenWiringGenerator() {}

  /** The token wiring overrides: promptSource, completionText, recordUsage, model. */
  static void addTokenWiring(
      TypeSpec.Builder hook, EndpointDescriptor endpoint, TypeName arguments, TagCodeGenerator tags) {
    EndpointDescriptor.TokenWiring wiring = endpoint.tokens();
    if (wiring.prompt() != null) {
      hook.addMethod(
          requestValueMethod("promptSource", Object.class, endpoint, arguments, wiring.prompt(), tags, "return value"));
    }
    if (wiring.completion() != null) {
      MethodSpec.Builder completionText = MethodSpec.methodBuilder("completionText");
      HookGenerator.suppressDeprecation(completionText, java.util.stream.Stream.of(wiring.completion()));
      hook.addMethod(
          completionText
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PROTECTED)
              .returns(CharSequence.class)
              .addParameter(endpoint.responseType(), "response")
              .addStatement("$T value = null", Object.class)
              .addCode(tags.assign(wiring.completion(), "response", true, "value"))
              .addStatement("return textOf(value)")
              .build());
    }
    if (wiring.usage() != null) {
      String prompt = tags.local("n");
      String completion = tags.local("n");
      String total = tags.local("n");
      CodeBlock body =
          tags.with(
              wiring.usage(),
              "response",
              true,
              usage -> {
                CodeBlock.Builder code = CodeBlock.builder();
                code.addStatement("$T $L = null", Number.class, prompt);
                code.addStatement("$T $L = null", Number.class, completion);
                code.addStatement("$T $L = null", Number.class, total);
                code.add(tags.assign(wiring.promptTokens(), usage, true, prompt));
                if (wiring.completionTokens() != null) {
                  code.add(tags.assign(wiring.completionTokens(), usage, true, completion));
                }
                if (wiring.totalTokens() != null) {
                  code.add(tags.assign(wiring.totalTokens(), usage, true, total));
                }
                UsageDetails details = wiring.details();
                if (details.any()) {
                  String[] extra = new String[3];
                  AttributePath[] paths = {details.cacheRead(), details.cacheCreation(), details.reasoning()};
                  for (int i = 0; i < 3; i++) {
                    extra[i] = tags.local("n");
                    code.addStatement("$T $L = null", Number.class, extra[i]);
                    if (paths[i] != null) {
                      code.add(tags.assign(paths[i], usage, true, extra[i]));
                    }
                  }
                  code.addStatement("tagUsage(span, model(arguments), $L, $L, $L, $L, $L, $L, $L)", prompt, completion,
                      total, extra[0], extra[1], extra[2], details.inputExcludesCache());
                } else {
                  code.addStatement("tagUsage(span, model(arguments), $L, $L, $L, false)", prompt, completion, total);
                }
                code.addStatement("return true");
                return code.build();
              });
      MethodSpec.Builder recordUsage = MethodSpec.methodBuilder("recordUsage");
      HookGenerator.suppressDeprecation(recordUsage, java.util.stream.Stream.of(
          wiring.usage(), wiring.promptTokens(), wiring.completionTokens(), wiring.totalTokens(),
          wiring.details().cacheRead(), wiring.details().cacheCreation(), wiring.details().reasoning())
          .filter(java.util.Objects::nonNull));
      hook.addMethod(
          recordUsage
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PROTECTED)
              .returns(boolean.class)
              .addParameter(TypeNames.SPAN, "span")
              .addParameter(arguments, "arguments")
              .addParameter(endpoint.responseType(), "response")
              .addCode(body)
              .addStatement("return false")
              .build());
    }
    GenAiContentGenerator.add(hook, endpoint, arguments, wiring.content(), tags);
    if (wiring.model() != null) {
      hook.addMethod(
          requestValueMethod(
              "model", String.class, endpoint, arguments, wiring.model(), tags, "return value == null ? null : value.toString()"));
    }
  }

  /**
   * An override {@code name(A arguments)} that reads {@code tag}'s path from the arguments into a
   * local {@code value} and ends with {@code returnStatement}.
   */
  static MethodSpec requestValueMethod(
      String name,
      Class<?> returns,
      EndpointDescriptor endpoint,
      TypeName arguments,
      TagDescriptor tag,
      TagCodeGenerator tags,
      String returnStatement) {
    String root = tag.parameter() == null ? "arguments" : "arguments." + tag.parameter();
    boolean checked = tag.parameter() != null && HookGenerator.parameterType(endpoint, tag.parameter()).isPrimitive();
    MethodSpec.Builder method = MethodSpec.methodBuilder(name);
    HookGenerator.suppressDeprecation(method, java.util.stream.Stream.of(tag.path()));
    if (tag.hasAlternatives()) {
      AlternativesGenerator.Chain chain = tags.alternatives().firstPresent(tag,
          alternative -> HookGenerator.requestRoot(endpoint, alternative.parameter(), false));
      return method
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PROTECTED)
          .returns(returns)
          .addParameter(arguments, "arguments")
          .addCode(chain.code())
          .addStatement("return stringOf($L)", chain.value())
          .build();
    }
    List<AttributePath.Step> steps = tag.path().steps();
    boolean simple = returns == String.class
        && !tag.path().isList()
        && (steps.isEmpty() || steps.get(0) instanceof AttributePath.Property)
        && (steps.size() <= 1 || steps.size() == 2 && steps.get(1).equals(new AttributePath.UnwrapOptional("get")));
    if (simple) {
      // One read, no ladder: stringOf unwraps the Optional and is null-safe.
      CodeBlock read = steps.isEmpty()
          ? CodeBlock.of("$L", root)
          : CodeBlock.of("$L.$L", root, ((AttributePath.Property) steps.get(0)).code());
      return method
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PROTECTED)
          .returns(returns)
          .addParameter(arguments, "arguments")
          .addStatement(checked || steps.isEmpty()
              ? CodeBlock.of("return stringOf($L)", read)
              : CodeBlock.of("return $L == null ? null : stringOf($L)", root, read))
          .build();
    }
    return method
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(returns)
        .addParameter(arguments, "arguments")
        .addStatement("$T value = null", Object.class)
        .addCode(tags.assign(tag.path(), root, checked, "value"))
        .addStatement(returnStatement)
        .build();
  }
}
