package dev.tracepoet.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes the GenAI content wiring of a hook: {@code systemInstructionsSource} (the request path,
 * read like the prompt) and {@code toolDefinitions} (a loop over the tools that hands each one's
 * type, name, description and parameters to the runtime's {@code GenAiToolDefinitions}).
 */
final class GenAiContentGenerator {
  private GenAiContentGenerator() {}

  static void add(TypeSpec.Builder hook, EndpointDescriptor endpoint, TypeName arguments, GenAiContentWiring content,
      TagCodeGenerator tags) {
    if (content.systemInstructions() != null) {
      hook.addMethod(TokenWiringGenerator.requestValueMethod(
          "systemInstructionsSource", Object.class, endpoint, arguments, content.systemInstructions(), tags, "return value"));
    }
    GenAiContentWiring.Tools tools = content.tools();
    if (tools == null) {
      return;
    }
    String root = tools.parameter() == null ? "arguments" : "arguments." + tools.parameter();
    boolean checked = tools.parameter() != null && HookGenerator.parameterType(endpoint, tools.parameter()).isPrimitive();
    String out = tags.local("tools");
    String tool = tags.local("tool");
    CodeBlock body = tags.with(tools.collection(), root, checked, collection -> CodeBlock.builder()
        .beginControlFlow("for (var $L : $L)", tool, collection)
        .beginControlFlow("if ($L != null)", tool)
        .addStatement("toolDefinition($L, $L, $L, $L, $L)", out, read(tool, tools.type()),
            tools.name() == null ? tool : read(tool, tools.name()), read(tool, tools.description()),
            read(tool, tools.parameters()))
        .endControlFlow()
        .endControlFlow()
        .build());
    MethodSpec.Builder method = MethodSpec.methodBuilder("toolDefinitions")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(TypeNames.GEN_AI_TOOL_DEFINITIONS, out)
        .addParameter(arguments, "arguments")
        .addCode(body);
    if (tools.usesDeprecated()) {
      method.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build());
    }
    hook.addMethod(method.build());
  }

  private static String read(String tool, AttributePath.Property property) {
    return property == null ? "null" : tool + "." + property.code();
  }
}
