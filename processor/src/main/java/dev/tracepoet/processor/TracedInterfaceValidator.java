package dev.tracepoet.processor;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.MoreElements;
import com.google.auto.common.Visibility;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
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

  private final Types types;
  private final Elements elements;
  private final Diagnostics diagnostics;

  private final EndpointValidator endpoints;
  private final ViewValidator views;
  private final ErrorTagValidator errorTags;

  TracedInterfaceValidator(Types types, Elements elements, Diagnostics diagnostics) {
    this.types = types;
    this.elements = elements;
    this.diagnostics = diagnostics;
    this.endpoints = new EndpointValidator(types, elements, diagnostics);
    this.views = new ViewValidator(types, elements, diagnostics);
    this.errorTags = new ErrorTagValidator(types, elements, diagnostics);
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

    endpoints.checkClientAdapters(type, client);
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
    ViewValidator.ViewCheck view = views.check(type, client);
    if (view.deferred != null) {
      return new Deferred(view.deferred);
    }
    if (view.invalid) {
      return new Invalid();
    }
    List<EndpointDescriptor.ErrorTagGroup> clientErrorTags = new ArrayList<>();
    String errorTagsDeferred = errorTags.validate(type, client, integration, resolver, clientErrorTags);
    if (errorTagsDeferred != null) {
      return new Deferred(errorTagsDeferred);
    }
    List<TracedMethodDescriptor> methods = new ArrayList<>();
    String interfaceErasure = types.erasure(type.asType()).toString();
    boolean hasEquals = false;
    boolean hasHashCode = false;
    List<ExecutableElement> unique = uniqueMethods(type, declared);
    ViewMethodPlanner planner = view.wrapped == null ? null : new ViewMethodPlanner(type, unique);
    for (ExecutableElement method : unique) {
      if (view.deepWraps.containsKey(method)) {
        methods.add(new TracedMethodDescriptor(method, null, view.deepWraps.get(method)));
        continue;
      }
      if (planner != null && planner.inherits(method)) {
        continue;
      }
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
      EndpointValidator.EndpointResult result =
          endpoints.validate(type, integration, genAiProvider, method, member, endpoint, resolver, pkg);
      if (result.deferred != null) {
        return new Deferred(result.deferred);
      }
      // Error tags: the endpoint's declarations first, then the client's.
      List<EndpointDescriptor.ErrorTagGroup> endpointErrorTags = new ArrayList<>();
      String deferredErrorTags = errorTags.validate(method, endpoint, integration, resolver, endpointErrorTags);
      if (deferredErrorTags != null) {
        return new Deferred(deferredErrorTags);
      }
      endpointErrorTags.addAll(clientErrorTags);
      // Several endpoints may share a default name (overloads, sync and async forms): a span name
      // names an operation. Only generated member names must be unique; WrapperMembers allocates them.
      methods.add(new TracedMethodDescriptor(method,
          result.descriptor == null ? null : result.descriptor.withErrorTags(endpointErrorTags)));
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
            genAiProvider.isEmpty() ? null : genAiProvider,
            view.wrapped == null ? null : new ViewDescriptor(TypeName.get(view.wrapped))));
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
}
