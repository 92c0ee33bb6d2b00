package dev.tracepoet.processor;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.Visibility;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds and checks the return adapter of an endpoint ({@code @TracedEndpoint(adapter = ...)}, else
 * the first of {@code @TracedClient(adapters = ...)} whose adapted type has the return type's
 * erasure): the class must be usable from generated code, implement {@code ResultAdapter<T, E>},
 * and its type variables must be bound by unifying {@code T} with the declared return type. Every
 * problem is one {@link Message#INVALID_RESULT_ADAPTER} saying which rule failed.
 */
final class ResultAdapterResolver {
  static final String RESULT_ADAPTER = TypeNames.RUNTIME_PACKAGE + ".ResultAdapter";

  private final Types types;
  private final Elements elements;
  private final Diagnostics diagnostics;

  ResultAdapterResolver(Types types, Elements elements, Diagnostics diagnostics) {
    this.types = types;
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /**
   * An adapter bound for one endpoint.
   *
   * @param type the adapter's type with its type variables bound, e.g. {@code StreamResponseAdapter<Chunk>}
   * @param rawType the adapter class
   * @param generic whether the adapter class has type variables (instantiated with {@code <>})
   * @param elementType {@code E}, the hook's response type
   * @param usesClientTypeVariables whether the adapter's type uses the client's type variables (so
   *     the wrapper holds an instance per wrapper rather than one {@code static} instance)
   */
  record AdapterUse(
      TypeName type, ClassName rawType, boolean generic, TypeMirror elementType, boolean usesClientTypeVariables) {
    AdapterUse usingClientTypeVariables(boolean uses) {
      return new AdapterUse(type, rawType, generic, elementType, uses);
    }
  }

  /** The outcome for one endpoint: an adapter, none, a type to defer on, or reported problems. */
  static final class Resolution {
    AdapterUse use;
    String deferred;
    boolean invalid;
  }

  /** Checks the classes of {@code @TracedClient(adapters = ...)}, reporting on the client. */
  void checkClient(TypeElement client, AnnotationMirror annotation) {
    AnnotationValue value = AnnotationMirrors.getAnnotationValue(annotation, "adapters");
    for (AnnotationValue entry : entries(value)) {
      if (entry.getValue() instanceof DeclaredType) {
        String problem = classProblem((DeclaredType) entry.getValue());
        if (problem != null) {
          diagnostics.error(client, annotation, entry, Message.INVALID_RESULT_ADAPTER, entry.getValue(), client.getQualifiedName(), problem);
        }
      } else if (entry.getValue() instanceof TypeMirror && ((TypeMirror) entry.getValue()).getKind() != TypeKind.ERROR) {
        diagnostics.error(client, annotation, entry, Message.INVALID_RESULT_ADAPTER, entry.getValue(), client.getQualifiedName(),
            "it is not a class implementing " + RESULT_ADAPTER);
      }
    }
  }

  /** The adapter of {@code method} (returning {@code returnType}) of {@code client}. */
  Resolution resolve(TypeElement client, ExecutableElement method, AnnotationMirror endpoint, TypeMirror returnType) {
    Resolution resolution = new Resolution();
    AnnotationValue explicit = AnnotationMirrors.getAnnotationValue(endpoint, "adapter");
    Object value = explicit.getValue();
    if (!(value instanceof TypeMirror) || ((TypeMirror) value).getKind() == TypeKind.ERROR) {
      resolution.deferred = String.valueOf(value); // javac reports an unresolvable class literal itself
      return resolution;
    }
    String where = TracedInterfaceValidator.describe(method);
    if (((TypeMirror) value).getKind() != TypeKind.VOID) {
      TypeMirror adapter = (TypeMirror) value;
      String problem = adapter.getKind() == TypeKind.DECLARED ? classProblem((DeclaredType) adapter) : "it is not a class implementing " + RESULT_ADAPTER;
      if (problem == null) {
        DeclaredType adapted = adaptedType((DeclaredType) adapter);
        problem = bind((DeclaredType) adapter, adapted, returnType, resolution);
      }
      if (problem != null) {
        diagnostics.error(method, endpoint, explicit, Message.INVALID_RESULT_ADAPTER, adapter, where, problem);
        resolution.invalid = true;
      }
      return resolution;
    }
    AnnotationMirror clientAnnotation = TracedInterfaceValidator.mirror(client, TypeNames.TRACED_CLIENT);
    if (clientAnnotation == null || returnType.getKind() != TypeKind.DECLARED) {
      return resolution;
    }
    for (AnnotationValue entry : entries(AnnotationMirrors.getAnnotationValue(clientAnnotation, "adapters"))) {
      if (!(entry.getValue() instanceof DeclaredType) || classProblem((DeclaredType) entry.getValue()) != null) {
        continue; // reported on the client by checkClient
      }
      DeclaredType adapter = (DeclaredType) entry.getValue();
      DeclaredType adapted = adaptedType(adapter);
      if (adapted.getKind() != TypeKind.DECLARED
          || !types.isSameType(types.erasure(adapted), types.erasure(returnType))) {
        continue;
      }
      String problem = bind(adapter, adapted, returnType, resolution);
      if (problem != null) {
        diagnostics.error(method, endpoint, Message.INVALID_RESULT_ADAPTER, adapter, where, problem + " (declared in @TracedClient(adapters = ...))");
        resolution.invalid = true;
      }
      return resolution;
    }
    return resolution;
  }

  @SuppressWarnings("unchecked")
  private static List<AnnotationValue> entries(AnnotationValue value) {
    return value.getValue() instanceof List ? (List<AnnotationValue>) value.getValue() : List.of();
  }

  /** Why {@code adapter} cannot be instantiated by generated code as a ResultAdapter, or null. */
  private String classProblem(DeclaredType adapter) {
    TypeElement element = (TypeElement) adapter.asElement();
    TypeElement resultAdapter = elements.getTypeElement(RESULT_ADAPTER);
    if (resultAdapter == null) {
      return RESULT_ADAPTER + " is not on the class path; add tracepoet-runtime to the compile class path";
    }
    if (element.getKind() != ElementKind.CLASS && element.getKind() != ElementKind.RECORD) {
      return "it is " + Message.withArticle(TracedInterfaceValidator.kindName(element.getKind())) + ", not a class; an adapter is a class implementing " + RESULT_ADAPTER;
    }
    if (Visibility.effectiveVisibilityOfElement(element) != Visibility.PUBLIC) {
      return "it is not public (or is nested in a type that is not); the generated wrapper creates it from its own package";
    }
    if (element.getNestingKind() == NestingKind.MEMBER && !element.getModifiers().contains(Modifier.STATIC)) {
      return "it is an inner class; make it a static nested or top-level class";
    }
    if (element.getModifiers().contains(Modifier.ABSTRACT)) {
      return "it is abstract; the generated wrapper creates one instance of it";
    }
    boolean noArg = false;
    for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
      noArg |= constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC);
    }
    if (!noArg) {
      return "it has no public no-argument constructor; the generated wrapper creates one instance of it";
    }
    DeclaredType asAdapter = Supertypes.find(types, element.asType(), resultAdapter);
    if (asAdapter == null) {
      return "it does not implement " + RESULT_ADAPTER + "<T, E>";
    }
    if (asAdapter.getTypeArguments().size() != 2) {
      return "it implements the raw type " + RESULT_ADAPTER + "; declare its type arguments <T, E>";
    }
    return null;
  }

  /** T of the adapter's ResultAdapter supertype, in terms of its own type variables. */
  private DeclaredType adaptedType(DeclaredType adapter) {
    TypeElement element = (TypeElement) adapter.asElement();
    DeclaredType asAdapter = Supertypes.find(types, element.asType(), elements.getTypeElement(RESULT_ADAPTER));
    TypeMirror adapted = asAdapter.getTypeArguments().get(0);
    return adapted.getKind() == TypeKind.DECLARED ? (DeclaredType) adapted : asAdapter;
  }

  /** Binds the adapter's type variables from {@code returnType}; the problem, or null (sets {@code use}). */
  private String bind(DeclaredType adapter, DeclaredType adapted, TypeMirror returnType, Resolution resolution) {
    TypeElement element = (TypeElement) adapter.asElement();
    TypeElement resultAdapter = elements.getTypeElement(RESULT_ADAPTER);
    TypeMirror pattern = Supertypes.find(types, element.asType(), resultAdapter).getTypeArguments().get(0);
    if (returnType.getKind() != TypeKind.DECLARED
        || pattern.getKind() != TypeKind.DECLARED
        || !types.isSameType(types.erasure(pattern), types.erasure(returnType))) {
      return "it adapts " + pattern + ", but the method returns " + returnType
          + "; an adapter's ResultAdapter<T, E> must name the return type's class as T";
    }
    Set<Element> variables = new HashSet<>();
    for (TypeParameterElement parameter : element.getTypeParameters()) {
      variables.add(parameter);
    }
    Map<Element, TypeMirror> bindings = new HashMap<>();
    String mismatch = unify(pattern, returnType, variables, bindings);
    if (mismatch != null) {
      return "its type " + pattern + " does not match the return type " + returnType + ": " + mismatch;
    }
    List<TypeMirror> arguments = new ArrayList<>();
    List<TypeName> argumentNames = new ArrayList<>();
    for (TypeParameterElement parameter : element.getTypeParameters()) {
      TypeMirror bound = bindings.get(parameter);
      if (bound == null) {
        return "its type variable " + parameter + " does not occur in " + pattern + ", so the return type cannot determine it";
      }
      for (TypeMirror limit : parameter.getBounds()) {
        if (!types.isAssignable(bound, types.erasure(limit))) {
          return "the return type binds its type variable " + parameter + " to " + bound + ", which is not within its bound " + limit;
        }
      }
      arguments.add(bound);
      argumentNames.add(TypeName.get(bound));
    }
    DeclaredType bound = types.getDeclaredType(element, arguments.toArray(new TypeMirror[0]));
    TypeMirror elementType = Supertypes.find(types, bound, resultAdapter).getTypeArguments().get(1);
    if (elementType.getKind() == TypeKind.WILDCARD) {
      return "its element type E is a wildcard (" + elementType + "); declare ResultAdapter<T, E> with a concrete E";
    }
    if (elementType.getKind() != TypeKind.DECLARED && elementType.getKind() != TypeKind.TYPEVAR && elementType.getKind() != TypeKind.ARRAY) {
      return "its element type E (" + elementType + ") is not a reference type";
    }
    ClassName raw = ClassName.get(element);
    TypeName type = argumentNames.isEmpty() ? raw : ParameterizedTypeName.get(raw, argumentNames.toArray(new TypeName[0]));
    resolution.use = new AdapterUse(type, raw, !argumentNames.isEmpty(), elementType, false);
    return null;
  }

  /** Unifies {@code pattern} (over {@code variables}) with {@code actual}; the mismatch, or null. */
  private String unify(TypeMirror pattern, TypeMirror actual, Set<Element> variables, Map<Element, TypeMirror> bindings) {
    if (pattern.getKind() == TypeKind.TYPEVAR && variables.contains(((TypeVariable) pattern).asElement())) {
      Element variable = ((TypeVariable) pattern).asElement();
      if (actual.getKind() == TypeKind.WILDCARD) {
        return "the wildcard " + actual + " cannot bind " + pattern + "; declare a concrete type argument";
      }
      TypeMirror earlier = bindings.putIfAbsent(variable, actual);
      return earlier == null || types.isSameType(earlier, actual)
          ? null
          : pattern + " would be both " + earlier + " and " + actual;
    }
    if (pattern.getKind() == TypeKind.DECLARED) {
      if (actual.getKind() != TypeKind.DECLARED
          || !((DeclaredType) pattern).asElement().equals(((DeclaredType) actual).asElement())) {
        return "expected " + pattern + " but found " + actual;
      }
      List<? extends TypeMirror> expected = ((DeclaredType) pattern).getTypeArguments();
      List<? extends TypeMirror> found = ((DeclaredType) actual).getTypeArguments();
      if (expected.size() != found.size()) {
        return actual + " is a raw type; declare its type arguments";
      }
      for (int i = 0; i < expected.size(); i++) {
        String mismatch = unify(expected.get(i), found.get(i), variables, bindings);
        if (mismatch != null) {
          return mismatch;
        }
      }
      return null;
    }
    if (pattern.getKind() == TypeKind.WILDCARD) {
      if (actual.getKind() != TypeKind.WILDCARD) {
        return "expected " + pattern + " but found " + actual;
      }
      WildcardType p = (WildcardType) pattern;
      WildcardType a = (WildcardType) actual;
      if ((p.getExtendsBound() == null) != (a.getExtendsBound() == null)
          || (p.getSuperBound() == null) != (a.getSuperBound() == null)) {
        return "expected " + pattern + " but found " + actual;
      }
      String mismatch = p.getExtendsBound() == null ? null : unify(p.getExtendsBound(), a.getExtendsBound(), variables, bindings);
      return mismatch != null || p.getSuperBound() == null ? mismatch : unify(p.getSuperBound(), a.getSuperBound(), variables, bindings);
    }
    if (pattern.getKind() == TypeKind.ARRAY) {
      return actual.getKind() == TypeKind.ARRAY
          ? unify(((ArrayType) pattern).getComponentType(), ((ArrayType) actual).getComponentType(), variables, bindings)
          : "expected " + pattern + " but found " + actual;
    }
    return types.isSameType(pattern, actual) ? null : "expected " + pattern + " but found " + actual;
  }
}
