package dev.tracepoet.processor;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.MoreElements;
import com.google.auto.common.Visibility;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.tracepoet.processor.EndpointDescriptor.Arguments;
import dev.tracepoet.processor.EndpointDescriptor.Parameter;
import dev.tracepoet.processor.EndpointDescriptor.ReturnKind;
import dev.tracepoet.processor.EndpointDescriptor.Shape;
import dev.tracepoet.processor.EndpointDescriptor.TagDescriptor;
import dev.tracepoet.processor.EndpointDescriptor.TokenWiring;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates one {@code @TracedClient} type, reporting every problem it finds, and builds its {@link
 * TracedInterfaceDescriptor} when there is none.
 */
final class TracedInterfaceValidator {

  /** The result of validating one type. */
  sealed interface Outcome permits Valid, Invalid, Deferred {}

  /** No problems: generate from {@code descriptor}. */
  record Valid(TracedInterfaceDescriptor descriptor) implements Outcome {}

  /** Problems were reported; generate nothing for this type. */
  record Invalid() implements Outcome {}

  /** A type is not resolved yet (perhaps generated later): try again next round. */
  record Deferred(String unresolved) implements Outcome {}

  private static final Pattern INTEGRATION = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
  private static final Pattern GEN_AI_OPERATION = Pattern.compile("[a-z][a-z0-9_]*");

  private final Types types;
  private final Elements elements;
  private final Diagnostics diagnostics;

  private final HookValidator hookValidator;
  private final ReturnKindClassifier returnKinds;
  private final TagValidator tagValidator;
  private final TokenWiringValidator tokenValidator;

  TracedInterfaceValidator(Types types, Elements elements, Diagnostics diagnostics) {
    this.types = types;
    this.elements = elements;
    this.diagnostics = diagnostics;
    this.hookValidator = new HookValidator(types, elements, diagnostics);
    this.returnKinds = new ReturnKindClassifier(types, elements);
    this.tagValidator = new TagValidator(diagnostics);
    this.tokenValidator = new TokenWiringValidator(types, diagnostics, tagValidator);
  }

  Outcome validate(TypeElement type) {
    diagnostics.validating(type);
    try {
      return validateClient(type);
    } finally {
      diagnostics.validating(null);
    }
  }

