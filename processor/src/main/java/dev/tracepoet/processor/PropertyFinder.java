package dev.tracepoet.processor;

import com.google.auto.common.Visibility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the readable property a path segment names on a type: a record component or no-argument
 * method {@code x()}, a getter {@code getX()}/{@code isX()}, or a field, accessible from the
 * client's package; snake_case and camelCase match. Also says when generated code could not call
 * members on the type itself.
 */
final class PropertyFinder {
  private final Types types;
  private final Elements elements;
  private final PackageElement accessFrom;
  /**
   * {@code getAllMembers} per type, kept for this finder's life (one client in one round): a model
   * type is usually read by many paths of many endpoints, and javac builds a fresh scope each call.
   */
  private final Map<TypeElement, List<? extends Element>> members = new HashMap<>();

  PropertyFinder(Types types, Elements elements, PackageElement accessFrom) {
    this.types = types;
    this.elements = elements;
    this.accessFrom = accessFrom;
  }

  private List<? extends Element> members(TypeElement element) {
    return members.computeIfAbsent(element, elements::getAllMembers);
  }

  /** What a lookup found: the property, or why a same-named member was rejected, and what exists. */
  static final class Lookup {
    AttributePath.Property found;
    String rejected;
    /** The type owning the property, described, when generated code cannot access it. */
    String inaccessible;
    final List<String> available = new ArrayList<>();
  }

  /** The property {@code segment} names on {@code declared}. */
  Lookup find(DeclaredType declared, String segment) {
    Lookup lookup = new Lookup();
    TypeElement element = (TypeElement) declared.asElement();
    lookup.inaccessible = inaccessibility(element);
    String wanted = PathResolver.normalize(segment);
    Map<String, Candidate> best = new LinkedHashMap<>();
    for (Element member : members(element)) {
      if (member.getModifiers().contains(Modifier.STATIC) || !accessible(member)) {
        continue;
      }
      Element owner = member.getEnclosingElement();
      if (owner instanceof TypeElement
              && ((TypeElement) owner).getQualifiedName().contentEquals("java.lang.Object")
          || isObjectMethod(member)) {
        continue;
      }
      if (member.getKind() == ElementKind.METHOD) {
        ExecutableElement method = (ExecutableElement) member;
        String name = method.getSimpleName().toString();
        String property = propertyName(name);
        int rank = name.equals(property) ? 0 : 1;
        boolean readable =
            method.getParameters().isEmpty() && method.getReturnType().getKind() != TypeKind.VOID;
        if (!readable) {
          if (PathResolver.normalize(name).equals(wanted) || PathResolver.normalize(property).equals(wanted)) {
            lookup.rejected =
                name + (method.getParameters().isEmpty() ? "(), which returns void" : "(...), which takes arguments");
          }
          continue;
        }
        ExecutableType resolved = (ExecutableType) types.asMemberOf(declared, method);
        offer(best, property, new Candidate(rank, new AttributePath.Property(name + "()", resolved.getReturnType(),
            elements.isDeprecated(method)), declaredByThrowable(method)));
      } else if (member.getKind() == ElementKind.FIELD) {
        VariableElement field = (VariableElement) member;
        String name = field.getSimpleName().toString();
        offer(best, name, new Candidate(2, new AttributePath.Property(name, types.asMemberOf(declared, field),
            elements.isDeprecated(field)), false));
      }
    }
    for (Map.Entry<String, Candidate> entry : best.entrySet()) {
      if (!entry.getValue().fromThrowable) {
        lookup.available.add(entry.getKey());
      }
    }
    // Never suggest SDK raw accessors (_model(), _promptCacheKey()) unless nothing else is readable.
    if (lookup.available.stream().anyMatch(name -> !name.startsWith("_"))) {
      lookup.available.removeIf(name -> name.startsWith("_"));
    }
    lookup.available.sort(Comparator.naturalOrder());
    best.entrySet().stream()
        .filter(entry -> PathResolver.normalize(entry.getKey()).equals(wanted))
        // x() before getX() before a field; a name with a leading underscore (SDK raw accessors
        // such as _model()) only when nothing else matches.
        .min(Comparator.comparing((Map.Entry<String, Candidate> entry) -> entry.getKey().startsWith("_"))
            .thenComparingInt(entry -> entry.getValue().rank)
            .thenComparing(Map.Entry::getKey))
        .ifPresent(entry -> lookup.found = entry.getValue().property);
    return lookup;
  }

  /** hashCode(), toString() and friends, even when a type overrides them, are not properties. */
  private static boolean isObjectMethod(Element member) {
    if (member.getKind() != ElementKind.METHOD || !((ExecutableElement) member).getParameters().isEmpty()) {
      return false;
    }
    switch (member.getSimpleName().toString()) {
      case "hashCode":
      case "toString":
      case "getClass":
      case "clone":
      case "finalize":
        return true;
      default:
        return false;
    }
  }

  /**
   * {@code fromThrowable}: a member {@code java.lang.Throwable} declares ({@code getMessage()},
   * {@code getCause()}, {@code getStackTrace()}, ...), even when an exception overrides it: still
   * readable when named, never offered as a suggestion on an exception type.
   */
  private record Candidate(int rank, AttributePath.Property property, boolean fromThrowable) {}

