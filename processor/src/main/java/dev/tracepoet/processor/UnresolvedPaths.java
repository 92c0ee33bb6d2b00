package dev.tracepoet.processor;

import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The problem and hint of a path segment that does not resolve: a property that a type lacks (with
 * the available ones and the closest name), or a keyed lookup {@code name('argument')} that names
 * no method callable with one string.
 */
final class UnresolvedPaths {
  private UnresolvedPaths() {}

  private static String at(StringBuilder walked) {
    return walked.length() == 0 ? "the value " : "\"" + walked + "\" ";
  }

  static PathResolver.Unresolved property(Types types, StringBuilder walked, TypeMirror type, String segment, PropertyFinder.Lookup lookup) {
    String owner = walked.length() == 0 ? "" : " of \"" + walked + "\"";
    if (lookup.rejected != null) {
      return new PathResolver.Unresolved(
          "\"" + segment + "\" matches " + lookup.rejected + owner,
          "Only no-argument methods that return a value, getters and fields can be read; a method with one"
              + " String parameter is called as a lookup, e.g. \"" + segment + "('name')\"");
    }
    if (type.getKind().isPrimitive() || !(type.getKind() == TypeKind.DECLARED)) {
      return new PathResolver.Unresolved(
          at(walked) + "is " + Message.withArticle(type.toString()) + ", which has no properties",
          "Remove \"." + segment + "\"");
    }
    String typeName = types.erasure(type).toString();
    if (lookup.available.isEmpty()) {
      return new PathResolver.Unresolved(
          typeName + owner + " has no readable properties",
          "Add an accessor, or tag a different value");
    }
    String closest = PathResolver.closest(segment, lookup.available);
    return new PathResolver.Unresolved(
        typeName + owner + " has no property \"" + segment + "\" (available: "
            + String.join(", ", lookup.available) + ")",
        closest == null ? "Use one of the available properties" : "Did you mean \"" + closest + "\"?");
  }

  static PathResolver.Unresolved lookup(Types types, StringBuilder walked, TypeMirror type, PathSyntax.Lookup call, PropertyFinder.Lookup lookup) {
    String owner = walked.length() == 0 ? "" : " of \"" + walked + "\"";
    if (lookup.rejected != null) {
      return new PathResolver.Unresolved(call.method() + "('" + call.argument() + "')" + owner, lookup.rejected, Message.INVALID_LOOKUP_METHOD);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return new PathResolver.Unresolved(at(walked) + "is " + Message.withArticle(type.toString()) + ", which has no methods",
          "Remove \"." + call.method() + "(...)\"", Message.UNKNOWN_LOOKUP);
    }
    String typeName = types.erasure(type).toString();
    if (lookup.available.isEmpty()) {
      return new PathResolver.Unresolved(typeName + owner + " has no method " + call.method() + "(String) and no other method with"
          + " one String, CharSequence or Object parameter", "Look up a value of another type", Message.UNKNOWN_LOOKUP);
    }
    String closest = PathResolver.closest(call.method(), lookup.available);
    return new PathResolver.Unresolved(
        typeName + owner + " has no method " + call.method() + "(String) (methods that take one string: "
            + String.join(", ", lookup.available) + ")",
        closest == null ? "Call one of those" : "Did you mean \"" + closest + "('" + call.argument() + "')\"?",
        Message.UNKNOWN_LOOKUP);
  }
}
