package dev.tracepoet.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Resolves dotted attribute paths ({@code "usage.total_tokens"}) against types, without running any
 * code: records, {@code x()}/{@code getX()}/{@code isX()} methods and public fields, with
 * snake_case/camelCase matching, {@code Optional*} unwrapping and collection mapping.
 */
final class PathResolver {

  /** The outcome of resolving one path. */
  sealed interface Resolution permits Resolved, Unresolved, Deferred {}

  /** The path resolved. */
  record Resolved(AttributePath path) implements Resolution {}

  /**
   * The path does not resolve: {@code problem} says why, {@code hint} how to fix it; {@code message}
   * is the catalogue entry when it is not the caller's "unknown path" one (else {@code null}).
   */
  record Unresolved(String problem, String hint, Message message) implements Resolution {
    Unresolved(String problem, String hint) {
      this(problem, hint, null);
    }

    /** The catalogue entry to report this with, {@code unknown} unless the problem has its own. */
    Message messageOr(Message unknown) {
      return message != null ? message : unknown;
    }
  }

  /** A type along the path is not (yet) known; try again in a later round. */
  record Deferred(TypeMirror errorType) implements Resolution {}

  private final Types types;
  private final Elements elements;
  private final PackageElement accessFrom;
  private final PropertyFinder properties;
  private final TypeMirror iterable;
  private final TypeMirror collection;
  private final TypeMirror map;
  private final TypeMirror list;
  private final TypeMirror charSequence;

  PathResolver(Types types, Elements elements, PackageElement accessFrom) {
    this.types = types;
    this.elements = elements;
    this.accessFrom = accessFrom;
    this.properties = new PropertyFinder(types, elements, accessFrom);
    this.iterable = erasureOf("java.lang.Iterable");
    this.collection = erasureOf("java.util.Collection");
    this.map = erasureOf("java.util.Map");
    this.list = erasureOf("java.util.List");
    this.charSequence = erasureOf("java.lang.CharSequence");
  }

  private TypeMirror erasureOf(String name) {
    return types.erasure(elements.getTypeElement(name).asType());
  }