  /** Whether {@code method} is, or overrides, a method that {@code java.lang.Throwable} declares. */
  private boolean declaredByThrowable(ExecutableElement method) {
    TypeElement throwable = elements.getTypeElement("java.lang.Throwable");
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (owner.equals(throwable)) {
      return true;
    }
    for (Element member : throwable.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD && member.getSimpleName().equals(method.getSimpleName())
          && elements.overrides(method, (ExecutableElement) member, owner)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The keyed lookup {@code call} names on {@code declared} ({@code values('retry-after')} →
   * {@code values(String)}): a public instance method taking exactly one {@code String}, {@code
   * CharSequence} or {@code Object} and returning a value, matched by name like a property
   * ({@code header} finds {@code getHeader}); {@code rejected} says why a same-named method cannot
   * be called; {@code available} lists the methods that can.
   */
  Lookup findLookup(DeclaredType declared, PathSyntax.Lookup call) {
    Lookup lookup = new Lookup();
    TypeElement element = (TypeElement) declared.asElement();
    lookup.inaccessible = inaccessibility(element);
    String wanted = PathResolver.normalize(call.method());
    int bestRank = Integer.MAX_VALUE;
    java.util.Set<String> callable = new java.util.TreeSet<>();
    for (Element member : members(element)) {
      if (member.getKind() != ElementKind.METHOD || member.getModifiers().contains(Modifier.STATIC) || !accessible(member)
          || ((TypeElement) member.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object")) {
        continue;
      }
      ExecutableElement method = (ExecutableElement) member;
      String name = method.getSimpleName().toString();
      int parameterRank = method.getParameters().size() == 1 ? stringParameterRank(method.getParameters().get(0).asType()) : -1;
      boolean usable = parameterRank >= 0 && method.getReturnType().getKind() != TypeKind.VOID;
      if (usable && !declaredByThrowable(method)) {
        callable.add(name);
      }
      if (!PathResolver.normalize(name).equals(wanted) && !PathResolver.normalize(propertyName(name)).equals(wanted)) {
        continue;
      }
      if (!usable) {
        lookup.rejected = lookup.rejected != null ? lookup.rejected : whyNot(method);
        continue;
      }
      int rank = (name.equals(call.method()) ? 0 : 10) + parameterRank;
      if (rank < bestRank) {
        bestRank = rank;
        ExecutableType resolved = (ExecutableType) types.asMemberOf(declared, method);
        lookup.found = new AttributePath.Property(new PathSyntax.Lookup(name, call.argument()).code(),
            resolved.getReturnType(), elements.isDeprecated(method));
      }
    }
    lookup.available.addAll(callable);
    return lookup;
  }

  /** 0 for {@code String}, 1 for {@code CharSequence}, 2 for {@code Object}, -1 for anything else. */
  private int stringParameterRank(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return -1;
    }
    switch (((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString()) {
      case "java.lang.String":
        return 0;
      case "java.lang.CharSequence":
        return 1;
      case "java.lang.Object":
        return 2;
      default:
        return -1;
    }
  }

  private static String whyNot(ExecutableElement method) {
    String name = method.getSimpleName() + "(" + method.getParameters().stream()
        .map(parameter -> TracedInterfaceValidator.simpleTypeName(parameter.asType()))
        .collect(java.util.stream.Collectors.joining(", ")) + ")";
    if (method.getParameters().size() != 1) {
      return name + " takes " + (method.getParameters().isEmpty() ? "no parameter" : method.getParameters().size() + " parameters");
    }
    if (method.getReturnType().getKind() == TypeKind.VOID) {
      return name + " returns void";
    }
    return name + " takes " + Message.withArticle(TracedInterfaceValidator.simpleTypeName(method.getParameters().get(0).asType()))
        + ", not a string";
  }

  private static void offer(Map<String, Candidate> best, String property, Candidate candidate) {
    Candidate current = best.get(property);
    if (current == null || candidate.rank < current.rank) {
      best.put(property, candidate);
    }
  }

  /** {@code getMaxTokens} → {@code maxTokens}, {@code isStream} → {@code stream}, else the name. */
  static String propertyName(String methodName) {
    for (String prefix : new String[] {"get", "is"}) {
      if (methodName.length() > prefix.length()
          && methodName.startsWith(prefix)
          && Character.isUpperCase(methodName.charAt(prefix.length()))) {
        String rest = methodName.substring(prefix.length());
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
      }
    }
    return methodName;
  }

  /**
   * Why generated code in {@link #accessFrom} cannot call members on a value of {@code type} (it is,
   * or is nested in, a private type, or is not public in another package), or {@code null}.
   */
  private String inaccessibility(TypeElement type) {
    Visibility visibility = Visibility.effectiveVisibilityOfElement(type);
    if (visibility == Visibility.PUBLIC) {
      return null;
    }
    String name = type.getQualifiedName().toString();
    if (visibility == Visibility.PRIVATE) {
      return name + " (private, or nested in a private type)";
    }
    return elements.getPackageOf(type).equals(accessFrom) ? null : name + " (not public, in another package)";
  }

  private boolean accessible(Element member) {
    if (member.getModifiers().contains(Modifier.PUBLIC)) {
      return true;
    }
    if (member.getModifiers().contains(Modifier.PRIVATE)) {
      return false;
    }
    return elements.getPackageOf(member).equals(accessFrom);
  }
}
