package dev.tracepoet.it.genai;

import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.io.IOException;
import java.util.List;

/** A chat client traced with the OpenTelemetry GenAI semantic conventions. */
@TracedClient(integration = "openai", genAiProvider = "openai")
public interface GenAiChatApi {

  @TracedEndpoint(name = "createChatCompletion", endpoint = "/chat/completions", method = "POST",
      genAiOperation = "chat",
      requestTags = {"model", "max_tokens", "temperature", "top_p", "stop"},
      responseTags = {"id", "model", "choices.finish_reason"},
      prompt = "messages.content", completion = "choices.message.content", usage = "usage")
  Response chat(Request request) throws IOException;

  @TracedEndpoint(name = "createEmbedding", endpoint = "/embeddings", method = "POST",
      genAiOperation = "embeddings", requestTags = "model", responseTags = "model", usage = "usage")
  Response embed(Request request) throws IOException;

  /** Not a GenAI operation: plain tracepoet conventions. */
  @TracedEndpoint(name = "listModels", endpoint = "/models", method = "GET")
  List<String> listModels();

  /** The request. */
  record Request(String model, List<Message> messages, Integer maxTokens, Double temperature, Double topP,
      List<String> stop) {}

  /** One message. */
  record Message(String role, String content) {}

  /** The response. */
  record Response(String id, String model, List<Choice> choices, Usage usage) {}

  /** One choice. */
  record Choice(String finishReason, Message message) {}

  /** Usage in the OpenAI shape. */
  record Usage(int promptTokens, int completionTokens, int totalTokens) {}
}
