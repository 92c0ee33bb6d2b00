package dev.tracepoet.runtime;

import dev.tracepoet.runtime.internal.Failures;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import java.util.List;

/**
 * Token usage and content capture of one endpoint: prompt tokens before the call, reported or
 * counted usage after it, the prompt/completion text when content capture is on, and the token
 * usage metric. Internal (package-private).
 */
final class UsageCapture {
  /** The prompt's token count and the model it was counted for (read once per call). */
  record Prompt(int tokens, boolean estimated, String model) {}

  private final Tags tags;
  private final CallMetrics metrics;
  private final Failures failures;
  private final boolean genAi;
  private final boolean captureContent;
  private final GenAiSettings genAiSettings;
  private final long contentThreshold;
  private final AttributeKey<Long> promptTokensKey;
  private final AttributeKey<Long> completionTokensKey;
  private final AttributeKey<Long> totalTokensKey;
  private final AttributeKey<Boolean> estimatedKey;
  private final AttributeKey<String> countedByKey;
  private final AttributeKey<Long> cacheReadKey;
  private final AttributeKey<Long> cacheCreationKey;
  private final AttributeKey<Long> reasoningKey;
  private final AttributeKey<String> promptKey;
  private final AttributeKey<String> completionKey;
  /** Whether captured GenAI content goes on the span; the event, or null when it doesn't go there. */
  private final boolean onSpan;
  private final GenAiContentEvent event;

  UsageCapture(Endpoint endpoint, Tags tags, CallMetrics metrics, Failures failures) {
    this.tags = tags;
    this.metrics = metrics;
    this.failures = failures;
    this.genAi = endpoint.genAiOperation() != null;
    TracingSettings settings = endpoint.tracing().settings();
    this.captureContent = settings.captureContent() && settings.contentSampleRate() > 0;
    this.genAiSettings = settings.genAi();
    this.contentThreshold = (long) (settings.contentSampleRate() * Long.MAX_VALUE);
    String integration = endpoint.tracing().integration();
    String usage = integration + ".response.usage.";
    this.promptTokensKey = AttributeKey.longKey(usage + "prompt_tokens");
    this.completionTokensKey = AttributeKey.longKey(usage + "completion_tokens");
    this.totalTokensKey = AttributeKey.longKey(usage + "total_tokens");
    this.estimatedKey = AttributeKey.booleanKey(usage + "estimated");
    this.countedByKey = AttributeKey.stringKey(usage + "counted_by");
    this.cacheReadKey = AttributeKey.longKey(usage + "cache_read_input_tokens");
    this.cacheCreationKey = AttributeKey.longKey(usage + "cache_creation_input_tokens");
    this.reasoningKey = AttributeKey.longKey(usage + "reasoning_tokens");
    this.promptKey = AttributeKey.stringKey(integration + ".request.prompt");
    this.completionKey = AttributeKey.stringKey(integration + ".response.completion");
    this.onSpan = genAiSettings.contentDestination().onSpan();
    var logger = endpoint.tracing().logger();
    this.event = genAi && logger != null && genAiSettings.contentDestination().toEvent()
        ? new GenAiContentEvent(logger, endpoint.genAiOperation(), endpoint.tracing().genAiProvider())
        : null;
  }

  /** See {@link EndpointHook#capturesContent(Span)}. */
  boolean capturesContent(Span span) {
    if (!captureContent || !span.isRecording()) {
      return false;
    }
    if (contentThreshold == Long.MAX_VALUE) {
      return true;
    }
    // Deterministic per trace: the low 63 bits of the trace id's random part against the rate.
    String traceId = span.getSpanContext().getTraceId();
    long random = Long.parseUnsignedLong(traceId.substring(16), 16) >>> 1;
    return random < contentThreshold;
  }

  /**
   * Counts the prompt's tokens before the call (and records its text when capturing content);
   * null when the endpoint has no prompt wiring. {@code model} is used when {@code modelKnown},
   * else read here.
   */
  <A, R> Prompt prompt(Lifecycle<A, R> life, Span span, A arguments, String model, boolean modelKnown) {
    try {
      Object source = life.hook.promptSource(arguments);
      if (source == null) {
        return null;
      }
      if (capturesContent(span)) {
        tags.string(span, promptKey, TokenSources.text(source));
        if (genAi) {
          content(span, TracepoetAttributes.GEN_AI_INPUT_MESSAGES, inputMessages(source));
        }
      }
      String used = modelKnown ? model : life.modelOrNull(arguments);
      long count = TokenSources.count(source, used);
      return count == TokenSources.NONE ? null : new Prompt((int) count, TokenSources.estimated(count), used);
    } catch (Throwable t) {
      failures.report("promptTokens", t);
      return null;
    }
  }

