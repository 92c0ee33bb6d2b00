package dev.tracepoet.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.tracepoet.processor.EndpointDescriptor.Parameter;
import dev.tracepoet.processor.EndpointDescriptor.TagDescriptor;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Writes an endpoint's nested hook class (default name, tag constants, the request/response tag
 * code, the token wiring through {@link TokenWiringGenerator}) and, for methods with several
 * parameters, its arguments holder.
 */
final class HookGenerator {
  private final Elements elements;

  HookGenerator(Elements elements) {
    this.elements = elements;
  }

  /** The holder passing several arguments to a hook. */
  static TypeSpec holder(
      EndpointDescriptor endpoint, WrapperMembers.EndpointMembers members, TracedInterfaceDescriptor client) {
    List<TypeVariableName> typeVariables = client.typeVariables();
    TypeSpec.Builder holder =
        TypeSpec.classBuilder(members.holderClass())
            .addJavadoc("The arguments of one call, as seen by {@link $L}.\n", members.hookClass())
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addTypeVariables(typeVariables)
            .avoidClashesWithNestedClasses(client.element());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (Parameter parameter : endpoint.arguments().parameters()) {
      holder.addField(parameter.type(), parameter.name(), Modifier.FINAL);
      constructor
          .addParameter(parameter.type(), parameter.name())
          .addStatement("this.$L = $L", parameter.name(), parameter.name());
    }
    return holder.addMethod(constructor.build()).build();
  }

  /** The endpoint's hook: default name, tag constants and the code that records them. */
  TypeSpec hook(EndpointDescriptor endpoint, WrapperMembers.EndpointMembers members, TracedInterfaceDescriptor client) {
    EndpointDescriptor.CustomHook userHook = endpoint.hook();
    boolean custom = userHook != null;
    TypeName arguments = members.argumentsType();
    TypeSpec.Builder hook =
        TypeSpec.classBuilder(members.hookClass())
            .addJavadoc("The hook of endpoint {@code $L}.\n", endpoint.defaultName())
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addTypeVariables(client.typeVariables())
            .avoidClashesWithNestedClasses(client.element())
            .superclass(
                custom
                    ? userHook.superclass()
                    : ParameterizedTypeName.get(TypeNames.GENERATED_HOOK, arguments, endpoint.responseType()));
    // Member types inherited from the superclass (a user hook's nested Span or AttributeKey, or
    // the runtime's own) shadow imports inside the hook: JavaPoet qualifies those names.
    TypeName superclass = custom ? userHook.superclass() : TypeNames.ENDPOINT_HOOK;
    ClassName superclassName =
        superclass instanceof ParameterizedTypeName ? ((ParameterizedTypeName) superclass).rawType() : (ClassName) superclass;
    TypeElement superclassElement = elements.getTypeElement(superclassName.canonicalName());
    if (superclassElement != null) {
      hook.avoidClashesWithNestedClasses(superclassElement);
    }
    hook.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(TypeNames.CLIENT_TRACING, "tracing")
            .addStatement(
                "super($L)",
                endpoint.genAiOperation() == null
                    ? CodeBlock.of(
                        "tracing.endpoint($S, $S, $S)",
                        endpoint.defaultName(),
                        endpoint.operation().path(),
                        endpoint.operation().httpMethod())
                    : CodeBlock.of(
                        "tracing.endpoint($S, $S, $S).withGenAiOperation($S)",
                        endpoint.defaultName(),
                        endpoint.operation().path(),
                        endpoint.operation().httpMethod(),
                        endpoint.genAiOperation()))
            .build());

    TagCodeGenerator tags = new TagCodeGenerator();
    MemberNames constants = new MemberNames();
    List<String> requestConstants = addConstants(hook, tags, endpoint.requestTags(), client.integration(), constants);
    List<String> responseConstants = addConstants(hook, tags, endpoint.responseTags(), client.integration(), constants);

    if (!endpoint.requestTags().isEmpty()) {
      tags.method();
      MethodSpec.Builder recordStart = step("recordStart", TypeNames.SPAN_BUILDER, arguments);
      if (custom) {
        recordStart.addStatement("super.recordStart(span, arguments)");
      }
      boolean guarded = false;
      for (int i = 0; i < endpoint.requestTags().size(); i++) {
        TagDescriptor tag = endpoint.requestTags().get(i);
        if (tag.hasAlternatives()) {
          boolean argumentsChecked = guarded;
          recordStart.addCode(tags.write(tag, requestConstants.get(i), aliasConstant(tag, requestConstants.get(i)),
              alternative -> requestRoot(endpoint, alternative.parameter(), argumentsChecked)));
          continue;
        }
        boolean checked;
        String root;
        if (tag.parameter() == null) {
          if (!guarded && !tag.path().steps().isEmpty()) {
            recordStart.beginControlFlow("if (arguments == null)").addStatement("return").endControlFlow();
            guarded = true;
          }
          root = "arguments";
          checked = guarded;
        } else {
          root = "arguments." + tag.parameter();
          checked = parameterType(endpoint, tag.parameter()).isPrimitive();
        }
        recordStart.addCode(tags.write(tag, requestConstants.get(i), aliasConstant(tag, requestConstants.get(i)), root, checked));
      }
      suppressDeprecation(recordStart, endpoint.requestTags().stream().flatMap(HookGenerator::paths));
      hook.addMethod(recordStart.build());
    }
    if (custom && !userHook.recordsRequest()) {
      hook.addMethod(step("recordRequest", TypeNames.SPAN, arguments).build());
    }
    if (custom && !userHook.implementsPreResponse()) {
      hook.addMethod(step("preResponse", TypeNames.SPAN, arguments).build());
    }