  private Outcome validateClient(TypeElement type) {
    int errorsBefore = diagnostics.errorCount();
    AnnotationMirror client = mirror(type, TypeNames.TRACED_CLIENT);
    if (type.getKind() != ElementKind.INTERFACE) {
      diagnostics.error(
          type, client, Message.NOT_AN_INTERFACE, type.getSimpleName(), Message.withArticle(kindName(type.getKind())));
      return new Invalid();
    }
    if (isPrivateOrInPrivate(type)) {
      diagnostics.error(type, client, Message.PRIVATE_INTERFACE, type.getQualifiedName());
      return new Invalid();
    }
    AnnotationValue integrationValue = AnnotationMirrors.getAnnotationValue(client, "integration");
    String integration = String.valueOf(integrationValue.getValue());
    if (!INTEGRATION.matcher(integration).matches()) {
      diagnostics.error(type, client, integrationValue, Message.INVALID_INTEGRATION, integration);
    }
    AnnotationValue providerValue = AnnotationMirrors.getAnnotationValue(client, "genAiProvider");
    String genAiProvider = String.valueOf(providerValue.getValue());
    if (!genAiProvider.isEmpty() && !INTEGRATION.matcher(genAiProvider).matches()) {
      diagnostics.error(type, client, providerValue, Message.INVALID_GEN_AI, "genAiProvider", Message.escape(genAiProvider),
          "use the provider's well-known lower-case name, e.g. \"openai\", \"anthropic\", \"aws.bedrock\"");
    }

    for (TypeMirror superinterface : type.getInterfaces()) {
      if (superinterface.getKind() == TypeKind.ERROR) {
        return new Deferred(superinterface.toString());
      }
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      AnnotationMirror endpoint = mirror(method, TypeNames.TRACED_ENDPOINT);
      if (endpoint != null
          && (method.getModifiers().contains(Modifier.STATIC) || method.getModifiers().contains(Modifier.PRIVATE))) {
        diagnostics.error(method, endpoint, Message.ENDPOINT_OUTSIDE_CLIENT, describe(method),
            (method.getModifiers().contains(Modifier.STATIC) ? "static" : "private")
                + " interface methods are not implemented by the wrapper");
      }
    }
    DeclaredType declared = (DeclaredType) type.asType();
    PackageElement pkg = elements.getPackageOf(type);
    PathResolver resolver = new PathResolver(types, elements, pkg);
    Names names = new Names();
    List<TracedMethodDescriptor> methods = new ArrayList<>();
    String interfaceErasure = types.erasure(type.asType()).toString();
    boolean hasEquals = false;
    boolean hasHashCode = false;
    for (ExecutableElement method : uniqueMethods(type, declared)) {
      ExecutableType member = (ExecutableType) types.asMemberOf(declared, method);
      String name = method.getSimpleName().toString();
      hasEquals |= name.equals("equals") && method.getParameters().size() == 1;
      hasHashCode |= name.equals("hashCode") && method.getParameters().isEmpty();
      if (name.equals("wrap")
          && member.getParameterTypes().size() >= 1
          && member.getParameterTypes().size() <= 3
          && types.erasure(member.getParameterTypes().get(0)).toString().equals(interfaceErasure)) {
        diagnostics.error(method, Message.WRAP_CLASH, describe(method), wrapperName(type).simpleName());
        continue;
      }
      Optional<TypeMirror> unresolved = ErrorTypes.find(member, method);
      if (unresolved.isPresent()) {
        return new Deferred(unresolved.get().toString());
      }
      AnnotationMirror endpoint = mirror(method, TypeNames.TRACED_ENDPOINT);
      if (endpoint == null) {
        methods.add(new TracedMethodDescriptor(method, null));
        continue;
      }
      EndpointResult result =
          endpoint(type, integration, genAiProvider, method, member, endpoint, resolver, names, pkg);
      if (result.deferred != null) {
        return new Deferred(result.deferred);
      }
      // Several endpoints may share a default name (overloads, sync and async forms): a span name
      // names an operation. Only generated member names must be unique; Names allocates them.
      methods.add(new TracedMethodDescriptor(method, result.descriptor));
    }
    if (diagnostics.errorCount() > errorsBefore) {
      return new Invalid();
    }
    if (hasEquals && !hasHashCode) {
      // Forwarding equals without hashCode would break their contract (and -Xlint:overrides).
      ExecutableElement hashCode =
          ElementFilter.methodsIn(elements.getTypeElement("java.lang.Object").getEnclosedElements()).stream()
              .filter(m -> m.getSimpleName().contentEquals("hashCode"))
              .findFirst()
              .orElseThrow();
      methods.add(new TracedMethodDescriptor(hashCode, null));
    }
    List<TypeVariableName> typeVariables =
        type.getTypeParameters().stream().map(TypeVariableName::get).collect(Collectors.toList());
    ClassName interfaceName = ClassName.get(type);
    TypeName interfaceType =
        typeVariables.isEmpty()
            ? interfaceName
            : ParameterizedTypeName.get(interfaceName, typeVariables.toArray(new TypeName[0]));
    return new Valid(
        new TracedInterfaceDescriptor(
            type,
            wrapperName(type),
            interfaceType,
            typeVariables,
            isEffectivelyPublic(type),
            integration,
            List.copyOf(methods),
            genAiProvider.isEmpty() ? null : genAiProvider));
  }

  // ---------------------------------------------------------------- endpoints

  private static final class EndpointResult {
    EndpointDescriptor descriptor;
    String deferred;
  }

