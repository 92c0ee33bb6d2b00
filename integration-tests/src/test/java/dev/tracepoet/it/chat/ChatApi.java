package dev.tracepoet.it.chat;

import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.io.IOException;
import java.util.List;

/** A realistic OpenAI-style chat client, traced by the generated {@code TracedChatApi}. */
@TracedClient(integration = "openai")
public interface ChatApi {

  @TracedEndpoint(
      name = "createChatCompletion",
      endpoint = "/chat/completions",
      method = "POST",
      requestTags = {"model", "max_tokens", "temperature", "user", "stream", "stop", "messages_count=messages.size"},
      responseTags = {
        "id", "model", "created", "usage.prompt_tokens", "usage.completion_tokens", "usage.total_tokens",
        "choices_count=choices.size", "choices.finish_reason"
      },
      hook = UsageEstimatingHook.class)
  ChatResponse createChatCompletion(ChatRequest request) throws IOException, InterruptedException;

  @TracedEndpoint(name = "listModels", endpoint = "/models", method = "GET",
      responseTags = {"count=data.size", "data.id"})
  ModelList listModels() throws IOException, InterruptedException;

  @TracedEndpoint(name = "retrieveModel", endpoint = "/models/{model}", method = "GET",
      requestTags = {"model"}, responseTags = {"id", "owned_by"})
  Model retrieveModel(String model) throws IOException, InterruptedException;

  @TracedEndpoint(name = "deleteModel", endpoint = "/models/{model}", method = "DELETE",
      requestTags = {"model", "api_key"}, responseTags = {"id", "deleted"})
  Deleted deleteModel(String model, String apiKey) throws IOException, InterruptedException;

  /** Not traced: forwarded to the delegate unchanged. */
  String baseUrl();

  /** A default method: forwarded, so the delegate's own override wins. */
  default List<String> modelIds() throws IOException, InterruptedException {
    return listModels().data().stream().map(Model::id).toList();
  }
}
