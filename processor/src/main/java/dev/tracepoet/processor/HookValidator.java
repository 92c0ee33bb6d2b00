package dev.tracepoet.processor;

import com.google.auto.common.Visibility;
import com.palantir.javapoet.TypeName;
import dev.tracepoet.processor.EndpointDescriptor.Arguments;
import dev.tracepoet.processor.EndpointDescriptor.Shape;
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
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates a user hook ({@code @TracedEndpoint(hook = ...)}): a non-final, accessible, non-generic
 * class extending {@code EndpointHook<A, R>} with the endpoint's types, a usable {@code
 * (Endpoint)} constructor and no abstract method the generated hook cannot implement. Reports every
 * problem; says which steps the hook implements itself.
 */
final class HookValidator {
  /** Where a hook is used: the endpoint, its annotation value, and the endpoint's hook types. */
  record Use(
      ExecutableElement method,
      AnnotationMirror annotation,
      AnnotationValue value,
      Arguments arguments,
      TypeName responseType,
      PackageElement pkg) {}

  private final Types types;
  private final Elements elements;
  private final Diagnostics diagnostics;

  HookValidator(Types types, Elements elements, Diagnostics diagnostics) {
    this.types = types;
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /** What the generated hook must do, given the superclass it extends. */
  static final class HookCheck {
    /** No user hook (or an invalid one, reported): the generated hook extends GeneratedHook. */
    static final HookCheck NONE = new HookCheck(null);

    /** The user's hook class, or null. */
    final TypeName superclass;
    boolean recordsRequest;
    boolean recordsResponse;
    boolean implementsPre;
    boolean implementsPost;
    /** The hook sees only the first of several parameters ({@code FirstArgumentHooks}). */
    boolean firstArgumentOnly;

    HookCheck(TypeName superclass) {
      this.superclass = superclass;
    }
  }

  /** Checks {@code hookType}, the {@code hook} class of one endpoint, reporting every problem. */
  HookCheck check(Use use, DeclaredType hookType) {
    ExecutableElement method = use.method();
    AnnotationMirror annotation = use.annotation();
    AnnotationValue value = use.value();
    Arguments arguments = use.arguments();
    TypeName responseType = use.responseType();
    PackageElement pkg = use.pkg();
    TypeElement hook = (TypeElement) hookType.asElement();
    String hookName = hook.getQualifiedName().toString();
    String endpoint = TracedInterfaceValidator.describe(method);
    TypeElement base = elements.getTypeElement(TypeNames.ENDPOINT_HOOK_NAME);
    HookCheck fallback = HookCheck.NONE;
    if (base == null) {
      diagnostics.error(method, annotation, value, Message.INVALID_HOOK, hookName, endpoint,
          "dev.tracepoet.runtime.EndpointHook is not on the class path; add the tracepoet-runtime dependency");
      return fallback;
    }
    if (hook.getKind() != ElementKind.CLASS) {
      diagnostics.error(method, annotation, value, Message.HOOK_NOT_A_CLASS, hookName, endpoint,
          "it is " + Message.withArticle(TracedInterfaceValidator.kindName(hook.getKind())) + "; a hook must be a class extending dev.tracepoet.runtime.EndpointHook");
      return fallback;
    }
    if (!types.isSubtype(types.erasure(hookType), types.erasure(base.asType()))) {
      diagnostics.error(method, annotation, value, Message.HOOK_NOT_ENDPOINT_HOOK, hookName, endpoint,
          "it does not extend dev.tracepoet.runtime.EndpointHook; declare it as `abstract class "
              + hook.getSimpleName() + " extends EndpointHook<" + arguments.forUserHook() + ", " + responseType + ">`");
      return fallback;
    }
    if (hook.getModifiers().contains(Modifier.FINAL)) {
      diagnostics.error(method, annotation, value, Message.FINAL_HOOK, hookName, endpoint,
          "it is final, but the generated hook must extend it; remove `final`");
      return fallback;
    }
    if (!accessibleFrom(hook, pkg)) {
      diagnostics.error(method, annotation, value, Message.INACCESSIBLE_HOOK, hookName, endpoint,
          "it is not accessible from package " + (pkg.isUnnamed() ? "(default)" : pkg.getQualifiedName())
              + "; make it public (and static, if nested)");
      return fallback;
    }
    if (!hook.getTypeParameters().isEmpty()) {
      diagnostics.error(method, annotation, value, Message.GENERIC_HOOK, hookName, endpoint,
          "it is generic; declare the hook for this endpoint's types: `extends EndpointHook<"
              + arguments.forUserHook() + ", " + responseType + ">`");
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
      diagnostics.error(method, annotation, value, Message.HOOK_WITHOUT_CONSTRUCTOR, hookName, endpoint,
          "it has no usable constructor; add `protected " + hook.getSimpleName()
              + "(Endpoint endpoint) { super(endpoint); }`");
      return fallback;
    }
    // Its EndpointHook<X, Y> supertype must match the endpoint's <A, R>.
    DeclaredType asBase = Supertypes.find(types, hookType, base);
    if (asBase != null && asBase.getTypeArguments().isEmpty()) {
      diagnostics.error(method, annotation, value, Message.RAW_HOOK, hookName, endpoint,
          "it extends the raw type EndpointHook; declare `extends EndpointHook<"
              + arguments.forUserHook() + ", " + responseType + ">`");
      return fallback;
    }
    boolean firstArgumentOnly = false;
    if (asBase != null && asBase.getTypeArguments().size() == 2) {
      TypeName x = TypeName.get(asBase.getTypeArguments().get(0));
      TypeName y = TypeName.get(asBase.getTypeArguments().get(1));
      boolean sameArguments =
          arguments.shape() != Shape.HOLDER && x.equals(arguments.type());
      if (!sameArguments && arguments.shape() == Shape.HOLDER && y.equals(responseType)
          && x.equals(arguments.parameters().get(0).type().box())) {
        // A hook of a multi-parameter method may see the first parameter alone (FirstArgumentHooks).
        sameArguments = true;
        firstArgumentOnly = true;
      }
      if (!sameArguments || !y.equals(responseType)) {
        diagnostics.error(method, annotation, value, Message.HOOK_TYPE_MISMATCH, hookName, endpoint,
            "it extends EndpointHook<" + x + ", " + y + ">, but the endpoint needs EndpointHook<"
                + (arguments.shape() == Shape.HOLDER ? "(generated arguments holder)" : arguments.type())
                + ", " + responseType + ">"
                + (arguments.shape() == Shape.HOLDER
                    ? "; a hook of a method with several parameters declares EndpointHook<"
                        + arguments.parameters().get(0).type() + ", " + responseType + "> and sees the first argument"
                    : ""));
        return fallback;
      }
    }
    HookCheck check = new HookCheck(TypeName.get(hookType));
    check.firstArgumentOnly = firstArgumentOnly;
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(hook))) {
      boolean isAbstract = m.getModifiers().contains(Modifier.ABSTRACT);
      boolean isBase = ((TypeElement) m.getEnclosingElement()).equals(base);
      if (!isBase && !overridesBase(m, base, hook)) {
        // Not one of EndpointHook's steps (perhaps an overload of one, such as
        // preResponse(Span)): the generated hook implements only the steps themselves.
        if (isAbstract) {
          diagnostics.error(method, annotation, value, Message.UNIMPLEMENTABLE_HOOK_METHOD, hookName, endpoint,
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
            diagnostics.error(method, annotation, value, Message.FINAL_HOOK_STEP, hookName, endpoint,
                "recordRequest is final, but the generated hook records the request tags in it; remove `final`");
          }
          break;
        case "recordResponse":
          check.recordsResponse |= !isAbstract && !isBase && m.getParameters().size() == 2;
          if (m.getModifiers().contains(Modifier.FINAL) && !isBase) {
            diagnostics.error(method, annotation, value, Message.FINAL_HOOK_STEP, hookName, endpoint,
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
            diagnostics.error(method, annotation, value, Message.UNIMPLEMENTABLE_HOOK_METHOD, hookName, endpoint,
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
    return m.getParameters().stream().map(p -> TracedInterfaceValidator.simpleTypeName(p.asType())).collect(Collectors.joining(", ", "(", ")"));
  }

  /**
   * Whether the generated hook, a static nested class in {@code pkg}, can extend {@code type}: it
   * must be effectively public, or package-private in {@code pkg}, and static if nested.
   */
  private boolean accessibleFrom(TypeElement type, PackageElement pkg) {
    Visibility visibility = Visibility.effectiveVisibilityOfElement(type);
    boolean visible =
        visibility == Visibility.PUBLIC
            || visibility != Visibility.PRIVATE && elements.getPackageOf(type).equals(pkg);
    for (Element e = type; visible && e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (((TypeElement) e).getNestingKind() == NestingKind.MEMBER
          && e.getKind() == ElementKind.CLASS
          && !e.getModifiers().contains(Modifier.STATIC)) {
        return false;
      }
    }
    return visible;
  }
}
