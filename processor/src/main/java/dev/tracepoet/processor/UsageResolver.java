package dev.tracepoet.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Resolves {@code @TracedEndpoint(usage = ...)}: the path to a usage object, and on it the prompt,
 * completion and (optional) total token counts under their OpenAI or GenAI names.
 */
final class UsageResolver {
  private static final List<String> PROMPT = List.of("prompt_tokens", "input_tokens");
  private static final List<String> COMPLETION = List.of("completion_tokens", "output_tokens");
  private static final List<String> TOTAL = List.of("total_tokens");

  /** The outcome; exactly one of {@code problem} or {@code usage} is set (a missing type throws). */
  static final class Result {
    String problem;
    String hint;
    /** The catalogue entry when the problem has its own (else UnknownTokenPath). */
    Message message;
    AttributePath usage;
    AttributePath promptTokens;
    AttributePath completionTokens;
    AttributePath totalTokens;
    UsageDetails details = UsageDetails.NONE;
  }

  private final PathResolver resolver;
  private final Types types;

  UsageResolver(Types types, PathResolver resolver) {
    this.types = types;
    this.resolver = resolver;
  }

  Result resolve(TypeMirror response, List<String> segments) {
    Result result = new Result();
    PathResolver.Resolution usage = resolver.resolve(response, segments, false);
    if (usage instanceof PathResolver.Unresolved) {
      result.problem = ((PathResolver.Unresolved) usage).problem();
      result.hint = ((PathResolver.Unresolved) usage).hint();
      result.message = ((PathResolver.Unresolved) usage).message();
      return result;
    }
    AttributePath path = ((PathResolver.Resolved) usage).path();
    if (path.isList()) {
      result.problem = "it maps over a collection, but usage must be a single object";
      result.hint = "Point usage at the object that holds prompt_tokens and completion_tokens";
      return result;
    }
    TypeMirror usageType = lastType(response, path);
    List<String> tried = new ArrayList<>();
    result.promptTokens = count(usageType, PROMPT, tried, result);
    result.completionTokens = count(usageType, COMPLETION, tried, result);
    result.totalTokens = count(usageType, TOTAL, new ArrayList<>(), result);
    // Embeddings report prompt tokens only: completion tokens are optional.
    if (result.promptTokens == null) {
      result.problem = types.erasure(usageType) + " has no numeric prompt_tokens/input_tokens";
      result.hint = "Point usage at an object with prompt_tokens (or input_tokens) and, optionally,"
          + " completion_tokens (or output_tokens) and total_tokens";
      return result;
    }
    List<String> triedCache = new ArrayList<>();
    AttributePath cacheRead = count(usageType, UsageDetails.CACHE_READ, triedCache, result);
    AttributePath cacheCreation = count(usageType, UsageDetails.CACHE_CREATION, new ArrayList<>(), result);
    AttributePath reasoning = count(usageType, UsageDetails.REASONING, new ArrayList<>(), result);
    // Anthropic's input_tokens excludes the cache; its cache counts are named cache_*_input_tokens.
    boolean excludes = cacheCreation != null
        || (cacheRead != null && triedCache.get(triedCache.size() - 1).startsWith("cache_"));
    result.details = new UsageDetails(cacheRead, cacheCreation, reasoning, excludes);
    result.usage = path;
    return result;
  }

  private AttributePath count(TypeMirror usageType, List<String> names, List<String> tried, Result result) {
    for (String name : names) {
      tried.add(name);
      PathResolver.Resolution resolution = resolver.resolve(usageType, List.of(name.split("\\.", -1)), false);
      if (resolution instanceof PathResolver.Resolved) {
        AttributePath path = ((PathResolver.Resolved) resolution).path();
        if (path.kind() == ValueKind.LONG && !path.isList()) {
          return path;
        }
      }
    }
    return null;
  }

  /** The type the usage path ends at (its last property, Optional unwrapped). */
  private TypeMirror lastType(TypeMirror root, AttributePath path) {
    return resolver.typeAt(root, path);
  }
}