  /**
   * The prompt wiring as {@code gen_ai.input.messages}: one user message, a text part per string;
   * null for token ids.
   */
  private String inputMessages(Object source) {
    GenAiMessages messages = GenAiMessages.create(genAiSettings).message("user");
    if (source instanceof CharSequence) {
      messages.text((CharSequence) source);
    } else if (source instanceof Iterable) {
      for (Object text : (Iterable<?>) source) {
        if (text instanceof CharSequence) {
          messages.text((CharSequence) text);
        }
      }
    } else {
      return null; // token ids: no text
    }
    return messages.toJson();
  }

  /**
   * The span the steps of a GenAI call see: a {@link ContentSpan} when the call captures content
   * and the destination is not the span alone, else {@code span} itself.
   */
  Span routed(Span span) {
    return genAi && (event != null || !onSpan) && capturesContent(span) ? new ContentSpan(span, onSpan) : span;
  }

  /**
   * Records a captured content attribute ({@code json} null: nothing): on the span when the
   * destination includes it; a {@link ContentSpan} also keeps it for the event.
   */
  static void content(Span span, AttributeKey<String> key, String json, boolean onSpan) {
    if (json != null && (onSpan || span instanceof ContentSpan)) {
      span.setAttribute(key, json);
    }
  }

  private void content(Span span, AttributeKey<String> key, String json) {
    content(span, key, json, onSpan);
  }

  /**
   * The request content of a GenAI call that captures content: {@code gen_ai.system_instructions}
   * (text parts from the hook's {@code systemInstructionsSource}) and {@code gen_ai.tool.definitions}
   * (written by the hook's {@code toolDefinitions}).
   */
  <A, R> void requestContent(Lifecycle<A, R> life, Span span, A arguments) {
    if (!genAi || !capturesContent(span)) {
      return;
    }
    try {
      Object source = life.hook.systemInstructionsSource(arguments);
      if (source != null) {
        GenAiMessages instructions = GenAiMessages.instructions(genAiSettings);
        if (source instanceof CharSequence) {
          instructions.text((CharSequence) source);
        } else if (source instanceof Iterable) {
          for (Object text : (Iterable<?>) source) {
            if (text instanceof CharSequence) {
              instructions.text((CharSequence) text);
            }
          }
        }
        content(span, TracepoetAttributes.GEN_AI_SYSTEM_INSTRUCTIONS, instructions.isEmpty() ? null : instructions.toJson());
      }
    } catch (Throwable t) {
      failures.report("systemInstructions", t);
    }
    try {
      GenAiToolDefinitions tools = GenAiToolDefinitions.create(genAiSettings);
      life.hook.toolDefinitions(tools, arguments);
      content(span, TracepoetAttributes.GEN_AI_TOOL_DEFINITIONS, tools.isEmpty() ? null : tools.toJson());
    } catch (Throwable t) {
      failures.report("toolDefinitions", t);
    }
  }

  /** The end of a call on {@code span}: its content event, when it has one. */
  void ended(Span span, String model, String errorType) {
    if (event != null && span instanceof ContentSpan) {
      try {
        event.emit((ContentSpan) span, model, errorType);
      } catch (Throwable t) {
        failures.report("contentEvent", t);
      }
    }
  }

  /**
   * After a response (or the last element received): the usage it reports, or else the counted
   * usage from the prompt and the completion text; the completion text when capturing content.
   *
   * @param tally for streamed responses, the elements received (their completion text, counted
   *     and captured while they arrived, is used); null otherwise
   * @return the model, read at most once per call (null when unknown)
   */
  <A, R> String afterResponse(
      Lifecycle<A, R> life, Span span, A arguments, R response, StreamTally<R> tally,
      Prompt prompt, String model, boolean modelKnown) {
    String known = modelKnown ? model : prompt != null ? prompt.model() : null;
    boolean read = modelKnown || prompt != null;
    try {
      boolean reported = response != null && life.hook.recordUsage(span, arguments, response);
      if (tally != null) {
        StreamCompletion streamed = tally.completion();
        capturedStream(span, streamed.output(), tally.genAi);
        if (!reported && (prompt != null || streamed.any())) {
          if (!read) {
            known = life.modelOrNull(arguments);
          }
          counted(span, known, prompt, streamed.any() ? streamed.tokens(known) : null);
        }
        return known;
      }
      boolean capture = capturesContent(span);
      CharSequence completion = null;
      if (!reported || capture) {
        completion = life.completionOrNull(response);
      }
      if (completion != null && capture) {
        tags.string(span, completionKey, completion);
        if (genAi) {
          List<String> reasons = response == null ? null : life.hook.finishReasons(response);
          String reason = reasons == null || reasons.isEmpty() ? null : reasons.get(0);
          content(span, TracepoetAttributes.GEN_AI_OUTPUT_MESSAGES,
              GenAiMessages.create(genAiSettings).message("assistant", reason).text(completion).toJson());
        }
      }
      if (!reported && (prompt != null || completion != null)) {
        if (!read) {
          known = life.modelOrNull(arguments);
        }
        TokenCount completionCount = completion == null ? null : Tokens.count(completion, known);
        counted(span, known, prompt, completionCount);
      }
    } catch (Throwable t) {
      failures.report("usage", t);
    }
    return known;
  }

