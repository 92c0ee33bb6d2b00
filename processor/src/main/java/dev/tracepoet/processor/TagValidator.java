package dev.tracepoet.processor;

import com.google.auto.common.AnnotationMirrors;
import dev.tracepoet.processor.EndpointDescriptor.TagDescriptor;
import dev.tracepoet.processor.EndpointDescriptor.TokenWiring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Validates and resolves an endpoint's {@code requestTags} / {@code responseTags} entries ({@code
 * "key=path"} or {@code "path"}), reporting every problem; returns a type to defer on when one is
 * not resolved yet. Also finds where a request path starts (shared with token wiring).
 */
final class TagValidator {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*");
  /** An absolute key ({@code "^http.response.status_code=..."}): OpenTelemetry's attribute name style. */
  private static final Pattern ABSOLUTE_KEY = Pattern.compile("[a-z0-9_\\-]+(\\.[a-z0-9_\\-]+)*");

  private final Diagnostics diagnostics;

  TagValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  static final class Root {
    TypeMirror type;
    String parameter;
    List<String> segments;
  }

  /** Where a request path starts; reports and returns {@code null} when it names no parameter. */
  Root requestRoot(EndpointContext endpoint, String path, AnnotationValue value, Message message, String what) {
    String integration = endpoint.integration();
    ExecutableElement method = endpoint.method();
    ExecutableType member = endpoint.member();
    AnnotationMirror annotation = endpoint.annotation();
    Set<TypeParameterElement> methodTypeVariables = endpoint.methodTypeVariables();
    PathResolver resolver = endpoint.resolver();
    List<String> segments = PathSyntax.segments(path);
    List<? extends VariableElement> parameters = method.getParameters();
    int index = -1;
    for (int i = 0; i < parameters.size(); i++) {
      if (PathResolver.normalize(parameters.get(i).getSimpleName().toString()).equals(PathResolver.normalize(segments.get(0)))) {
        index = i;
      }
    }
    Root root = new Root();
    root.segments = segments;
    if (index == 0 && parameters.size() == 1 && hasProperty(member.getParameterTypes().get(0), segments.get(0), resolver)) {
      // "prompt" on a single parameter named prompt whose type has a prompt() property: the property
      // wins, as in every other single-parameter path.
    } else if (index >= 0) {
      root.segments = segments.subList(1, segments.size());
    } else if (parameters.size() == 1) {
      index = 0;
    } else {
      List<String> names = parameters.stream().map(p -> p.getSimpleName().toString()).collect(Collectors.toList());
      String closest = PathResolver.closest(segments.get(0), names);
      String problem =
          parameters.isEmpty()
              ? TracedInterfaceValidator.describe(method) + " has no parameters"
              : "\"" + segments.get(0) + "\" is not a parameter of " + TracedInterfaceValidator.describe(method) + " (parameters: " + String.join(", ", names) + ")";
      String hint = closest != null ? "Did you mean \"" + closest + "\"?" : "Start the path with a parameter name";
      if (message == Message.UNKNOWN_TOKEN_PATH) {
        diagnostics.error(method, annotation, value, message, what, path, problem, hint);
      } else {
        diagnostics.error(method, annotation, value, message, path, problem, hint);
      }
      return null;
    }
    root.type = member.getParameterTypes().get(index);
    if (parameters.size() > 1) {
      root.parameter = parameters.get(index).getSimpleName().toString();
    }
    if (ErrorTypes.mentions(root.type, methodTypeVariables)) {
      String problem = "its type " + root.type + " depends on a type variable of the method, so its properties are not known at compile time";
      if (message == Message.UNKNOWN_TOKEN_PATH) {
        diagnostics.error(method, annotation, value, message, what, path, problem, "Tag a value of a concrete type");
      } else {
        diagnostics.error(method, annotation, value, message, path, problem, "Tag a value of a concrete type");
      }
      return null;
    }
    return root;
  }

  private static boolean hasProperty(TypeMirror type, String segment, PathResolver resolver) {
    return resolver.resolve(type, List.of(segment), false) instanceof PathResolver.Resolved;
  }

  /** Where the paths of one tag list start: a found root, or null when that was reported. */
  interface RootFinder {
    Root find(String entry, String path, AnnotationValue value);
  }

  /** Resolves the entries of one tag list; returns a description of an unresolved type to defer. */
  String validate(EndpointContext endpoint, String attribute, boolean request, List<TagDescriptor> out) {
    ExecutableElement method = endpoint.method();
    AnnotationMirror annotation = endpoint.annotation();
    Message unknown = request ? Message.UNKNOWN_REQUEST_TAG : Message.UNKNOWN_RESPONSE_TAG;
    RootFinder roots = request
        ? (entry, path, value) -> requestRoot(endpoint, path, value, unknown, null)
        : (entry, path, value) -> responseRoot(endpoint, entry, value);
    return validate(method, annotation, attribute, endpoint.integration() + (request ? ".request." : ".response."),
        unknown, roots, endpoint.resolver(), out);
  }

