package dev.tracepoet.processor;

import dev.tracepoet.processor.EndpointDescriptor.TagDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps an endpoint's tags to the OpenTelemetry GenAI semantic conventions (v1.41.0): a tag whose
 * key names a well-known request or response parameter is recorded a second time under its {@code
 * gen_ai.*} key, when its value has the type the convention requires.
 */
final class GenAiConventions {
  private GenAiConventions() {}

  /** {@code gen_ai.request.choice.count}: recorded only when it is not 1 (the default). */
  static final String CHOICE_COUNT = "gen_ai.request.choice.count";

  /** The GenAI key and required value type, by normalized request tag key. */
  private static final Map<String, Target> REQUEST =
      Map.ofEntries(
          Map.entry("model", new Target("gen_ai.request.model", Shape.TEXT)),
          Map.entry("maxtokens", new Target("gen_ai.request.max_tokens", Shape.LONG)),
          Map.entry("maxcompletiontokens", new Target("gen_ai.request.max_tokens", Shape.LONG)),
          Map.entry("maxoutputtokens", new Target("gen_ai.request.max_tokens", Shape.LONG)),
          Map.entry("temperature", new Target("gen_ai.request.temperature", Shape.DOUBLE)),
          Map.entry("topp", new Target("gen_ai.request.top_p", Shape.DOUBLE)),
          Map.entry("frequencypenalty", new Target("gen_ai.request.frequency_penalty", Shape.DOUBLE)),
          Map.entry("presencepenalty", new Target("gen_ai.request.presence_penalty", Shape.DOUBLE)),
          Map.entry("seed", new Target("gen_ai.request.seed", Shape.LONG)),
          Map.entry("n", new Target(CHOICE_COUNT, Shape.LONG)),
          Map.entry("choicecount", new Target(CHOICE_COUNT, Shape.LONG)),
          Map.entry("stop", new Target("gen_ai.request.stop_sequences", Shape.TEXT_LIST)),
          Map.entry("stopsequences", new Target("gen_ai.request.stop_sequences", Shape.TEXT_LIST)),
          Map.entry("encodingformat", new Target("gen_ai.request.encoding_formats", Shape.TEXT_LIST)),
          Map.entry("encodingformats", new Target("gen_ai.request.encoding_formats", Shape.TEXT_LIST)),
          Map.entry("topk", new Target("gen_ai.request.top_k", Shape.DOUBLE)),
          Map.entry("outputtype", new Target("gen_ai.output.type", Shape.TEXT)),
          Map.entry("conversationid", new Target("gen_ai.conversation.id", Shape.TEXT)));

  /** The GenAI key and required value type, by normalized response tag key. */
  private static final Map<String, Target> RESPONSE =
      Map.ofEntries(
          Map.entry("id", new Target("gen_ai.response.id", Shape.TEXT)),
          Map.entry("model", new Target("gen_ai.response.model", Shape.TEXT)),
          Map.entry("choices.finishreason", new Target("gen_ai.response.finish_reasons", Shape.TEXT_LIST)),
          Map.entry("finishreasons", new Target("gen_ai.response.finish_reasons", Shape.TEXT_LIST)));

  private enum Shape {
    TEXT,
    TEXT_LIST,
    LONG,
    DOUBLE
  }

  private record Target(String key, Shape shape) {}

  /** {@code endpoint} with GenAI aliases on the tags that have one. */
  static EndpointDescriptor withAliases(EndpointDescriptor endpoint) {
    return endpoint.withTags(
        new EndpointDescriptor.Tags(
            alias(endpoint.requestTags(), ".request.", REQUEST), alias(endpoint.responseTags(), ".response.", RESPONSE)));
  }

  private static List<TagDescriptor> alias(List<TagDescriptor> tags, String infix, Map<String, Target> targets) {
    List<TagDescriptor> out = new ArrayList<>();
    List<String> used = new ArrayList<>();
    for (TagDescriptor tag : tags) {
      int at = tag.key().indexOf(infix);
      String suffix = at < 0 ? tag.key() : tag.key().substring(at + infix.length());
      Target target = targets.get(normalize(suffix));
      if (target != null && fits(tag.path(), target.shape()) && !used.contains(target.key())
          && !target.key().equals(tag.key())) {
        used.add(target.key());
        out.add(tag.withAlias(target.key()));
      } else {
        out.add(tag);
      }
    }
    return List.copyOf(out);
  }

  /** Whether {@code tag}'s GenAI key takes a string array but its path reads one value (a list of one). */
  static boolean listOfOne(TagDescriptor tag) {
    return tag.alias() != null && LIST_KEYS.contains(tag.alias()) && !tag.path().isList();
  }

  private static final java.util.Set<String> LIST_KEYS =
      java.util.Set.of("gen_ai.request.stop_sequences", "gen_ai.request.encoding_formats",
          "gen_ai.response.finish_reasons");

  /**
   * Every GenAI key the aliases write, with the attribute type it is written as ({@code STRING},
   * {@code STRING_ARRAY}, {@code LONG}, {@code DOUBLE}); for tests against the conventions.
   */
  static Map<String, String> keyTypes() {
    Map<String, String> out = new java.util.TreeMap<>();
    for (Map<String, Target> targets : List.of(REQUEST, RESPONSE)) {
      for (Target target : targets.values()) {
        String type;
        switch (target.shape()) {
          case TEXT:
            type = "STRING";
            break;
          case TEXT_LIST:
            type = "STRING_ARRAY";
            break;
          case LONG:
            type = "LONG";
            break;
          default:
            type = "DOUBLE";
        }
        out.put(target.key(), type);
      }
    }
    return out;
  }

  private static String normalize(String key) {
    StringBuilder out = new StringBuilder();
    for (String segment : key.split("\\.", -1)) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(PathResolver.normalize(segment));
    }
    return out.toString();
  }

  private static boolean fits(AttributePath path, Shape shape) {
    ValueKind kind = path.kind();
    boolean text = kind == ValueKind.STRING || kind == ValueKind.ENUM || kind == ValueKind.OBJECT;
    switch (shape) {
      case TEXT:
        return text && !path.isList();
      case TEXT_LIST:
        return text; // a single value records a list of one
      case LONG:
        return kind == ValueKind.LONG && !path.isList();
      default: // an integral value (an int top_k) is recorded as the double the key wants
        return (kind == ValueKind.DOUBLE || kind == ValueKind.LONG) && !path.isList();
    }
  }

  /** Whether {@code tag}'s GenAI key is a double key but its path reads an integral value. */
  static boolean widened(TagDescriptor tag) {
    return tag.alias() != null && tag.path().kind() == ValueKind.LONG && DOUBLE_KEYS.contains(tag.alias());
  }

  /** {@code tag}'s path as its GenAI key records it: integral values into double keys as doubles. */
  static AttributePath aliasPath(TagDescriptor tag) {
    AttributePath path = tag.path();
    return widened(tag) ? new AttributePath(path.steps(), ValueKind.DOUBLE, path.terminalType()) : path;
  }

  private static final java.util.Set<String> DOUBLE_KEYS = java.util.stream.Stream.of(REQUEST, RESPONSE)
      .flatMap(targets -> targets.values().stream())
      .filter(target -> target.shape() == Shape.DOUBLE)
      .map(Target::key)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
}
