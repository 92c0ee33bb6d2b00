package dev.tracepoet.processor;

import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/** Finds unresolved ({@link TypeKind#ERROR}) types and type-variable uses inside types. */
final class ErrorTypes {
  private ErrorTypes() {}

  /** The first unresolved type in a method's signature, if any. */
  static Optional<TypeMirror> find(ExecutableType member, ExecutableElement method) {
    for (TypeMirror type : member.getParameterTypes()) {
      Optional<TypeMirror> found = find(type, 0);
      if (found.isPresent()) {
        return found;
      }
    }
    for (TypeMirror type : member.getThrownTypes()) {
      Optional<TypeMirror> found = find(type, 0);
      if (found.isPresent()) {
        return found;
      }
    }
    for (TypeParameterElement parameter : method.getTypeParameters()) {
      for (TypeMirror bound : parameter.getBounds()) {
        Optional<TypeMirror> found = find(bound, 0);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return find(member.getReturnType(), 0);
  }

  private static Optional<TypeMirror> find(TypeMirror type, int depth) {
    if (type == null || depth > 16) {
      return Optional.empty();
    }
    switch (type.getKind()) {
      case ERROR:
        return Optional.of(type);
      case ARRAY:
        return find(((ArrayType) type).getComponentType(), depth + 1);
      case DECLARED:
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          Optional<TypeMirror> found = find(argument, depth + 1);
          if (found.isPresent()) {
            return found;
          }
        }
        return Optional.empty();
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        Optional<TypeMirror> found = find(wildcard.getExtendsBound(), depth + 1);
        return found.isPresent() ? found : find(wildcard.getSuperBound(), depth + 1);
      default:
        return Optional.empty();
    }
  }

  /** Whether {@code type} mentions one of {@code variables}. */
  static boolean mentions(TypeMirror type, Set<TypeParameterElement> variables) {
    return !variables.isEmpty() && mentions(type, variables, 0);
  }

  private static boolean mentions(TypeMirror type, Set<TypeParameterElement> variables, int depth) {
    if (type == null || depth > 16) {
      return false;
    }
    switch (type.getKind()) {
      case TYPEVAR:
        return variables.contains(((TypeVariable) type).asElement());
      case ARRAY:
        return mentions(((ArrayType) type).getComponentType(), variables, depth + 1);
      case DECLARED:
        return ((DeclaredType) type).getTypeArguments().stream()
            .anyMatch(argument -> mentions(argument, variables, depth + 1));
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return mentions(wildcard.getExtendsBound(), variables, depth + 1)
            || mentions(wildcard.getSuperBound(), variables, depth + 1);
      case INTERSECTION:
        return ((IntersectionType) type).getBounds().stream()
            .anyMatch(bound -> mentions(bound, variables, depth + 1));
      default:
        return false;
    }
  }
}
