package dev.tracepoet.processor;

import dev.tracepoet.processor.EndpointDescriptor.TagDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;

/**
 * Validates and resolves an endpoint's GenAI content wiring: {@code systemInstructions} (a request
 * path to a text or a list of texts) and {@code toolDefinitions} (a request path to a collection or
 * array of tools — objects with a {@code name} and optionally {@code type}, {@code description},
 * {@code parameters} — or of tool names). Both need a GenAI operation.
 */
final class GenAiContentValidator {
  private final Diagnostics diagnostics;
  private final TagValidator tagValidator;

  GenAiContentValidator(Diagnostics diagnostics, TagValidator tagValidator) {
    this.diagnostics = diagnostics;
    this.tagValidator = tagValidator;
  }

  /**
   * Resolves both members into {@code out.content}; a missing type throws {@link MissingTypeException}
   * (the step defers the client).
   */
  void validate(EndpointContext endpoint, TokenWiringValidator.TokenWiringBuilder out) {
    AnnotationMirror annotation = endpoint.annotation();
    boolean genAi = !String.valueOf(AnnotationValues.get(annotation, "genAiOperation").getValue()).isEmpty();
    TagDescriptor instructions = null;
    GenAiContentWiring.Tools tools = null;
    AnnotationValue instructionsValue = AnnotationValues.get(annotation, "systemInstructions");
    String instructionsPath = String.valueOf(instructionsValue.getValue()).trim();
    if (!instructionsPath.isEmpty() && operation(endpoint, genAi, instructionsValue, "systemInstructions",
        instructionsPath, "gen_ai.system_instructions")) {
      Resolved found = resolve(endpoint, instructionsValue, "systemInstructions", instructionsPath);
      if (found != null) {
        AttributePath path = found.path;
        if (path.kind() == ValueKind.STRING && iterates(path) <= 1) {
          instructions = new TagDescriptor("systemInstructions", found.root.parameter, path);
        } else {
          invalid(endpoint, instructionsValue, "systemInstructions", instructionsPath, "it resolves to " + describe(path)
              + ", not to text", "Point systemInstructions at a String or a list of Strings (a text part each)");
        }
      }
    }
    AnnotationValue toolsValue = AnnotationValues.get(annotation, "toolDefinitions");
    String toolsPath = String.valueOf(toolsValue.getValue()).trim();
    if (!toolsPath.isEmpty() && operation(endpoint, genAi, toolsValue, "toolDefinitions", toolsPath,
        "gen_ai.tool.definitions")) {
      Resolved found = resolve(endpoint, toolsValue, "toolDefinitions", toolsPath);
      if (found != null) {
        tools = tools(endpoint, toolsValue, toolsPath, found);
      }
    }
    out.content = new GenAiContentWiring(instructions, tools);
  }

