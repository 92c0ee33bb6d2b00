package dev.tracepoet.processor;

import com.google.auto.common.AnnotationMirrors;
import com.palantir.javapoet.TypeName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates a view ({@code @TracedClient(wraps = X.class)}): {@code X} is an interface, the view
 * extends it directly (and nothing else), and every method the view declares overrides a method of
 * {@code X} (or of {@code Object}) with {@code @Override}, keeping its return type unless it
 * deep-wraps (returns another view of the type {@code X}'s method returns). Reports every problem.
 */
final class ViewValidator {

  /** The outcome for one client: not a view, a valid view, invalid (reported) or deferred. */
  static final class ViewCheck {
    /** The wrapped type as the view extends it ({@code X<...>}), or null when not a view. */
    DeclaredType wrapped;
    /** The methods of the view that deep-wrap, by the view's declaration. */
    final Map<ExecutableElement, ViewDescriptor.DeepWrap> deepWraps = new HashMap<>();
    String deferred;
    boolean invalid;
  }

  private final Types types;
  private final Elements elements;
  private final Diagnostics diagnostics;

  ViewValidator(Types types, Elements elements, Diagnostics diagnostics) {
    this.types = types;
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  ViewCheck check(TypeElement view, AnnotationMirror client) {
    ViewCheck check = new ViewCheck();
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(client, "wraps");
    if (!(value.getValue() instanceof TypeMirror)) {
      check.deferred = String.valueOf(value.getValue());
      return check;
    }
    TypeMirror wraps = (TypeMirror) value.getValue();
    if (wraps.getKind() == TypeKind.VOID) {
      return check;
    }
    if (wraps.getKind() == TypeKind.ERROR) {
      check.deferred = wraps.toString();
      return check;
    }
    TypeElement wrapped = wraps.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) wraps).asElement() : null;
    if (wrapped == null || wrapped.getKind() != ElementKind.INTERFACE) {
      String kind = wrapped == null ? "not a class or interface" : Message.withArticle(TracedInterfaceValidator.kindName(wrapped.getKind()));
      diagnostics.error(view, client, value, Message.WRAPPED_NOT_AN_INTERFACE, simple(wraps), view.getSimpleName(), simple(wraps), kind);
      check.invalid = true;
      return check;
    }
    DeclaredType extended = null;
    for (TypeMirror superinterface : view.getInterfaces()) {
      if (types.isSameType(types.erasure(superinterface), types.erasure(wraps))) {
        extended = (DeclaredType) superinterface;
      }
    }
    List<? extends TypeMirror> superinterfaces = view.getInterfaces();
    if (extended == null || superinterfaces.size() != 1) {
      String problem =
          extended == null
              ? "it does not extend " + simple(wraps)
                  + (superinterfaces.isEmpty() ? "" : " (it extends " + join(superinterfaces) + ")")
              : "it also extends " + join(superinterfaces.stream().filter(t -> !types.isSameType(types.erasure(t), types.erasure(wraps))).toList());
      diagnostics.error(view, client, value, Message.VIEW_MUST_EXTEND_WRAPPED, view.getSimpleName(), problem, view.getSimpleName(), simple(wraps));
      check.invalid = true;
      return check;
    }
    check.wrapped = extended;
    checkMethods(view, wrapped, extended, check);
    return check;
  }

  private void checkMethods(TypeElement view, TypeElement wrapped, DeclaredType extended, ViewCheck check) {
    DeclaredType declared = (DeclaredType) view.asType();
    for (ExecutableElement method : ElementFilter.methodsIn(view.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.STATIC) || method.getModifiers().contains(Modifier.PRIVATE)) {
        continue;
      }
      ExecutableElement overridden = overridden(method, view, wrapped);
      String described = TracedInterfaceValidator.describe(method);
      if (overridden == null) {
        diagnostics.error(method, Message.VIEW_DECLARES_FOREIGN_METHOD, view.getSimpleName(), wrapped.getSimpleName(),
            described + " is not a method of " + wrapped.getSimpleName() + "; remove it, or trace it in a plain"
                + " @TracedClient interface of your own");
        check.invalid = true;
        continue;
      }
      if (TracedInterfaceValidator.mirror(method, Override.class.getCanonicalName()) == null) {
        diagnostics.error(method, Message.VIEW_DECLARES_FOREIGN_METHOD, view.getSimpleName(), wrapped.getSimpleName(),
            described + " redeclares " + wrapped.getSimpleName() + "." + method.getSimpleName()
                + " without @Override; add @Override (it makes the compiler check that the method still exists in "
                + wrapped.getSimpleName() + ")");
        check.invalid = true;
      }
      TypeMirror own = ((ExecutableType) types.asMemberOf(declared, method)).getReturnType();
      TypeMirror theirs = ((ExecutableType) types.asMemberOf(declared, overridden)).getReturnType();
      if (own.getKind() == TypeKind.ERROR || theirs.getKind() == TypeKind.ERROR) {
        check.deferred = (own.getKind() == TypeKind.ERROR ? own : theirs).toString();
        return;
      }
      if (sameType(own, theirs, method)) {
        continue;
      }
      String targetProblem =
          TracedInterfaceValidator.mirror(method, TypeNames.TRACED_ENDPOINT) == null ? deepWrapTargetProblem(own, theirs) : null;
      if (targetProblem != null) {
        diagnostics.error(method, Message.INVALID_DEEP_WRAP_TARGET, described, simple(theirs),
            wrapped.getSimpleName() + "." + method.getSimpleName(), simple(own), targetProblem);
        check.invalid = true;
        continue;
      }
      String problem = deepWrapProblem(method, own, theirs);
      if (problem != null) {
        diagnostics.error(method, Message.VIEW_CHANGES_RETURN_TYPE, described, simple(own), simple(theirs), problem);
        check.invalid = true;
        continue;
      }
      TypeElement target = (TypeElement) ((DeclaredType) own).asElement();
      check.deepWraps.put(
          method,
          new ViewDescriptor.DeepWrap(
              TracedInterfaceValidator.wrapperName(target),
              TypeName.get(theirs),
              TypeName.get(own)));
    }
  }

  /** Why {@code method} cannot deep-wrap {@code theirs} into {@code own}, or null when it can. */
  private String deepWrapProblem(ExecutableElement method, TypeMirror own, TypeMirror theirs) {
    if (TracedInterfaceValidator.mirror(method, TypeNames.TRACED_ENDPOINT) != null) {
      return "a traced method must return what the wrapped method returns; remove the covariant return type";
    }
    AnnotationMirror client =
        own.getKind() == TypeKind.DECLARED
            ? TracedInterfaceValidator.mirror(((DeclaredType) own).asElement(), TypeNames.TRACED_CLIENT)
            : null;
    if (client == null) {
      return "a different return type is only allowed for deep wrapping, where it is a view"
          + " (@TracedClient(wraps = " + simple(types.erasure(theirs)) + ".class)); declare one, or return " + simple(theirs);
    }
    return null;
  }

  /**
   * Why {@code own}, a {@code @TracedClient}, is not a view {@code theirs} can be wrapped into, or
   * null when it is one (or not a client at all: {@link #deepWrapProblem} reports that).
   */
  private String deepWrapTargetProblem(TypeMirror own, TypeMirror theirs) {
    AnnotationMirror client =
        own.getKind() == TypeKind.DECLARED
            ? TracedInterfaceValidator.mirror(((DeclaredType) own).asElement(), TypeNames.TRACED_CLIENT)
            : null;
    if (client == null) {
      return null;
    }
    TypeElement target = (TypeElement) ((DeclaredType) own).asElement();
    Object wraps = AnnotationMirrors.getAnnotationValue(client, "wraps").getValue();
    if (!(wraps instanceof TypeMirror) || ((TypeMirror) wraps).getKind() != TypeKind.DECLARED
        || !types.isAssignable(types.erasure(theirs), types.erasure((TypeMirror) wraps))) {
      String wrapsName = wraps instanceof TypeMirror && ((TypeMirror) wraps).getKind() == TypeKind.DECLARED
          ? "it wraps " + simple((TypeMirror) wraps) : "it is not a view (no wraps)";
      return simple(own) + " is not a view of " + simple(types.erasure(theirs)) + " (" + wrapsName
          + "); return a view declared with @TracedClient(wraps = " + simple(types.erasure(theirs)) + ".class)";
    }
    if (!target.getTypeParameters().isEmpty()) {
      return "deep wrapping into a generic view is not supported; return a view without type parameters";
    }
    return null;
  }

  private boolean sameType(TypeMirror own, TypeMirror theirs, ExecutableElement method) {
    return method.getTypeParameters().isEmpty()
        ? types.isSameType(own, theirs)
        : types.isSameType(types.erasure(own), types.erasure(theirs));
  }

  /** The method of {@code wrapped} (or Object) that {@code method} overrides, or null. */
  private ExecutableElement overridden(ExecutableElement method, TypeElement view, TypeElement wrapped) {
    List<ExecutableElement> candidates = ElementFilter.methodsIn(elements.getAllMembers(wrapped));
    for (ExecutableElement candidate : candidates) {
      if (!candidate.getModifiers().contains(Modifier.STATIC)
          && candidate.getSimpleName().equals(method.getSimpleName())
          && elements.overrides(method, candidate, view)) {
        return candidate;
      }
    }
    for (ExecutableElement candidate :
        ElementFilter.methodsIn(elements.getTypeElement("java.lang.Object").getEnclosedElements())) {
      if (candidate.getModifiers().contains(Modifier.PUBLIC)
          && candidate.getSimpleName().equals(method.getSimpleName())
          && elements.overrides(method, candidate, view)) {
        return candidate;
      }
    }
    return null;
  }

  private static String simple(TypeMirror type) {
    return TracedInterfaceValidator.simpleTypeName(type);
  }

  private static String join(List<? extends TypeMirror> types) {
    return String.join(", ", types.stream().map(ViewValidator::simple).toList());
  }
}