  private Root responseRoot(EndpointContext endpoint, String entry, AnnotationValue value) {
    ExecutableElement method = endpoint.method();
    TypeMirror type = endpoint.valueType();
    if (type.getKind() == TypeKind.VOID) {
      diagnostics.error(method, endpoint.annotation(), value, Message.UNKNOWN_RESPONSE_TAG, entry,
          TracedInterfaceValidator.describe(method) + " returns void", "Remove the response tags");
      return null;
    }
    if (ErrorTypes.mentions(type, endpoint.methodTypeVariables())) {
      diagnostics.error(method, endpoint.annotation(), value, Message.UNKNOWN_RESPONSE_TAG, entry,
          "its type " + type + " depends on a type variable of the method, so its properties are not known at compile time",
          "Tag a value of a concrete type");
      return null;
    }
    Root root = new Root();
    root.type = type;
    return root;
  }

  /**
   * Resolves the entries of {@code attribute} of {@code annotation} (on {@code element}), keyed
   * {@code prefix + path} unless named; returns a description of an unresolved type to defer.
   */
  String validate(Element element, AnnotationMirror annotation, String attribute, String prefix, Message unknown,
      RootFinder roots, PathResolver resolver, List<TagDescriptor> out) {
    AnnotationValue listValue = AnnotationMirrors.getAnnotationValue(annotation, attribute);
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> entries = (List<? extends AnnotationValue>) listValue.getValue();
    Map<String, String> keys = new LinkedHashMap<>();
    for (AnnotationValue entryValue : entries) {
      String entry = String.valueOf(entryValue.getValue());
      String keyPart = null;
      boolean absolute = false;
      String pathPart = entry.trim();
      int equals = PathSyntax.indexOutsideQuotes(pathPart, '=');
      if (equals >= 0) {
        keyPart = pathPart.substring(0, equals).trim();
        pathPart = pathPart.substring(equals + 1).trim();
        absolute = keyPart.startsWith("^");
        if (absolute) {
          keyPart = keyPart.substring(1);
          if (!ABSOLUTE_KEY.matcher(keyPart).matches()) {
            diagnostics.error(element, annotation, entryValue, Message.INVALID_ATTRIBUTE_KEY, entry,
                keyPart.isEmpty() ? "the key after '^' is empty" : "\"" + keyPart + "\" contains other characters");
            continue;
          }
        } else if (!KEY.matcher(keyPart).matches()) {
          diagnostics.error(element, annotation, entryValue, Message.MALFORMED_TAG, entry,
              keyPart.isEmpty() ? "the key before '=' is empty" : "the key \"" + keyPart + "\" may only contain letters, digits, '_' and '.'");
          continue;
        }
      }
      List<String> paths = PathSyntax.split(pathPart, '|').stream().map(String::trim).toList();
      if (paths.size() > 1 && keyPart == null) {
        diagnostics.error(element, annotation, entryValue, Message.ALTERNATIVES_NEED_KEY, entry,
            suggestedKey(paths.get(0)), pathPart);
        continue;
      }
      if (malformed(element, annotation, entryValue, entry, paths)) {
        continue;
      }
      if (keyPart == null && PathSyntax.hasLookup(pathPart)) {
        diagnostics.error(element, annotation, entryValue, Message.LOOKUP_NEEDS_KEY, entry, suggestedKey(pathPart), pathPart);
        continue;
      }
      String key = absolute ? keyPart : prefix + (keyPart != null ? keyPart : pathPart);
      String keyName = keyPart != null ? keyPart.substring(keyPart.lastIndexOf('.') + 1) : null;
      List<EndpointDescriptor.Alternative> resolved = new ArrayList<>();
      List<TypeMirror> resolvedTypes = new ArrayList<>();
      boolean masked = keyName != null && SecretNames.isSecret(keyName);
      for (String path : paths) {
        List<String> segments = PathSyntax.segments(path);
        // Secret-named (the key, the last segment or a lookup's argument): recorded masked, whatever the value type.
        boolean secret = masked || SecretNames.isSecret(lastName(segments.get(segments.size() - 1)));
        masked |= secret;
        Root root = roots.find(entry, path, entryValue);
        if (root == null) {
          continue;
        }
        List<String> rest = root.segments != null ? root.segments : segments;
        PathResolver.Resolution resolution = resolver.resolve(root.type, rest, secret && paths.size() == 1);
        if (resolution instanceof PathResolver.Deferred) {
          return ((PathResolver.Deferred) resolution).errorType().toString();
        }
        if (resolution instanceof PathResolver.Unresolved) {
          PathResolver.Unresolved problem = (PathResolver.Unresolved) resolution;
          String shown = paths.size() == 1 ? entry : entry + "\", alternative \"" + path;
          diagnostics.error(element, annotation, entryValue, problem.messageOr(unknown), shown, problem.problem(), problem.hint());
          continue;
        }
        AttributePath found = ((PathResolver.Resolved) resolution).path();
        resolved.add(new EndpointDescriptor.Alternative(root.parameter, found));
        resolvedTypes.add(resolver.typeAt(root.type, found));
      }
      if (resolved.size() < paths.size()) {
        continue;
      }
      TagDescriptor tag = paths.size() == 1
          ? new TagDescriptor(key, resolved.get(0).parameter(), resolved.get(0).path())
          : combine(element, annotation, entryValue, entry, paths, key, resolved, resolvedTypes, masked);
      if (tag == null) {
        continue;
      }
      String previous = keys.putIfAbsent(key, entry);
      if (previous != null) {
        diagnostics.error(element, annotation, entryValue, Message.DUPLICATE_TAG_KEY, entry, key, pathPart);
        continue;
      }
      out.add(tag);
    }
    return null;
  }