  /** The tools of a resolved path, or null (reported). */
  private GenAiContentWiring.Tools tools(EndpointContext endpoint, AnnotationValue value, String path, Resolved found) {
    List<AttributePath.Step> steps = found.path.steps();
    if (iterates(found.path) != 1 || !(steps.get(steps.size() - 1) instanceof AttributePath.Iterate)) {
      invalid(endpoint, value, "toolDefinitions", path, "it resolves to " + describe(found.path)
          + ", not to a collection or array of tools", HINT);
      return null;
    }
    AttributePath collection = new AttributePath(List.copyOf(steps.subList(0, steps.size() - 1)),
        ValueKind.OBJECT, TypeKind.DECLARED);
    ValueKind kind = found.path.kind();
    if (kind == ValueKind.STRING || kind == ValueKind.ENUM) {
      return new GenAiContentWiring.Tools(found.root.parameter, collection, null, null, null, null);
    }
    if (kind != ValueKind.OBJECT) {
      invalid(endpoint, value, "toolDefinitions", path, "its elements are " + describe(found.path).replace(" list", "")
          + " values, which have no name", HINT);
      return null;
    }
    AttributePath.Property[] members = new AttributePath.Property[4];
    String[] names = {"name", "type", "description", "parameters"};
    for (int i = 0; i < names.length; i++) {
      List<String> segments = new ArrayList<>(found.root.segments);
      segments.add(names[i]);
      PathResolver.Resolution resolution = endpoint.resolver().resolve(found.root.type, segments, false);
      if (resolution instanceof PathResolver.Unresolved && i == 3) {
        // A map (the usual schema) has no flat attribute form inside a collection, but its size
        // does: that path names the same property.
        segments.add("size");
        PathResolver.Resolution size = endpoint.resolver().resolve(found.root.type, segments, false);
        resolution = size instanceof PathResolver.Unresolved ? resolution : size;
      }
      if (resolution instanceof PathResolver.Resolved) {
        List<AttributePath.Step> read = ((PathResolver.Resolved) resolution).path().steps();
        int at = read.indexOf(steps.get(steps.size() - 1));
        if (at >= 0 && at + 1 < read.size() && read.get(at + 1) instanceof AttributePath.Property) {
          members[i] = (AttributePath.Property) read.get(at + 1);
        }
      } else if (i == 0) {
        PathResolver.Unresolved problem = (PathResolver.Unresolved) resolution;
        invalid(endpoint, value, "toolDefinitions", path, "a tool needs a name, but " + problem.problem(),
            "Point toolDefinitions at tools with a name() (and optionally type(), description(), parameters()),"
                + " or at a list of tool names");
        return null;
      }
    }
    if (members[0] == null) { // "name" is a property of the collection type itself, not of its elements
      invalid(endpoint, value, "toolDefinitions", path, "a tool needs a name, but \"name\" is not read from each"
          + " element", "Point toolDefinitions at a List or array whose elements have a name()");
      return null;
    }
    return new GenAiContentWiring.Tools(found.root.parameter, collection, members[0], members[1], members[2], members[3]);
  }

  private static final String HINT =
      "Point toolDefinitions at a List or array of tools (objects with a name() and optionally type(),"
          + " description(), parameters()) or of tool names";

  /** Whether the endpoint is a GenAI operation; reports when it is not. */
  private boolean operation(EndpointContext endpoint, boolean genAi, AnnotationValue value, String member,
      String path, String key) {
    if (!genAi) {
      diagnostics.error(endpoint.method(), endpoint.annotation(), value, Message.GEN_AI_CONTENT_WITHOUT_OPERATION,
          member, Message.escape(path), TracedInterfaceValidator.describe(endpoint.method()), member, key, member);
    }
    return genAi;
  }

  /** A resolved request path and where it starts. */
  private static final class Resolved {
    TagValidator.Root root;
    AttributePath path;
  }

  /** Resolves a request path; null when reported. */
  private Resolved resolve(EndpointContext endpoint, AnnotationValue value, String member, String path) {
    TagValidator.Root root = tagValidator.requestRoot(endpoint, path, value, Message.UNKNOWN_TOKEN_PATH, member);
    if (root == null) {
      return null;
    }
    Resolved out = new Resolved();
    out.root = root;
    PathResolver.Resolution resolution = endpoint.resolver().resolve(root.type, root.segments, false);
    if (resolution instanceof PathResolver.Unresolved) {
      PathResolver.Unresolved problem = (PathResolver.Unresolved) resolution;
      ExecutableElement method = endpoint.method();
      if (problem.message() != null) {
        diagnostics.error(method, endpoint.annotation(), value, problem.message(), path, problem.problem(), problem.hint());
      } else {
        diagnostics.error(method, endpoint.annotation(), value, Message.UNKNOWN_TOKEN_PATH, member, path,
            problem.problem(), problem.hint());
      }
      return null;
    }
    out.path = ((PathResolver.Resolved) resolution).path();
    return out;
  }

  private void invalid(EndpointContext endpoint, AnnotationValue value, String member, String path, String problem,
      String hint) {
    diagnostics.error(endpoint.method(), endpoint.annotation(), value, Message.INVALID_CONTENT_PATH, member,
        Message.escape(path), problem, hint);
  }

  private static long iterates(AttributePath path) {
    return path.steps().stream().filter(step -> step instanceof AttributePath.Iterate).count();
  }

  /** {@code "a long"}, {@code "a string list"}, {@code "an object list of lists"}. */
  private static String describe(AttributePath path) {
    String kind = path.kind().name().toLowerCase(Locale.ROOT);
    long lists = iterates(path);
    return Message.withArticle(kind) + (lists == 0 ? "" : lists == 1 ? " list" : " list of lists");
  }
}