  private EndpointResult endpoint(
      TypeElement type,
      String integration,
      String genAiProvider,
      ExecutableElement method,
      ExecutableType member,
      AnnotationMirror annotation,
      PathResolver resolver,
      Names names,
      PackageElement pkg) {
    EndpointResult result = new EndpointResult();
    int errorsBefore = diagnostics.errorCount();
    String methodName = method.getSimpleName().toString();

    AnnotationValue nameValue = AnnotationMirrors.getAnnotationValue(annotation, "name");
    String name = String.valueOf(nameValue.getValue());
    if (!name.isEmpty() && name.isBlank()) {
      diagnostics.error(method, annotation, nameValue, Message.EMPTY_NAME, Message.escape(name));
    }
    String defaultName = name.isEmpty() ? methodName : name;
    String path = String.valueOf(AnnotationMirrors.getAnnotationValue(annotation, "endpoint").getValue());
    String httpMethod = String.valueOf(AnnotationMirrors.getAnnotationValue(annotation, "method").getValue());

    AnnotationValue operationValue = AnnotationMirrors.getAnnotationValue(annotation, "genAiOperation");
    String genAiOperation = String.valueOf(operationValue.getValue());
    if (!genAiOperation.isEmpty()) {
      if (genAiProvider.isEmpty()) {
        diagnostics.error(method, annotation, operationValue, Message.INVALID_GEN_AI, "genAiOperation", Message.escape(genAiOperation),
            "it has no effect because @TracedClient of " + type.getSimpleName()
                + " has no genAiProvider; add @TracedClient(genAiProvider = \"...\") or remove genAiOperation");
      } else if (!GEN_AI_OPERATION.matcher(genAiOperation).matches()) {
        diagnostics.error(method, annotation, operationValue, Message.INVALID_GEN_AI, "genAiOperation", Message.escape(genAiOperation),
            "use a lower-case operation name such as \"chat\", \"text_completion\", \"embeddings\" or \"generate_content\"");
      }
    }
    TypeMirror returnType = member.getReturnType();
    Set<TypeParameterElement> methodTypeVariables = new HashSet<>(method.getTypeParameters());
    boolean generic = !methodTypeVariables.isEmpty();
    ReturnKindClassifier.ReturnShape shape = returnKinds.classify(returnType);
    Optional<String> unobservable =
        shape.kind == ReturnKind.PLAIN ? UnobservableAsyncTypes.find(returnType, types) : Optional.empty();
    if (unobservable.isPresent()) {
      diagnostics.error(method, annotation, Message.UNOBSERVABLE_ASYNC_TYPE, describe(method), returnType, unobservable.get());
    } else if (shape.unsupported != null) {
      diagnostics.error(method, annotation, Message.UNSUPPORTED_RETURN_TYPE, describe(method), returnType, shape.unsupported);
    } else if (shape.kind != ReturnKind.PLAIN && ErrorTypes.mentions(returnType, methodTypeVariables)) {
      diagnostics.error(method, annotation, Message.UNSUPPORTED_RETURN_TYPE, describe(method), returnType,
          "its element type depends on a type variable of the method; declare a concrete element type");
    }

    // The hook's argument type A.
    List<? extends VariableElement> parameters = method.getParameters();
    List<Parameter> hookParameters = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      TypeMirror parameterType = member.getParameterTypes().get(i);
      TypeName typeName =
          ErrorTypes.mentions(parameterType, methodTypeVariables)
              ? ClassName.OBJECT
              : TypeName.get(parameterType);
      hookParameters.add(new Parameter(parameters.get(i).getSimpleName().toString(), typeName));
    }
    String capitalized = Character.toUpperCase(methodName.charAt(0)) + methodName.substring(1);
    List<TypeVariableName> typeVariables =
        type.getTypeParameters().stream().map(TypeVariableName::get).collect(Collectors.toList());
    Arguments arguments;
    if (parameters.isEmpty()) {
      arguments = new Arguments(Shape.NONE, ClassName.get(Void.class), null, List.of());
    } else if (parameters.size() == 1) {
      arguments = new Arguments(Shape.SINGLE, hookParameters.get(0).type().box(), null, List.copyOf(hookParameters));
    } else {
      String holder = names.nestedClass(capitalized + "Arguments");
      ClassName holderName = wrapperName(type).nestedClass(holder);
      TypeName holderType =
          typeVariables.isEmpty()
              ? holderName
              : ParameterizedTypeName.get(holderName, typeVariables.toArray(new TypeName[0]));
      arguments = new Arguments(Shape.HOLDER, holderType, holder, List.copyOf(hookParameters));
    }

