package dev.tracepoet.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Types;

/**
 * The signature of an interface method as the wrapper overrides it, seen as a member of the
 * wrapped interface (inherited generics resolved).
 *
 * <p>Replaces {@code MethodSpec.overriding(method, enclosing, types)}: in palantir JavaPoet 0.22.0
 * that method reads a method type variable's bound through {@code getUpperBound()}, which fails on
 * intersection bounds ({@code <T extends Number & Comparable<T>>}); here the bounds of an
 * intersection are copied one by one.
 */
final class Overriding {
  private Overriding() {}

  static MethodSpec.Builder of(ExecutableElement method, DeclaredType enclosing, Types types) {
    ExecutableType resolved = (ExecutableType) types.asMemberOf(enclosing, method);
    Set<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
    modifiers.addAll(method.getModifiers());
    modifiers.removeAll(EnumSet.of(Modifier.ABSTRACT, Modifier.DEFAULT, Modifier.STATIC));
    MethodSpec.Builder spec =
        MethodSpec.methodBuilder(method.getSimpleName().toString())
            .addAnnotation(Override.class)
            .addModifiers(modifiers);
    for (TypeVariable variable : resolved.getTypeVariables()) {
      spec.addTypeVariable(typeVariable(variable));
    }
    spec.returns(TypeName.get(resolved.getReturnType()));
    List<? extends VariableElement> parameters = method.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      VariableElement parameter = parameters.get(i);
      spec.addParameter(
          ParameterSpec.builder(
                  TypeName.get(resolved.getParameterTypes().get(i)), parameter.getSimpleName().toString())
              .addModifiers(parameter.getModifiers())
              .build());
    }
    spec.varargs(method.isVarArgs());
    for (TypeMirror thrown : resolved.getThrownTypes()) {
      spec.addException(TypeName.get(thrown));
    }
    return spec;
  }

  private static TypeVariableName typeVariable(TypeVariable variable) {
    TypeMirror upper = variable.getUpperBound();
    List<? extends TypeMirror> mirrors =
        upper.getKind() == TypeKind.INTERSECTION ? ((IntersectionType) upper).getBounds() : List.of(upper);
    List<TypeName> bounds = new ArrayList<>();
    for (TypeMirror bound : mirrors) {
      TypeName name = TypeName.get(bound);
      if (!name.equals(ClassName.OBJECT)) {
        bounds.add(name);
      }
    }
    return TypeVariableName.get(variable.asElement().getSimpleName().toString(), bounds.toArray(new TypeName[0]));
  }
}
