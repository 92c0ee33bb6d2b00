package dev.tracepoet.processor;

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
 * Validates and resolves an endpoint's token wiring ({@code prompt}, {@code completion}, {@code
 * usage}), reporting every problem; returns a type to defer on when one is not resolved yet.
 */
final class TokenWiringValidator {
  private final Types types;
  private final Diagnostics diagnostics;
  private final TagValidator tagValidator;

  TokenWiringValidator(Types types, Diagnostics diagnostics, TagValidator tagValidator) {
    this.types = types;
    this.diagnostics = diagnostics;
    this.tagValidator = tagValidator;
  }

  static final class TokenWiringBuilder {
    TagDescriptor prompt;
    AttributePath completion;
    AttributePath usage;
    AttributePath promptTokens;
    AttributePath completionTokens;
    AttributePath totalTokens;
    TagDescriptor model;
    UsageDetails details = UsageDetails.NONE;
    GenAiContentWiring content = GenAiContentWiring.NONE;

    TokenWiring build() {
      if (prompt == null && completion == null && usage == null && model == null && !content.any()) {
        return TokenWiring.NONE;
      }
      return new TokenWiring(
          prompt, completion, usage, promptTokens, completionTokens, totalTokens, model, details, content);
    }
  }

  /** Resolves {@code prompt}, {@code completion} and {@code usage} (a missing type throws {@link MissingTypeException}). */
  void validate(EndpointContext endpoint, List<TagDescriptor> requestTags, TokenWiringBuilder out) {
    String integration = endpoint.integration();
    ExecutableElement method = endpoint.method();
    ExecutableType member = endpoint.member();
    AnnotationMirror annotation = endpoint.annotation();
    Set<TypeParameterElement> methodTypeVariables = endpoint.methodTypeVariables();
    PathResolver resolver = endpoint.resolver();
    TypeMirror valueType = endpoint.valueType();
    for (TagDescriptor tag : requestTags) {
      if (tag.key().equals(integration + ".request.model") && !tag.path().isList()) {
        out.model = tag;
      }
    }
    AnnotationValue promptValue = AnnotationValues.get(annotation, "prompt");
    String prompt = String.valueOf(promptValue.getValue()).trim();
    if (!prompt.isEmpty()) {
      TagValidator.Root root = tagValidator.requestRoot(endpoint, prompt, promptValue, Message.UNKNOWN_TOKEN_PATH, "prompt");
      if (root != null) {
        PathResolver.Resolution resolution = resolver.resolve(root.type, root.segments, false);
        if (resolution instanceof PathResolver.Unresolved) {
          unresolvedToken(method, annotation, promptValue, "prompt", prompt, (PathResolver.Unresolved) resolution);
        } else {
          AttributePath resolved = ((PathResolver.Resolved) resolution).path();
          if (resolved.kind() == ValueKind.STRING || (resolved.isList() && resolved.kind() == ValueKind.LONG)) {
            out.prompt = new TagDescriptor("prompt", root.parameter, resolved);
          } else {
            diagnostics.error(method, annotation, promptValue, Message.UNKNOWN_TOKEN_PATH, "prompt", prompt,
                "it resolves to a " + resolved.kind().name().toLowerCase(java.util.Locale.ROOT) + (resolved.isList() ? " list" : "")
                    + ", not to text or token ids",
                "Point prompt at a String, a list of Strings (e.g. \"messages.content\") or token ids (int[] or List<Integer>)");
          }
        }
      }
    }
    boolean noResponse = valueType.getKind() == TypeKind.VOID;
    AnnotationValue completionValue = AnnotationValues.get(annotation, "completion");
    String completion = String.valueOf(completionValue.getValue()).trim();
    if (!completion.isEmpty()) {
      if (noResponse) {
        diagnostics.error(method, annotation, completionValue, Message.UNKNOWN_TOKEN_PATH, "completion", completion,
            TracedInterfaceValidator.describe(method) + " returns void", "Remove completion");
      } else {
        PathResolver.Resolution resolution = resolver.resolve(valueType, List.of(completion.split("\\.", -1)), false);
        if (resolution instanceof PathResolver.Unresolved) {
          unresolvedToken(method, annotation, completionValue, "completion", completion, (PathResolver.Unresolved) resolution);
        } else {
          AttributePath resolved = ((PathResolver.Resolved) resolution).path();
          if (resolved.kind() == ValueKind.STRING) {
            out.completion = resolved;
          } else {
            diagnostics.error(method, annotation, completionValue, Message.UNKNOWN_TOKEN_PATH, "completion", completion,
                "it resolves to a " + resolved.kind().name().toLowerCase(java.util.Locale.ROOT) + ", not to text",
                "Point completion at a String (or a list of Strings, e.g. \"choices.message.content\")");
          }
        }
      }
    }
    new GenAiContentValidator(diagnostics, tagValidator).validate(endpoint, out);
    AnnotationValue usageValue = AnnotationValues.get(annotation, "usage");
    String usage = String.valueOf(usageValue.getValue()).trim();
    if (!usage.isEmpty()) {
      if (noResponse) {
        diagnostics.error(method, annotation, usageValue, Message.UNKNOWN_TOKEN_PATH, "usage", usage,
            TracedInterfaceValidator.describe(method) + " returns void", "Remove usage");
        return;
      }
      UsageResolver usageResolver = new UsageResolver(types, resolver);
      UsageResolver.Result found = usageResolver.resolve(valueType, List.of(usage.split("\\.", -1)));
      if (found.problem != null && found.message != null) {
        diagnostics.error(method, annotation, usageValue, found.message, usage, found.problem, found.hint);
      } else if (found.problem != null) {
        diagnostics.error(method, annotation, usageValue, Message.UNKNOWN_TOKEN_PATH, "usage", usage, found.problem, found.hint);
      } else {
        out.usage = found.usage;
        out.promptTokens = found.promptTokens;
        out.completionTokens = found.completionTokens;
        out.totalTokens = found.totalTokens;
        out.details = found.details;
      }
    }
  }

  private void unresolvedToken(
      ExecutableElement method, AnnotationMirror annotation, AnnotationValue value, String what, String path,
      PathResolver.Unresolved problem) {
    if (problem.message() != null) {
      diagnostics.error(method, annotation, value, problem.message(), path, problem.problem(), problem.hint());
      return;
    }
    diagnostics.error(method, annotation, value, Message.UNKNOWN_TOKEN_PATH, what, path, problem.problem(), problem.hint());
  }

  /** Where a request path starts: a parameter, and the remaining segments. */
}