    if (!endpoint.responseTags().isEmpty() || custom && !userHook.recordsResponse()) {
      tags.method();
      MethodSpec.Builder recordResponse =
          MethodSpec.methodBuilder("recordResponse")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PROTECTED)
              .addParameter(TypeNames.SPAN, "span")
              .addParameter(endpoint.responseType(), "response");
      if (custom && userHook.recordsResponse()) {
        recordResponse.addStatement("super.recordResponse(span, response)");
      }
      for (int i = 0; i < endpoint.responseTags().size(); i++) {
        TagDescriptor tag = endpoint.responseTags().get(i);
        String constant = responseConstants.get(i);
        recordResponse.addCode(tag.hasAlternatives()
            ? tags.write(tag, constant, aliasConstant(tag, constant), alternative -> new AlternativesGenerator.Root("response", true))
            : tags.write(tag, constant, aliasConstant(tag, constant), "response", true));
      }
      suppressDeprecation(recordResponse, endpoint.responseTags().stream().flatMap(HookGenerator::paths));
      hook.addMethod(recordResponse.build());
    }

    if (custom && !userHook.implementsPostResponse()) {
      hook.addMethod(
          MethodSpec.methodBuilder("postResponse")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PROTECTED)
              .addParameter(TypeNames.SPAN, "span")
              .addParameter(arguments, "arguments")
              .addParameter(endpoint.responseType(), "response")
              .addParameter(Throwable.class, "error")
              .build());
    }
    ErrorTagsGenerator.add(hook, endpoint, tags, client.integration(), constants, custom);
    tags.method();
    TokenWiringGenerator.addTokenWiring(hook, endpoint, arguments, tags);
    GenAiResponseGenerator.addReaders(hook, endpoint, tags);
    return hook.build();
  }

  private static List<String> addConstants(
      TypeSpec.Builder hook,
      TagCodeGenerator tags,
      List<TagDescriptor> descriptors,
      String integration,
      MemberNames used) {
    List<String> names = new ArrayList<>();
    for (TagDescriptor tag : descriptors) {
      String name = used.constant(TagCodeGenerator.constantName(tag.key(), integration));
      names.add(name);
      FieldSpec constant = tags.keyConstant(tag, name);
      if (constant != null) {
        hook.addField(constant);
      }
      if (tag.alias() != null) {
        hook.addField(tags.aliasConstant(tag, aliasConstant(tag, name)));
      }
    }
    return names;
  }

  /** The constant of a tag's GenAI alias: {@code REQUEST_MODEL} → {@code GEN_AI_REQUEST_MODEL}. */
  private static String aliasConstant(TagDescriptor tag, String constant) {
    return tag.alias() == null ? null : "GEN_AI_" + constant;
  }

  /** A step override: {@code protected void name(spanType span, A arguments)}. */
  private static MethodSpec.Builder step(String name, TypeName spanType, TypeName arguments) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(spanType, "span")
        .addParameter(arguments, "arguments");
  }

  /** The paths {@code tag} reads: its path, or its alternatives'. */
  static java.util.stream.Stream<AttributePath> paths(TagDescriptor tag) {
    return tag.hasAlternatives() ? tag.alternatives().stream().map(EndpointDescriptor.Alternative::path) : java.util.stream.Stream.of(tag.path());
  }

  /** Paths through deprecated members were asked for by name: no warning in generated code. */
  static void suppressDeprecation(MethodSpec.Builder method, java.util.stream.Stream<AttributePath> paths) {
    if (paths.anyMatch(path -> path != null && path.usesDeprecated())) {
      method.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build());
    }
  }

  /** Where a request path starting at {@code parameter} (null: the hook's argument) begins. */
  static AlternativesGenerator.Root requestRoot(EndpointDescriptor endpoint, String parameter, boolean argumentsChecked) {
    return parameter == null
        ? new AlternativesGenerator.Root("arguments", argumentsChecked)
        : new AlternativesGenerator.Root("arguments." + parameter, parameterType(endpoint, parameter).isPrimitive());
  }

  static TypeName parameterType(EndpointDescriptor endpoint, String name) {
    for (Parameter parameter : endpoint.arguments().parameters()) {
      if (parameter.name().equals(name)) {
        return parameter.type();
      }
    }
    throw new IllegalStateException("no parameter " + name);
  }
}
