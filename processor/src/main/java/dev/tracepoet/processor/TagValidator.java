package dev.tracepoet.processor;

import com.google.auto.common.AnnotationMirrors;
import dev.tracepoet.processor.EndpointDescriptor.TagDescriptor;
import dev.tracepoet.processor.EndpointDescriptor.TokenWiring;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
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
  private static final Pattern SEGMENT = Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

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
    List<String> segments = Arrays.asList(path.split("\\.", -1));
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

  /** Resolves the entries of one tag list; returns a description of an unresolved type to defer. */
  String validate(EndpointContext endpoint, String attribute, boolean request, List<TagDescriptor> out) {
    String integration = endpoint.integration();
    ExecutableElement method = endpoint.method();
    ExecutableType member = endpoint.member();
    AnnotationMirror annotation = endpoint.annotation();
    Set<TypeParameterElement> methodTypeVariables = endpoint.methodTypeVariables();
    PathResolver resolver = endpoint.resolver();
    TypeMirror responseRoot = endpoint.valueType();
    AnnotationValue listValue = AnnotationMirrors.getAnnotationValue(annotation, attribute);
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> entries = (List<? extends AnnotationValue>) listValue.getValue();
    Message unknown = request ? Message.UNKNOWN_REQUEST_TAG : Message.UNKNOWN_RESPONSE_TAG;
    Map<String, String> keys = new LinkedHashMap<>();
    for (AnnotationValue entryValue : entries) {
      String entry = String.valueOf(entryValue.getValue());
      String keyPart = null;
      boolean absolute = false;
      String pathPart = entry.trim();
      int equals = pathPart.indexOf('=');
      if (equals >= 0) {
        keyPart = pathPart.substring(0, equals).trim();
        pathPart = pathPart.substring(equals + 1).trim();
        absolute = keyPart.startsWith("^");
        if (absolute) {
          keyPart = keyPart.substring(1);
          if (!ABSOLUTE_KEY.matcher(keyPart).matches()) {
            diagnostics.error(method, annotation, entryValue, Message.INVALID_ATTRIBUTE_KEY, entry,
                keyPart.isEmpty() ? "the key after '^' is empty" : "\"" + keyPart + "\" contains other characters");
            continue;
          }
        } else if (!KEY.matcher(keyPart).matches()) {
          diagnostics.error(method, annotation, entryValue, Message.MALFORMED_TAG, entry,
              keyPart.isEmpty() ? "the key before '=' is empty" : "the key \"" + keyPart + "\" may only contain letters, digits, '_' and '.'");
          continue;
        }
      }
      List<String> segments = Arrays.asList(pathPart.split("\\.", -1));
      if (pathPart.isEmpty() || segments.stream().anyMatch(s -> !SEGMENT.matcher(s).matches())) {
        diagnostics.error(method, annotation, entryValue, Message.MALFORMED_TAG, entry,
            pathPart.isEmpty() ? "the path is empty" : "every segment of the path must be a Java identifier");
        continue;
      }
      String keySuffix = keyPart != null ? keyPart : pathPart;
      String key = absolute ? keyPart : integration + (request ? ".request." : ".response.") + keySuffix;
      String lastName = keyPart != null ? keyPart.substring(keyPart.lastIndexOf('.') + 1) : segments.get(segments.size() - 1);
      // Secret-named (the key or the last segment): recorded masked, whatever the value type.
      boolean secret = SecretNames.isSecret(lastName) || SecretNames.isSecret(segments.get(segments.size() - 1));

      TypeMirror root;
      String parameter = null;
      List<String> rest = segments;
      if (request) {
        Root found = requestRoot(endpoint, pathPart, entryValue, unknown, null);
        if (found == null) {
          continue;
        }
        root = found.type;
        parameter = found.parameter;
        rest = found.segments;
      } else {
        root = responseRoot;
        if (root.getKind() == TypeKind.VOID) {
          diagnostics.error(method, annotation, entryValue, unknown, entry, TracedInterfaceValidator.describe(method) + " returns void", "Remove the response tags");
          continue;
        }
        if (ErrorTypes.mentions(root, methodTypeVariables)) {
          diagnostics.error(method, annotation, entryValue, unknown, entry,
              "its type " + root + " depends on a type variable of the method, so its properties are not known at compile time",
              "Tag a value of a concrete type");
          continue;
        }
      }
      PathResolver.Resolution resolution = resolver.resolve(root, rest, secret);
      if (resolution instanceof PathResolver.Deferred) {
        return ((PathResolver.Deferred) resolution).errorType().toString();
      }
      if (resolution instanceof PathResolver.Unresolved) {
        PathResolver.Unresolved problem = (PathResolver.Unresolved) resolution;
        diagnostics.error(method, annotation, entryValue, problem.messageOr(unknown), entry, problem.problem(), problem.hint());
        continue;
      }
      String previous = keys.putIfAbsent(key, entry);
      if (previous != null) {
        diagnostics.error(method, annotation, entryValue, Message.DUPLICATE_TAG_KEY, entry, key, pathPart);
        continue;
      }
      out.add(new TagDescriptor(key, parameter, ((PathResolver.Resolved) resolution).path()));
    }
    return null;
  }
}
