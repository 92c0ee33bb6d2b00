package dev.tracepoet.processor;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.MoreElements;
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
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*");
  private static final Pattern SEGMENT = Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

  private final Types types;
  private final Elements elements;
  private final Diagnostics diagnostics;

  TracedInterfaceValidator(Types types, Elements elements, Diagnostics diagnostics) {
    this.types = types;
    this.elements = elements;
    this.diagnostics = diagnostics;
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
    ReturnShape shape = classifyReturn(returnType);
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
    List<TagDescriptor> requestTags = new ArrayList<>();
    List<TagDescriptor> responseTags = new ArrayList<>();
    String deferred =
        tags(integration, method, member, valueType, annotation, "requestTags", true, methodTypeVariables, resolver, requestTags);
    if (deferred == null) {
      deferred =
          tags(integration, method, member, valueType, annotation, "responseTags", false, methodTypeVariables, resolver, responseTags);
    }
    TokenWiringBuilder tokens = new TokenWiringBuilder();
    if (deferred == null) {
      deferred = tokenWiring(integration, method, member, valueType, annotation, methodTypeVariables, resolver, requestTags, tokens);
    }
    if (deferred != null) {
      result.deferred = deferred;
      return result;
    }

    // The hook's superclass.
    TypeName endpointHook = ParameterizedTypeName.get(TypeNames.ENDPOINT_HOOK, arguments.type(), responseType);
    HookCheck hook = new HookCheck(endpointHook);
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
        hook = checkHook(method, annotation, hookValue, (DeclaredType) hookType, arguments, responseType, pkg);
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

  // ---------------------------------------------------------------- return types

  /** How a return type completes; {@code unsupported} says why it cannot be traced. */
  private static final class ReturnShape {
    ReturnKind kind = ReturnKind.PLAIN;
    TypeMirror valueType;
    String unsupported;
  }

  private ReturnShape classifyReturn(TypeMirror type) {
    ReturnShape shape = new ReturnShape();
    if (type.getKind() != TypeKind.DECLARED) {
      return shape;
    }
    String qualified = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    TypeElement stage = elements.getTypeElement("java.util.concurrent.CompletionStage");
    DeclaredType asStage = findSupertype(type, stage, 0);
    if (asStage != null) {
      shape.kind = ReturnKind.ASYNC;
      shape.valueType = singleArgument(asStage, shape);
      return shape;
    }
    switch (qualified) {
      case "java.util.stream.Stream":
        shape.kind = ReturnKind.STREAM;
        break;
      case "java.util.Iterator":
        shape.kind = ReturnKind.ITERATOR;
        break;
      case "java.lang.Iterable":
        shape.kind = ReturnKind.ITERABLE;
        break;
      case "java.util.concurrent.Flow.Publisher":
        shape.kind = ReturnKind.PUBLISHER;
        break;
      default:
        if (isSubtypeOf(type, "java.util.concurrent.Future")) {
          shape.unsupported =
              "a Future that is not a CompletionStage cannot be observed without blocking; return a"
                  + " CompletableFuture or CompletionStage";
        } else if (isSubtypeOf(type, "java.util.stream.BaseStream")) {
          shape.unsupported = "only java.util.stream.Stream is supported; return a Stream<T>";
        } else if (isSubtypeOf(type, "java.util.concurrent.Flow.Publisher")) {
          shape.unsupported = "only java.util.concurrent.Flow.Publisher itself is supported; declare the return type as Flow.Publisher<T>";
        }
        return shape;
    }
    shape.valueType = singleArgument((DeclaredType) type, shape);
    return shape;
  }

  private TypeMirror singleArgument(DeclaredType type, ReturnShape shape) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.size() != 1) {
      shape.unsupported = "it is a raw type; declare its type argument";
      return null;
    }
    TypeMirror argument = arguments.get(0);
    if (argument.getKind() == TypeKind.WILDCARD) {
      shape.unsupported = "its type argument is a wildcard; declare a concrete type argument";
      return null;
    }
    return argument;
  }

  private boolean isSubtypeOf(TypeMirror type, String name) {
    TypeElement element = elements.getTypeElement(name);
    return element != null && types.isAssignable(types.erasure(type), types.erasure(element.asType()));
  }

  // ---------------------------------------------------------------- token wiring

  private static final class TokenWiringBuilder {
    TagDescriptor prompt;
    AttributePath completion;
    AttributePath usage;
    AttributePath promptTokens;
    AttributePath completionTokens;
    AttributePath totalTokens;
    TagDescriptor model;

    TokenWiring build() {
      if (prompt == null && completion == null && usage == null && model == null) {
        return TokenWiring.NONE;
      }
      return new TokenWiring(prompt, completion, usage, promptTokens, completionTokens, totalTokens, model);
    }
  }

  /** Resolves {@code prompt}, {@code completion} and {@code usage}; returns a type to defer on. */
  private String tokenWiring(
      String integration,
      ExecutableElement method,
      ExecutableType member,
      TypeMirror valueType,
      AnnotationMirror annotation,
      Set<TypeParameterElement> methodTypeVariables,
      PathResolver resolver,
      List<TagDescriptor> requestTags,
      TokenWiringBuilder out) {
    for (TagDescriptor tag : requestTags) {
      if (tag.key().equals(integration + ".request.model") && !tag.path().isList()) {
        out.model = tag;
      }
    }
    AnnotationValue promptValue = AnnotationMirrors.getAnnotationValue(annotation, "prompt");
    String prompt = String.valueOf(promptValue.getValue()).trim();
    if (!prompt.isEmpty()) {
      Root root = requestRoot(method, member, prompt, annotation, promptValue, Message.UNKNOWN_TOKEN_PATH, "prompt", methodTypeVariables, resolver);
      if (root != null) {
        PathResolver.Resolution resolution = resolver.resolve(root.type, root.segments, false);
        if (resolution instanceof PathResolver.Deferred) {
          return ((PathResolver.Deferred) resolution).errorType().toString();
        }
        if (resolution instanceof PathResolver.Unresolved) {
          unresolvedToken(method, annotation, promptValue, "prompt", prompt, (PathResolver.Unresolved) resolution);
        } else {
          AttributePath resolved = ((PathResolver.Resolved) resolution).path();
          if (resolved.kind() == ValueKind.STRING || (resolved.isList() && resolved.kind() == ValueKind.LONG)) {
            out.prompt = new TagDescriptor("prompt", root.parameter, resolved);
          } else {
            diagnostics.error(method, annotation, promptValue, Message.UNKNOWN_TOKEN_PATH, "prompt", prompt,
                "it resolves to a " + resolved.kind().name().toLowerCase(java.util.Locale.ROOT) + (resolved.isList() ? " list" : "")
                    + ", not to text or token ids",
                "Point prompt at a String, a list of Strings (e.g. \"messages.content\") or token ids (int[] or List<Integer>)");
          }
        }
      }
    }
    boolean noResponse = valueType.getKind() == TypeKind.VOID;
    AnnotationValue completionValue = AnnotationMirrors.getAnnotationValue(annotation, "completion");
    String completion = String.valueOf(completionValue.getValue()).trim();
    if (!completion.isEmpty()) {
      if (noResponse) {
        diagnostics.error(method, annotation, completionValue, Message.UNKNOWN_TOKEN_PATH, "completion", completion,
            describe(method) + " returns void", "Remove completion");
      } else {
        PathResolver.Resolution resolution = resolver.resolve(valueType, List.of(completion.split("\\.", -1)), false);
        if (resolution instanceof PathResolver.Deferred) {
          return ((PathResolver.Deferred) resolution).errorType().toString();
        }
        if (resolution instanceof PathResolver.Unresolved) {
          unresolvedToken(method, annotation, completionValue, "completion", completion, (PathResolver.Unresolved) resolution);
        } else {
          AttributePath resolved = ((PathResolver.Resolved) resolution).path();
          if (resolved.kind() == ValueKind.STRING) {
            out.completion = resolved;
          } else {
            diagnostics.error(method, annotation, completionValue, Message.UNKNOWN_TOKEN_PATH, "completion", completion,
                "it resolves to a " + resolved.kind().name().toLowerCase(java.util.Locale.ROOT) + ", not to text",
                "Point completion at a String (or a list of Strings, e.g. \"choices.message.content\")");
          }
        }
      }
    }
    AnnotationValue usageValue = AnnotationMirrors.getAnnotationValue(annotation, "usage");
    String usage = String.valueOf(usageValue.getValue()).trim();
    if (!usage.isEmpty()) {
      if (noResponse) {
        diagnostics.error(method, annotation, usageValue, Message.UNKNOWN_TOKEN_PATH, "usage", usage,
            describe(method) + " returns void", "Remove usage");
        return null;
      }
      UsageResolver usageResolver = new UsageResolver(types, resolver);
      UsageResolver.Result found = usageResolver.resolve(valueType, List.of(usage.split("\\.", -1)));
      if (found.deferred != null) {
        return found.deferred;
      }
      if (found.problem != null && found.message != null) {
        diagnostics.error(method, annotation, usageValue, found.message, usage, found.problem, found.hint);
      } else if (found.problem != null) {
        diagnostics.error(method, annotation, usageValue, Message.UNKNOWN_TOKEN_PATH, "usage", usage, found.problem, found.hint);
      } else {
        out.usage = found.usage;
        out.promptTokens = found.promptTokens;
        out.completionTokens = found.completionTokens;
        out.totalTokens = found.totalTokens;
      }
    }
    return null;
  }

  private void unresolvedToken(
      ExecutableElement method, AnnotationMirror annotation, AnnotationValue value, String what, String path,
      PathResolver.Unresolved problem) {
    if (problem.message() != null) {
      diagnostics.error(method, annotation, value, problem.message(), path, problem.problem(), problem.hint());
      return;
    }
    diagnostics.error(method, annotation, value, Message.UNKNOWN_TOKEN_PATH, what, path, problem.problem(), problem.hint());
  }

  /** Where a request path starts: a parameter, and the remaining segments. */
  private static final class Root {
    TypeMirror type;
    String parameter;
    List<String> segments;
  }

  private Root requestRoot(
      ExecutableElement method,
      ExecutableType member,
      String path,
      AnnotationMirror annotation,
      AnnotationValue value,
      Message message,
      String what,
      Set<TypeParameterElement> methodTypeVariables,
      PathResolver resolver) {
    List<String> segments = Arrays.asList(path.split("\\.", -1));
    List<? extends VariableElement> parameters = method.getParameters();
    int index = -1;
    for (int i = 0; i < parameters.size(); i++) {
      if (PathResolver.normalize(parameters.get(i).getSimpleName().toString()).equals(PathResolver.normalize(segments.get(0)))) {
        index = i;
      }
    }
    Root root = new Root();
    root.segments = segments;
    if (index == 0 && parameters.size() == 1 && hasProperty(member.getParameterTypes().get(0), segments.get(0), resolver)) {
      // "prompt" on a single parameter named prompt whose type has a prompt() property: the property
      // wins, as in every other single-parameter path.
    } else if (index >= 0) {
      root.segments = segments.subList(1, segments.size());
    } else if (parameters.size() == 1) {
      index = 0;
    } else {
      List<String> names = parameters.stream().map(p -> p.getSimpleName().toString()).collect(Collectors.toList());
      String closest = PathResolver.closest(segments.get(0), names);
      String problem =
          parameters.isEmpty()
              ? describe(method) + " has no parameters"
              : "\"" + segments.get(0) + "\" is not a parameter of " + describe(method) + " (parameters: " + String.join(", ", names) + ")";
      String hint = closest != null ? "Did you mean \"" + closest + "\"?" : "Start the path with a parameter name";
      if (message == Message.UNKNOWN_TOKEN_PATH) {
        diagnostics.error(method, annotation, value, message, what, path, problem, hint);
      } else {
        diagnostics.error(method, annotation, value, message, path, problem, hint);
      }
      return null;
    }
    root.type = member.getParameterTypes().get(index);
    if (parameters.size() > 1) {
      root.parameter = parameters.get(index).getSimpleName().toString();
    }
    if (ErrorTypes.mentions(root.type, methodTypeVariables)) {
      String problem = "its type " + root.type + " depends on a type variable of the method, so its properties are not known at compile time";
      if (message == Message.UNKNOWN_TOKEN_PATH) {
        diagnostics.error(method, annotation, value, message, what, path, problem, "Tag a value of a concrete type");
      } else {
        diagnostics.error(method, annotation, value, message, path, problem, "Tag a value of a concrete type");
      }
      return null;
    }
    return root;
  }

  private static boolean hasProperty(TypeMirror type, String segment, PathResolver resolver) {
    return resolver.resolve(type, List.of(segment), false) instanceof PathResolver.Resolved;
  }

  /** Resolves the entries of one tag list; returns a description of an unresolved type to defer. */
  private String tags(
      String integration,
      ExecutableElement method,
      ExecutableType member,
      TypeMirror responseRoot,
      AnnotationMirror annotation,
      String attribute,
      boolean request,
      Set<TypeParameterElement> methodTypeVariables,
      PathResolver resolver,
      List<TagDescriptor> out) {
    AnnotationValue listValue = AnnotationMirrors.getAnnotationValue(annotation, attribute);
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> entries = (List<? extends AnnotationValue>) listValue.getValue();
    Message unknown = request ? Message.UNKNOWN_REQUEST_TAG : Message.UNKNOWN_RESPONSE_TAG;
    Map<String, String> keys = new LinkedHashMap<>();
    for (AnnotationValue entryValue : entries) {
      String entry = String.valueOf(entryValue.getValue());
      String keyPart = null;
      String pathPart = entry.trim();
      int equals = pathPart.indexOf('=');
      if (equals >= 0) {
        keyPart = pathPart.substring(0, equals).trim();
        pathPart = pathPart.substring(equals + 1).trim();
        if (!KEY.matcher(keyPart).matches()) {
          diagnostics.error(method, annotation, entryValue, Message.MALFORMED_TAG, entry,
              keyPart.isEmpty() ? "the key before '=' is empty" : "the key \"" + keyPart + "\" may only contain letters, digits, '_' and '.'");
          continue;
        }
      }
      List<String> segments = Arrays.asList(pathPart.split("\\.", -1));
      if (pathPart.isEmpty() || segments.stream().anyMatch(s -> !SEGMENT.matcher(s).matches())) {
        diagnostics.error(method, annotation, entryValue, Message.MALFORMED_TAG, entry,
            pathPart.isEmpty() ? "the path is empty" : "every segment of the path must be a Java identifier");
        continue;
      }
      String keySuffix = keyPart != null ? keyPart : pathPart;
      String key = integration + (request ? ".request." : ".response.") + keySuffix;
      String lastName = keyPart != null ? keyPart : segments.get(segments.size() - 1);
      // Secret-named (the key or the last segment): recorded masked, whatever the value type.
      boolean secret = SecretNames.isSecret(lastName) || SecretNames.isSecret(segments.get(segments.size() - 1));

      TypeMirror root;
      String parameter = null;
      List<String> rest = segments;
      if (request) {
        Root found = requestRoot(method, member, pathPart, annotation, entryValue, unknown, null, methodTypeVariables, resolver);
        if (found == null) {
          continue;
        }
        root = found.type;
        parameter = found.parameter;
        rest = found.segments;
      } else {
        root = responseRoot;
        if (root.getKind() == TypeKind.VOID) {
          diagnostics.error(method, annotation, entryValue, unknown, entry, describe(method) + " returns void", "Remove the response tags");
          continue;
        }
        if (ErrorTypes.mentions(root, methodTypeVariables)) {
          diagnostics.error(method, annotation, entryValue, unknown, entry,
              "its type " + root + " depends on a type variable of the method, so its properties are not known at compile time",
              "Tag a value of a concrete type");
          continue;
        }
      }
      PathResolver.Resolution resolution = resolver.resolve(root, rest, secret);
      if (resolution instanceof PathResolver.Deferred) {
        return ((PathResolver.Deferred) resolution).errorType().toString();
      }
      if (resolution instanceof PathResolver.Unresolved) {
        PathResolver.Unresolved problem = (PathResolver.Unresolved) resolution;
        diagnostics.error(method, annotation, entryValue, problem.messageOr(unknown), entry, problem.problem(), problem.hint());
        continue;
      }
      String previous = keys.putIfAbsent(key, entry);
      if (previous != null) {
        diagnostics.error(method, annotation, entryValue, Message.DUPLICATE_TAG_KEY, entry, key, pathPart);
        continue;
      }
      out.add(new TagDescriptor(key, parameter, ((PathResolver.Resolved) resolution).path()));
    }
    return null;
  }

  // ---------------------------------------------------------------- custom hooks

  private static final class HookCheck {
    final TypeName superclass;
    boolean recordsRequest;
    boolean recordsResponse;
    boolean implementsPre;
    boolean implementsPost;

    HookCheck(TypeName superclass) {
      this.superclass = superclass;
    }
  }

  private HookCheck checkHook(
      ExecutableElement method,
      AnnotationMirror annotation,
      AnnotationValue value,
      DeclaredType hookType,
      Arguments arguments,
      TypeName responseType,
      PackageElement pkg) {
    TypeElement hook = (TypeElement) hookType.asElement();
    String hookName = hook.getQualifiedName().toString();
    String endpoint = describe(method);
    TypeElement base = elements.getTypeElement(TypeNames.ENDPOINT_HOOK_NAME);
    HookCheck fallback = new HookCheck(ParameterizedTypeName.get(TypeNames.ENDPOINT_HOOK, arguments.type(), responseType));
    if (base == null) {
      diagnostics.error(method, annotation, value, Message.INVALID_HOOK, hookName, endpoint,
          "dev.tracepoet.runtime.EndpointHook is not on the class path; add the tracepoet-runtime dependency");
      return fallback;
    }
    if (hook.getKind() != ElementKind.CLASS) {
      diagnostics.error(method, annotation, value, Message.INVALID_HOOK, hookName, endpoint,
          "it is " + Message.withArticle(kindName(hook.getKind())) + "; a hook must be a class extending dev.tracepoet.runtime.EndpointHook");
      return fallback;
    }
    if (!types.isSubtype(types.erasure(hookType), types.erasure(base.asType()))) {
      diagnostics.error(method, annotation, value, Message.INVALID_HOOK, hookName, endpoint,
          "it does not extend dev.tracepoet.runtime.EndpointHook; declare it as `abstract class "
              + hook.getSimpleName() + " extends EndpointHook<" + arguments.type() + ", " + responseType + ">`");
      return fallback;
    }
    if (hook.getModifiers().contains(Modifier.FINAL)) {
      diagnostics.error(method, annotation, value, Message.INVALID_HOOK, hookName, endpoint,
          "it is final, but the generated hook must extend it; remove `final`");
      return fallback;
    }
    if (!accessibleFrom(hook, pkg)) {
      diagnostics.error(method, annotation, value, Message.INVALID_HOOK, hookName, endpoint,
          "it is not accessible from package " + (pkg.isUnnamed() ? "(default)" : pkg.getQualifiedName())
              + "; make it public (and static, if nested)");
      return fallback;
    }
    if (!hook.getTypeParameters().isEmpty()) {
      diagnostics.error(method, annotation, value, Message.INVALID_HOOK, hookName, endpoint,
          "it is generic; declare the hook for this endpoint's types: `extends EndpointHook<"
              + arguments.type() + ", " + responseType + ">`");
      return fallback;
    }
    boolean constructor = false;
    for (ExecutableElement c : ElementFilter.constructorsIn(hook.getEnclosedElements())) {
      if (c.getParameters().size() == 1
          && types.isSameType(c.getParameters().get(0).asType(), elements.getTypeElement(TypeNames.ENDPOINT_NAME).asType())
          && !c.getModifiers().contains(Modifier.PRIVATE)
          && (c.getModifiers().contains(Modifier.PUBLIC)
              || c.getModifiers().contains(Modifier.PROTECTED)
              || elements.getPackageOf(hook).equals(pkg))) {
        constructor = true;
      }
    }
    if (!constructor) {
      diagnostics.error(method, annotation, value, Message.INVALID_HOOK, hookName, endpoint,
          "it has no usable constructor; add `protected " + hook.getSimpleName()
              + "(Endpoint endpoint) { super(endpoint); }`");
      return fallback;
    }
    // Its EndpointHook<X, Y> supertype must match the endpoint's <A, R>.
    DeclaredType asBase = findSupertype(hookType, base, 0);
    if (asBase != null && asBase.getTypeArguments().isEmpty()) {
      diagnostics.error(method, annotation, value, Message.INVALID_HOOK, hookName, endpoint,
          "it extends the raw type EndpointHook; declare `extends EndpointHook<"
              + arguments.type() + ", " + responseType + ">`");
      return fallback;
    }
    if (asBase != null && asBase.getTypeArguments().size() == 2) {
      TypeName x = TypeName.get(asBase.getTypeArguments().get(0));
      TypeName y = TypeName.get(asBase.getTypeArguments().get(1));
      boolean sameArguments =
          arguments.shape() != Shape.HOLDER && x.equals(arguments.type());
      if (!sameArguments || !y.equals(responseType)) {
        diagnostics.error(method, annotation, value, Message.INVALID_HOOK, hookName, endpoint,
            "it extends EndpointHook<" + x + ", " + y + ">, but the endpoint needs EndpointHook<"
                + (arguments.shape() == Shape.HOLDER ? "(generated arguments holder)" : arguments.type())
                + ", " + responseType + ">"
                + (arguments.shape() == Shape.HOLDER ? "; custom hooks are supported for methods with at most one parameter" : ""));
        return fallback;
      }
    }
    HookCheck check = new HookCheck(TypeName.get(hookType));
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(hook))) {
      boolean isAbstract = m.getModifiers().contains(Modifier.ABSTRACT);
      boolean isBase = ((TypeElement) m.getEnclosingElement()).equals(base);
      if (!isBase && !overridesBase(m, base, hook)) {
        // Not one of EndpointHook's steps (perhaps an overload of one, such as
        // preResponse(Span)): the generated hook implements only the steps themselves.
        if (isAbstract) {
          diagnostics.error(method, annotation, value, Message.INVALID_HOOK, hookName, endpoint,
              "its abstract method " + m.getSimpleName()
                  + (isStepName(m) ? signature(m) + " is not one of EndpointHook's steps (it overloads one) and" : "")
                  + " cannot be implemented by the generated hook; implement it");
        }
        continue;
      }
      switch (m.getSimpleName().toString()) {
        case "recordRequest":
          check.recordsRequest |= !isAbstract && !isBase && m.getParameters().size() == 2;
          if (m.getModifiers().contains(Modifier.FINAL) && !isBase) {
            diagnostics.error(method, annotation, value, Message.INVALID_HOOK, hookName, endpoint,
                "recordRequest is final, but the generated hook records the request tags in it; remove `final`");
          }
          break;
        case "recordResponse":
          check.recordsResponse |= !isAbstract && !isBase && m.getParameters().size() == 2;
          if (m.getModifiers().contains(Modifier.FINAL) && !isBase) {
            diagnostics.error(method, annotation, value, Message.INVALID_HOOK, hookName, endpoint,
                "recordResponse is final, but the generated hook records the response tags in it; remove `final`");
          }
          break;
        case "preResponse":
          check.implementsPre |= !isAbstract && m.getParameters().size() == 2;
          break;
        case "postResponse":
          check.implementsPost |= !isAbstract && m.getParameters().size() == 4;
          break;
        default:
          if (isAbstract) {
            diagnostics.error(method, annotation, value, Message.INVALID_HOOK, hookName, endpoint,
                "its abstract method " + m.getSimpleName() + " cannot be implemented by the generated hook; implement it");
          }
      }
    }
    return check;
  }

  /** Whether {@code m}, a member of {@code hook}, overrides a method of {@code base}. */
  private boolean overridesBase(ExecutableElement m, TypeElement base, TypeElement hook) {
    for (ExecutableElement candidate : ElementFilter.methodsIn(base.getEnclosedElements())) {
      if (candidate.getSimpleName().equals(m.getSimpleName()) && elements.overrides(m, candidate, hook)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isStepName(ExecutableElement m) {
    switch (m.getSimpleName().toString()) {
      case "recordRequest":
      case "recordResponse":
      case "preResponse":
      case "postResponse":
      case "onElement":
      case "postStream":
        return true;
      default:
        return false;
    }
  }

  private static String signature(ExecutableElement m) {
    return m.getParameters().stream().map(p -> simpleTypeName(p.asType())).collect(Collectors.joining(", ", "(", ")"));
  }

  private DeclaredType findSupertype(TypeMirror type, TypeElement target, int depth) {
    if (depth > 32 || type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    if (((DeclaredType) type).asElement().equals(target)) {
      return (DeclaredType) type;
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      DeclaredType found = findSupertype(supertype, target, depth + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
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
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEffectivelyPublic(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private boolean accessibleFrom(TypeElement type, PackageElement pkg) {
    boolean samePackage = elements.getPackageOf(type).equals(pkg);
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      Set<Modifier> modifiers = e.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!modifiers.contains(Modifier.PUBLIC) && !samePackage) {
        return false;
      }
      if (e != type || ((TypeElement) e).getNestingKind() == NestingKind.MEMBER) {
        if (((TypeElement) e).getNestingKind() == NestingKind.MEMBER
            && e.getKind() == ElementKind.CLASS
            && !modifiers.contains(Modifier.STATIC)) {
          return false;
        }
      }
    }
    return true;
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

  private static String simpleTypeName(TypeMirror type) {
    String full = type.toString();
    return full.replaceAll("(\\w+\\.)+", "");
  }

  private static String kindName(ElementKind kind) {
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