    // The hook's response type R: the return type, or what a future / stream produces.
    boolean isVoid = returnType.getKind() == TypeKind.VOID;
    boolean castResult = !isVoid && ErrorTypes.mentions(returnType, methodTypeVariables);
    TypeMirror valueType = shape.valueType != null ? shape.valueType : returnType;
    TypeName responseType =
        isVoid
            ? ClassName.get(Void.class)
            : castResult ? ClassName.OBJECT : TypeName.get(valueType).box();
    TypeName invocationResultType =
        shape.kind == ReturnKind.PLAIN ? responseType : TypeName.get(returnType);

    // Tags.
    EndpointContext context =
        new EndpointContext(integration, method, member, valueType, annotation, methodTypeVariables, resolver);
    List<TagDescriptor> requestTags = new ArrayList<>();
    List<TagDescriptor> responseTags = new ArrayList<>();
    String deferred =
        tagValidator.validate(context, "requestTags", true, requestTags);
    if (deferred == null) {
      deferred =
          tagValidator.validate(context, "responseTags", false, responseTags);
    }
    TokenWiringValidator.TokenWiringBuilder tokens = new TokenWiringValidator.TokenWiringBuilder();
    if (deferred == null) {
      deferred = tokenValidator.validate(context, requestTags, tokens);
    }
    if (deferred != null) {
      result.deferred = deferred;
      return result;
    }

    // The hook's superclass.
    TypeName endpointHook = ParameterizedTypeName.get(TypeNames.ENDPOINT_HOOK, arguments.type(), responseType);
    HookValidator.HookCheck hook = new HookValidator.HookCheck(endpointHook);
    AnnotationValue hookValue = AnnotationMirrors.getAnnotationValue(annotation, "hook");
    if (!(hookValue.getValue() instanceof TypeMirror)) {
      // javac could not resolve or access the class literal and reports that itself.
      result.deferred = String.valueOf(hookValue.getValue());
      return result;
    }
    {
      TypeMirror hookType = (TypeMirror) hookValue.getValue();
      if (hookType.getKind() == TypeKind.ERROR) {
        result.deferred = hookType.toString();
        return result;
      }
      if (hookType.getKind() != TypeKind.DECLARED && hookType.getKind() != TypeKind.VOID) {
        diagnostics.error(method, annotation, hookValue, Message.INVALID_HOOK, hookType, describe(method),
            "it is not a class; a hook must be a class extending dev.tracepoet.runtime.EndpointHook (or remove hook)");
      } else if (hookType.getKind() == TypeKind.DECLARED) {
        hook = hookValidator.check(new HookValidator.Use(method, annotation, hookValue, arguments, responseType, pkg), (DeclaredType) hookType);
      }
    }

