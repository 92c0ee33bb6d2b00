package dev.tracepoet.processor;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The one supertype walk: a type viewed as a given generic supertype, with its type arguments
 * resolved ({@code ArrayList<String>} as {@code Iterable} is {@code Iterable<String>}). Used for
 * return kinds, hook type arguments and collection element types.
 */
final class Supertypes {
  /** Deeper hierarchies than this are not followed (guards against malformed class files). */
  private static final int MAX_DEPTH = 32;

  private Supertypes() {}

  /** {@code type} as {@code target}, or {@code null} when it is not a subtype of it. */
  static DeclaredType find(Types types, TypeMirror type, TypeElement target) {
    return find(types, type, target, 0);
  }

  private static DeclaredType find(Types types, TypeMirror type, TypeElement target, int depth) {
    if (target == null || depth > MAX_DEPTH || type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    if (((DeclaredType) type).asElement().equals(target)) {
      return (DeclaredType) type;
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      DeclaredType found = find(types, supertype, target, depth + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