  /**
   * A stream's captured completion (nothing when the span does not capture content): the bounded
   * text and, for GenAI, the output message with the first finish reason of all chunks.
   */
  private void capturedStream(Span span, StreamedOutput output, GenAiStream stream) {
    if (output == null || output.isEmpty()) {
      return;
    }
    CharSequence text = output.text(0);
    if (text != null) {
      tags.string(span, completionKey, text);
    }
    if (genAi) {
      String reason = stream == null ? null : stream.firstFinishReason();
      if (reason != null && !output.hasFinishReason(0)) {
        output.finishReason(0, reason);
      }
      content(span, TracepoetAttributes.GEN_AI_OUTPUT_MESSAGES, output.toMessages().toJson());
    }
  }

  private void counted(Span span, String model, Prompt prompt, TokenCount completion) {
    long promptTokens = prompt == null ? 0 : prompt.tokens();
    long completionTokens = completion == null ? 0 : completion.tokens();
    boolean exact = (prompt == null || !prompt.estimated()) && (completion == null || !completion.estimated());
    tagUsage(span, model, promptTokens, completionTokens, null, true);
    span.setAttribute(countedByKey, exact ? "tokenizer" : "estimate");
  }

  /** See {@link EndpointHook#tagUsage(Span, String, Number, Number, Number, boolean)}. */
  void tagUsage(Span span, String model, Number promptTokens, Number completionTokens, Number totalTokens,
      boolean estimated) {
    tagUsage(span, model, promptTokens, completionTokens, totalTokens, null, null, null, false, estimated);
  }

  /**
   * See {@link HookSupport#tagUsage(Span, String, Number, Number, Number, Number, Number, Number,
   * boolean)}: also the cache and reasoning details; the GenAI input count (and the metric) include
   * the cached tokens, adding them when {@code inputExcludesCache}.
   */
  void tagUsage(Span span, String model, Number promptTokens, Number completionTokens, Number totalTokens,
      Number cacheRead, Number cacheCreation, Number reasoning, boolean inputExcludesCache, boolean estimated) {
    Number input = promptTokens;
    if (inputExcludesCache && (cacheRead != null || cacheCreation != null)) {
      input = (promptTokens == null ? 0 : promptTokens.longValue())
          + (cacheRead == null ? 0 : cacheRead.longValue())
          + (cacheCreation == null ? 0 : cacheCreation.longValue());
    }
    // In GenAI mode the input and output counts have GenAI keys: the <integration>.response.usage
    // copies only when the settings keep integration copies. The total has no GenAI key; it counts
    // the input as the GenAI input does (cached tokens included).
    if (!genAi || genAiSettings.integrationCopies()) {
      tags.longValue(span, promptTokensKey, promptTokens);
      tags.longValue(span, completionTokensKey, completionTokens);
    }
    if (totalTokens != null) {
      span.setAttribute(totalTokensKey, totalTokens.longValue());
    } else if (input != null || completionTokens != null) {
      long sum = (input == null ? 0 : input.longValue())
          + (completionTokens == null ? 0 : completionTokens.longValue());
      span.setAttribute(totalTokensKey, sum);
    }
    if (estimated) {
      span.setAttribute(estimatedKey, true);
    }
    if (genAi) {
      tags.longValue(span, TracepoetAttributes.GEN_AI_INPUT_TOKENS, input);
      tags.longValue(span, TracepoetAttributes.GEN_AI_OUTPUT_TOKENS, completionTokens);
      tags.longValue(span, TracepoetAttributes.GEN_AI_CACHE_READ_INPUT_TOKENS, cacheRead);
      tags.longValue(span, TracepoetAttributes.GEN_AI_CACHE_CREATION_INPUT_TOKENS, cacheCreation);
      tags.longValue(span, TracepoetAttributes.GEN_AI_REASONING_OUTPUT_TOKENS, reasoning);
    } else if (cacheRead != null || cacheCreation != null || reasoning != null) {
      tags.longValue(span, cacheReadKey, cacheRead);
      tags.longValue(span, cacheCreationKey, cacheCreation);
      tags.longValue(span, reasoningKey, reasoning);
    }
    if (metrics != null) {
      metrics.tokens(model, input, completionTokens);
    }
  }

  /** See {@link EndpointHook#usageKey(String)}. */
  AttributeKey<Long> usageKey(String count) {
    switch (count) {
      case "prompt_tokens":
        return promptTokensKey;
      case "completion_tokens":
        return completionTokensKey;
      case "total_tokens":
        return totalTokensKey;
      default:
        throw new IllegalArgumentException(count);
    }
  }
}
