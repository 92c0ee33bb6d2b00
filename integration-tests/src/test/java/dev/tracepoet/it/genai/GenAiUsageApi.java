package dev.tracepoet.it.genai;

import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** GenAI clients with OpenAI- and Anthropic-shaped usage details, and a streamed endpoint. */
@TracedClient(integration = "acme", genAiProvider = "openai")
public interface GenAiUsageApi {

  @TracedEndpoint(name = "chat", genAiOperation = "chat", requestTags = {"model", "n", "stop", "top_k"},
      responseTags = {"model", "choices.finish_reason"}, usage = "usage")
  OpenAiResponse chat(Request request);

  @TracedEndpoint(name = "messages", genAiOperation = "chat", requestTags = "model", responseTags = "model",
      usage = "usage")
  AnthropicResponse messages(Request request);

  @TracedEndpoint(name = "chatStream", genAiOperation = "chat", requestTags = "model",
      responseTags = {"model", "choices.finish_reason"}, usage = "usage", completion = "choices.delta")
  Stream<OpenAiResponse> stream(Request request);

  @TracedEndpoint(name = "embed", genAiOperation = "embeddings",
      requestTags = {"model", "encoding_format", "output_type", "conversation_id"})
  OpenAiResponse embed(EmbedRequest request);

  @TracedEndpoint(name = "chatStatus", genAiOperation = "chat", requestTags = "model", hook = StatusErrorHook.class)
  OpenAiResponse chatStatus(Request request);

  /** An embeddings-like request with the other convention keys. */
  record EmbedRequest(String model, String encodingFormat, String outputType, String conversationId) {}

  /** The request; {@code stop} a single string. */
  record Request(String model, Integer n, String stop, Double topK) {}

  /** OpenAI-shaped response and usage. */
  record OpenAiResponse(String model, List<Choice> choices, OpenAiUsage usage) {}

  /** One choice; {@code delta} the streamed text. */
  record Choice(String finishReason, String delta) {}

  /** OpenAI usage with details (Optional like the SDK). */
  record OpenAiUsage(long promptTokens, long completionTokens, long totalTokens,
      Optional<PromptDetails> promptTokensDetails, Optional<CompletionDetails> completionTokensDetails) {}

  /** Cached prompt tokens. */
  record PromptDetails(Optional<Long> cachedTokens) {}

  /** Reasoning tokens. */
  record CompletionDetails(Optional<Long> reasoningTokens) {}

  /** Anthropic-shaped response. */
  record AnthropicResponse(String model, AnthropicUsage usage) {}

  /** Anthropic usage: input_tokens excludes the cache. */
  record AnthropicUsage(long inputTokens, long outputTokens, Long cacheReadInputTokens,
      Long cacheCreationInputTokens) {}
}
