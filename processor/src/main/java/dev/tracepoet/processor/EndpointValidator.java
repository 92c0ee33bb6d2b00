package dev.tracepoet.processor;

import com.google.auto.common.AnnotationMirrors;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.tracepoet.processor.EndpointDescriptor.Arguments;
import dev.tracepoet.processor.EndpointDescriptor.Parameter;
import dev.tracepoet.processor.EndpointDescriptor.ReturnKind;
import dev.tracepoet.processor.EndpointDescriptor.Shape;
import dev.tracepoet.processor.EndpointDescriptor.TagDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates one {@code @TracedEndpoint} method (name, GenAI operation, return kind, tags, token
 * wiring, hook), reporting every problem, and builds its {@link EndpointDescriptor} when there is
 * none.
 */
final class EndpointValidator {
  private static final Pattern GEN_AI_OPERATION = Pattern.compile("[a-z][a-z0-9_]*");

  private final Types types;
  private final Diagnostics diagnostics;
  private final HookValidator hookValidator;
  private final ReturnKindClassifier returnKinds;
  private final TagValidator tagValidator;
  private final TokenWiringValidator tokenValidator;
  private final ResultAdapterResolver adapters;

  EndpointValidator(Types types, Elements elements, Diagnostics diagnostics) {
    this.types = types;
    this.diagnostics = diagnostics;
    this.hookValidator = new HookValidator(types, elements, diagnostics);
    this.returnKinds = new ReturnKindClassifier(types, elements);
    this.tagValidator = new TagValidator(diagnostics);
    this.tokenValidator = new TokenWiringValidator(types, diagnostics, tagValidator);
    this.adapters = new ResultAdapterResolver(types, elements, diagnostics);
  }

  /** Checks the client's {@code adapters} (once per client; endpoints skip invalid ones). */
  void checkClientAdapters(TypeElement client, AnnotationMirror annotation) {
    adapters.checkClient(client, annotation);
  }

  /** The endpoint's descriptor, or the type to defer on; neither when problems were reported. */
  static final class EndpointResult {
    EndpointDescriptor descriptor;
    String deferred;
  }

  EndpointResult validate(
      TypeElement type,
      String integration,
      String genAiProvider,
      ExecutableElement method,
      ExecutableType member,
      AnnotationMirror annotation,
      PathResolver resolver,
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
    ResultAdapterResolver.Resolution adapter = adapters.resolve(type, method, annotation, returnType);
    if (adapter.deferred != null) {
      result.deferred = adapter.deferred;
      return result;
    }
    if (adapter.use != null) {
      shape = ReturnKindClassifier.adapted(adapter.use.elementType());
    }
    Optional<String> unobservable =
        shape.kind == ReturnKind.PLAIN ? UnobservableAsyncTypes.find(returnType, types) : Optional.empty();
    if (adapter.invalid) {
      // reported by the resolver
    } else if (unobservable.isPresent()) {
      diagnostics.error(method, annotation, Message.UNOBSERVABLE_ASYNC_TYPE, TracedInterfaceValidator.describe(method), returnType, unobservable.get());
    } else if (shape.unsupported != null) {
      diagnostics.error(method, annotation, Message.UNSUPPORTED_RETURN_TYPE, TracedInterfaceValidator.describe(method), returnType, shape.unsupported);
    } else if (shape.kind != ReturnKind.PLAIN && ErrorTypes.mentions(returnType, methodTypeVariables)) {
      diagnostics.error(method, annotation, Message.UNSUPPORTED_RETURN_TYPE, TracedInterfaceValidator.describe(method), returnType,
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
    Arguments arguments;
    if (parameters.isEmpty()) {
      arguments = new Arguments(Shape.NONE, ClassName.get(Void.class), List.of(), generic);
    } else if (parameters.size() == 1) {
      arguments = new Arguments(Shape.SINGLE, hookParameters.get(0).type().box(), List.copyOf(hookParameters), generic);
    } else {
      // The holder class is named by the generator (WrapperMembers).
      arguments = new Arguments(Shape.HOLDER, null, List.copyOf(hookParameters), generic);
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

    // The user's hook class, if any.
    HookValidator.HookCheck hook = HookValidator.HookCheck.NONE;
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
        diagnostics.error(method, annotation, hookValue, Message.HOOK_NOT_A_CLASS, hookType, TracedInterfaceValidator.describe(method),
            "it is not a class; a hook must be a class extending dev.tracepoet.runtime.EndpointHook (or remove hook)");
      } else if (hookType.getKind() == TypeKind.DECLARED) {
        hook = hookValidator.check(new HookValidator.Use(method, annotation, hookValue, arguments, responseType, pkg), (DeclaredType) hookType);
      }
    }

    if (hook.firstArgumentOnly) {
      arguments = FirstArgumentHooks.arguments(arguments);
      FirstArgumentHooks.narrow(diagnostics, method, annotation, hook.superclass.toString(), requestTags, tokens);
    }
    if (diagnostics.errorCount() > errorsBefore) {
      return result;
    }
    result.descriptor =
        new EndpointDescriptor(
            new EndpointDescriptor.Operation(
                defaultName, path, httpMethod, genAiOperation.isEmpty() || genAiProvider.isEmpty() ? null : genAiOperation),
            arguments,
            new EndpointDescriptor.Result(shape.kind, responseType, invocationResultType, isVoid, castResult),
            hook.superclass == null
                ? null
                : new EndpointDescriptor.CustomHook(
                    hook.superclass, hook.recordsRequest, hook.recordsResponse, hook.implementsPre, hook.implementsPost),
            new EndpointDescriptor.Tags(List.copyOf(requestTags), List.copyOf(responseTags)),
            tokens.build(),
            adapter.use == null
                ? null
                : adapter.use.usingClientTypeVariables(
                    ErrorTypes.mentions(returnType, new HashSet<>(type.getTypeParameters()))),
            List.of());
    if (result.descriptor.genAiOperation() != null) {
      result.descriptor = GenAiConventions.withAliases(result.descriptor);
    }
    return result;
  }
}