  /**
   * Resolves {@code segments} starting at a value of type {@code root}.
   *
   * @param secret whether the value is a secret to be masked
   */
  Resolution resolve(TypeMirror root, List<String> segments, boolean secret) {
    List<AttributePath.Step> steps = new ArrayList<>();
    TypeMirror type = unwrapOptionals(root, steps);
    StringBuilder walked = new StringBuilder();
    for (String segment : segments) {
      if (type.getKind() == TypeKind.ERROR) {
        return new Deferred(type);
      }
      boolean multiple = isArray(type) || isCollection(type);
      if ((multiple || isMap(type)) && (segment.equals("size") || segment.equals("length"))) {
        steps.add(new AttributePath.Size(isArray(type)));
        type = types.getPrimitiveType(TypeKind.LONG);
        walked.append(walked.length() == 0 ? "" : ".").append(segment);
        continue;
      }
      if (multiple && !(isOwnType(type) && findSegment(type, segment).found != null)) {
        steps.add(new AttributePath.Iterate(elementType(type).getKind().isPrimitive(), isArray(type)));
        type = unwrapOptionals(elementType(type), steps);
        if (type.getKind() == TypeKind.ERROR) {
          return new Deferred(type);
        }
      }
      PropertyFinder.Lookup lookup = findSegment(type, segment);
      if (lookup.found == null && normalize(segment).equals("aslong") && isCharSequence(type)) {
        steps.add(new AttributePath.ParseLong()); // a numeric header: "500" → 500
        type = elements.getTypeElement("java.lang.Long").asType();
        walked.append(walked.length() == 0 ? "" : ".").append(segment);
        continue;
      }
      if (lookup.found != null && lookup.inaccessible != null) {
        return new Unresolved(
            "\"" + segment + "\" is read from " + lookup.inaccessible + ", which the generated wrapper in "
                + (accessFrom.isUnnamed() ? "the default package" : "package " + accessFrom.getQualifiedName())
                + " cannot access",
            "Make the type public (or move the client to its package), or tag a value of an accessible type",
            Message.INACCESSIBLE_PATH);
      }
      if (lookup.found == null) {
        return PathSyntax.isLookup(segment)
            ? UnresolvedPaths.lookup(types, walked, type, PathSyntax.lookup(segment), lookup)
            : UnresolvedPaths.property(types, walked, type, segment, lookup);
      }
      steps.add(lookup.found);
      type = unwrapOptionals(lookup.found.type(), steps);
      if (PathSyntax.isLookup(segment) && isList(type)) {
        // A keyed lookup of a multi-valued map (HTTP headers' values(name)) records its first value.
        steps.add(new AttributePath.First());
        type = unwrapOptionals(elementType(type), steps);
      }
      walked.append(walked.length() == 0 ? "" : ".").append(segment);
    }
    if (type.getKind() == TypeKind.ERROR) {
      return new Deferred(type);
    }
    // A path that ends at a collection records its elements.
    int guard = 0;
    while ((isArray(type) || isCollection(type)) && !isMap(type) && guard++ < 8) {
      steps.add(new AttributePath.Iterate(elementType(type).getKind().isPrimitive(), isArray(type)));
      type = unwrapOptionals(elementType(type), steps);
      if (type.getKind() == TypeKind.ERROR) {
        return new Deferred(type);
      }
    }
    ValueKind kind = classify(type);
    if (kind == ValueKind.MAP && steps.stream().anyMatch(step -> step instanceof AttributePath.Iterate)) {
      return new Unresolved(
          "it ends at a map inside a collection, which has no flat attribute form",
          "Tag one element's map, or the map's size");
    }
    // A map under a secret name stays a map: the runtime's tagMap masks what it records under
    // a secret-named prefix. Every other value is recorded masked.
    if (secret && kind != ValueKind.MAP) {
      kind = ValueKind.SECRET;
    }
    return new Resolved(new AttributePath(List.copyOf(steps), kind, type.getKind()));
  }

  /** The type of the value a resolved non-list path ends at (Optionals unwrapped). */
  TypeMirror typeAt(TypeMirror root, AttributePath path) {
    TypeMirror type = unwrapOptionals(root, new ArrayList<>());
    for (AttributePath.Step step : path.steps()) {
      if (step instanceof AttributePath.Property) {
        type = unwrapOptionals(((AttributePath.Property) step).type(), new ArrayList<>());
      } else if (step instanceof AttributePath.First) {
        type = unwrapOptionals(elementType(type), new ArrayList<>());
      } else if (step instanceof AttributePath.ParseLong) {
        type = elements.getTypeElement("java.lang.Long").asType();
      }
    }
    return type;
  }

  // ---------------------------------------------------------------- properties

  /** What a segment names: a keyed lookup {@code name('argument')} or a property. */
  private PropertyFinder.Lookup findSegment(TypeMirror type, String segment) {
    if (!PathSyntax.isLookup(segment)) {
      return findProperty(type, segment);
    }
    TypeMirror target = upperBound(type);
    return target.getKind() == TypeKind.DECLARED
        ? properties.findLookup((DeclaredType) target, PathSyntax.lookup(segment))
        : new PropertyFinder.Lookup();
  }

  private PropertyFinder.Lookup findProperty(TypeMirror type, String segment) {
    TypeMirror target = upperBound(type);
    return target.getKind() == TypeKind.DECLARED
        ? properties.find((DeclaredType) target, segment)
        : new PropertyFinder.Lookup();
  }