    if (diagnostics.errorCount() > errorsBefore) {
      return result;
    }
    String hookClass = names.nestedClass(capitalized + "Hook");
    String hookField = names.field(methodName + "Hook");
    String invocationField = generic ? null : names.field(methodName + "Call");
    result.descriptor =
        new EndpointDescriptor(
            defaultName,
            path,
            httpMethod,
            hookClass,
            hookField,
            invocationField,
            arguments,
            responseType,
            isVoid,
            castResult,
            hook.superclass,
            hook.recordsRequest,
            hook.recordsResponse,
            !hook.implementsPre,
            !hook.implementsPost,
            List.copyOf(requestTags),
            List.copyOf(responseTags),
            shape.kind,
            invocationResultType,
            tokens.build(),
            genAiOperation.isEmpty() || genAiProvider.isEmpty() ? null : genAiOperation);
    if (result.descriptor.genAiOperation() != null) {
      result.descriptor = GenAiConventions.withAliases(result.descriptor);
    }
    return result;
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The methods the wrapper implements: abstract and default methods, local and inherited, not
   * static or private, not Object's own; one per signature (a method declared by two unrelated
   * super-interfaces is implemented once, preferring a declaration with {@code @TracedEndpoint}).
   */
  private List<ExecutableElement> uniqueMethods(TypeElement type, DeclaredType declared) {
    Map<String, ExecutableElement> bySignature = new LinkedHashMap<>();
    for (ExecutableElement method : MoreElements.getLocalAndInheritedMethods(type, types, elements)) {
      if (isFromObjectOnly(method)
          || method.getModifiers().contains(Modifier.STATIC)
          || method.getModifiers().contains(Modifier.PRIVATE)) {
        continue;
      }
      ExecutableType member = (ExecutableType) types.asMemberOf(declared, method);
      String signature =
          method.getSimpleName()
              + member.getParameterTypes().stream()
                  .map(t -> types.erasure(t).toString())
                  .collect(Collectors.joining(",", "(", ")"));
      ExecutableElement kept = bySignature.get(signature);
      if (kept == null
          || mirror(kept, TypeNames.TRACED_ENDPOINT) == null && mirror(method, TypeNames.TRACED_ENDPOINT) != null) {
        bySignature.put(signature, method);
      }
    }
    return new ArrayList<>(bySignature.values());
  }

  static AnnotationMirror mirror(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
        return mirror;
      }
    }
    return null;
  }

  private static boolean isFromObjectOnly(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    return owner instanceof TypeElement
        && ((TypeElement) owner).getQualifiedName().contentEquals("java.lang.Object");
  }

  private static boolean isPrivateOrInPrivate(TypeElement type) {
    return Visibility.effectiveVisibilityOfElement(type) == Visibility.PRIVATE;
  }

  private static boolean isEffectivelyPublic(TypeElement type) {
    return Visibility.effectiveVisibilityOfElement(type) == Visibility.PUBLIC;
  }

  static ClassName wrapperName(TypeElement type) {
    ClassName name = ClassName.get(type);
    return ClassName.get(name.packageName(), "Traced" + String.join("_", name.simpleNames()));
  }

  static String describe(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "("
        + method.getParameters().stream().map(p -> simpleTypeName(p.asType())).collect(Collectors.joining(", "))
        + ")";
  }

  static String simpleTypeName(TypeMirror type) {
    String full = type.toString();
    return full.replaceAll("(\\w+\\.)+", "");
  }

  static String kindName(ElementKind kind) {
    switch (kind) {
      case ANNOTATION_TYPE:
        return "annotation type";
      case ENUM:
        return "enum";
      case RECORD:
        return "record";
      case CLASS:
        return "class";
      case INTERFACE:
        return "interface";
      default:
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Allocates member names of the generated wrapper so they never clash. */
  private static final class Names {
    private final Set<String> fields = new HashSet<>(Set.of("delegate"));
    private final Set<String> classes = new HashSet<>();

    String field(String wanted) {
      return unique(fields, wanted);
    }

    String nestedClass(String wanted) {
      return unique(classes, wanted);
    }

    private static String unique(Set<String> used, String wanted) {
      String name = wanted;
      for (int i = 2; !used.add(name); i++) {
        name = wanted + i;
      }
      return name;
    }
  }
}