  /** Reports a malformed path or lookup among {@code paths}; true when one was. */
  private boolean malformed(Element element, AnnotationMirror annotation, AnnotationValue value, String entry, List<String> paths) {
    for (String path : paths) {
      boolean[] lookup = new boolean[1];
      String problem = PathSyntax.problem(path, lookup);
      if (problem != null) {
        diagnostics.error(element, annotation, value, lookup[0] ? Message.MALFORMED_LOOKUP : Message.MALFORMED_TAG, entry,
            path.isEmpty() && paths.size() > 1 ? "an alternative is empty" : problem);
        return true;
      }
    }
    return false;
  }

  /** The name a path's last segment gives a value: a property's name, a lookup's argument. */
  private static String lastName(String segment) {
    PathSyntax.Lookup lookup = PathSyntax.lookup(segment.trim());
    return lookup != null ? lookup.argument() : segment;
  }

  /** A key to suggest for an entry without one: {@code retry_after} for {@code headers.values('retry-after')}. */
  private static String suggestedKey(String path) {
    List<String> segments = PathSyntax.segments(path);
    if (!PathSyntax.hasLookup(path)) {
      return segments.get(0);
    }
    String name = lastName(segments.get(segments.size() - 1));
    String key = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_.]+", "_").replaceAll("^[_.]+|[_.]+$", "");
    return key.isEmpty() ? "value" : key;
  }

  /**
   * A tag of several alternatives: all must record the same attribute type, except that single
   * values mixed with lists or arrays of them record an array.
   */
  private TagDescriptor combine(Element element, AnnotationMirror annotation, AnnotationValue value, String entry,
      List<String> paths, String key, List<EndpointDescriptor.Alternative> alternatives, List<TypeMirror> types,
      boolean masked) {
    AttributePath representative = alternatives.get(0).path();
    for (int i = 0; i < alternatives.size(); i++) {
      AttributePath path = alternatives.get(i).path();
      if (path.kind() == ValueKind.MAP || representative.kind() == ValueKind.MAP
          || AttributeElement.of(path.kind()) != AttributeElement.of(representative.kind())) {
        if (!masked || path.kind() == ValueKind.MAP || representative.kind() == ValueKind.MAP) {
          diagnostics.error(element, annotation, value, Message.INCOMPATIBLE_ALTERNATIVES, entry,
              paths.get(0), describe(alternatives.get(0).path(), types.get(0)), paths.get(i), describe(path, types.get(i)));
          return null;
        }
      }
      if (path.isList() && !representative.isList()) {
        representative = path;
      }
    }
    if (masked) {
      representative = new AttributePath(representative.steps(), ValueKind.SECRET, representative.terminalType());
    }
    return new TagDescriptor(key, alternatives.get(0).parameter(), representative, null, List.copyOf(alternatives));
  }

  /** {@code "a string (String)"}, {@code "a list of long (List<Integer>)"}: what an alternative records. */
  private static String describe(AttributePath path, TypeMirror type) {
    String what = path.kind() == ValueKind.MAP ? "a map" : switch (AttributeElement.of(path.kind())) {
      case BOOLEAN -> "a boolean";
      case LONG -> "a long";
      case DOUBLE -> "a double";
      default -> "a string";
    };
    return (path.isList() ? "an array of " + what.substring(2) : what) + " (" + TracedInterfaceValidator.simpleTypeName(type) + ")";
  }
}