  /** Case and underscore insensitive form: {@code max_tokens} and {@code maxTokens} are equal. */
  static String normalize(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  /** The closest name by edit distance on the normalized form, if reasonably close. */
  static String closest(String wanted, List<String> candidates) {
    String target = normalize(wanted);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = editDistance(target, normalize(candidate));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return best != null && bestDistance <= Math.max(2, target.length() / 2) ? best : null;
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  // ---------------------------------------------------------------- types

  private TypeMirror upperBound(TypeMirror type) {
    int guard = 0;
    while (guard++ < 16) {
      if (type.getKind() == TypeKind.TYPEVAR) {
        type = ((TypeVariable) type).getUpperBound();
      } else if (type.getKind() == TypeKind.WILDCARD) {
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        type = bound != null ? bound : elements.getTypeElement("java.lang.Object").asType();
      } else if (type.getKind() == TypeKind.INTERSECTION) {
        type = types.directSupertypes(type).get(0);
      } else {
        break;
      }
    }
    return type;
  }

  private TypeMirror unwrapOptionals(TypeMirror type, List<AttributePath.Step> steps) {
    int guard = 0;
    while (guard++ < 8) {
      TypeMirror bound = upperBound(type);
      Optional<String> getter = optionalGetter(bound);
      if (getter.isEmpty()) {
        return bound;
      }
      steps.add(new AttributePath.UnwrapOptional(getter.get()));
      switch (getter.get()) {
        case "getAsInt":
          return types.getPrimitiveType(TypeKind.INT);
        case "getAsLong":
          return types.getPrimitiveType(TypeKind.LONG);
        case "getAsDouble":
          return types.getPrimitiveType(TypeKind.DOUBLE);
        default:
          List<? extends TypeMirror> arguments = ((DeclaredType) bound).getTypeArguments();
          type = arguments.isEmpty() ? elements.getTypeElement("java.lang.Object").asType() : arguments.get(0);
      }
    }
    return upperBound(type);
  }

  private Optional<String> optionalGetter(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    switch (name) {
      case "java.util.Optional":
        return Optional.of("get");
      case "java.util.OptionalInt":
        return Optional.of("getAsInt");
      case "java.util.OptionalLong":
        return Optional.of("getAsLong");
      case "java.util.OptionalDouble":
        return Optional.of("getAsDouble");
      default:
        return Optional.empty();
    }
  }

  private boolean isArray(TypeMirror type) {
    return type.getKind() == TypeKind.ARRAY;
  }

  private boolean isCollection(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED && types.isAssignable(types.erasure(type), collection);
  }

  private boolean isCharSequence(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED && types.isAssignable(types.erasure(type), charSequence);
  }

  private boolean isList(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED && types.isAssignable(types.erasure(type), list);
  }

  private boolean isMap(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED && types.isAssignable(types.erasure(type), map);
  }

  /** A collection type declared outside the JDK, whose own properties win over its elements'. */
  private boolean isOwnType(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    return !name.startsWith("java.");
  }

  private TypeMirror elementType(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return ((ArrayType) type).getComponentType();
    }
    TypeMirror found = iterableArgument(type);
    return found != null ? found : elements.getTypeElement("java.lang.Object").asType();
  }

  private TypeMirror iterableArgument(TypeMirror type) {
    DeclaredType asIterable = Supertypes.find(types, type, elements.getTypeElement("java.lang.Iterable"));
    return asIterable == null || asIterable.getTypeArguments().isEmpty() ? null : asIterable.getTypeArguments().get(0);
  }

  private ValueKind classify(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return ValueKind.BOOLEAN;
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
        return ValueKind.LONG;
      case FLOAT:
      case DOUBLE:
        return ValueKind.DOUBLE;
      case CHAR:
        return ValueKind.OBJECT;
      case DECLARED:
        break;
      default:
        return ValueKind.OBJECT;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    switch (element.getQualifiedName().toString()) {
      case "java.lang.Boolean":
        return ValueKind.BOOLEAN;
      case "java.lang.Byte":
      case "java.lang.Short":
      case "java.lang.Integer":
      case "java.lang.Long":
        return ValueKind.LONG;
      case "java.lang.Float":
      case "java.lang.Double":
        return ValueKind.DOUBLE;
      default:
        break;
    }
    if (element.getKind() == ElementKind.ENUM) {
      return ValueKind.ENUM;
    }
    if (types.isAssignable(types.erasure(type), charSequence)) {
      return ValueKind.STRING;
    }
    if (isMap(type)) {
      return ValueKind.MAP;
    }
    return ValueKind.OBJECT;
  }
}
