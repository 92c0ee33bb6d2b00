package dev.tracepoet.it.openai.sdk;

import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.ModelListPage;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;

/**
 * What a user of the official SDK ({@code com.openai:openai-java}) writes: an interface over the
 * SDK's own parameter and response types, implemented by delegating to an {@code OpenAIClient}
 * ({@link SdkOpenAiApi}), traced by the generated {@code TracedOpenAiSdkApi}.
 *
 * <p><b>Blocked: tags into the SDK types.</b> Every SDK model class pairs each accessor with a raw
 * twin whose name starts with an underscore ({@code model()} / {@code _model()}, {@code usage()} /
 * {@code _usage()}, ...). The processor's property lookup normalises both to the same name and then
 * prefers {@code _model()} (a {@code JsonField}), so {@code "model"}, {@code "messages.size"}, {@code
 * "choices.finish_reason"}, {@code usage = "usage"} ... either fail to compile or record a {@code
 * JsonField}'s {@code toString()} instead of a typed value. The tags this interface should carry,
 * once the processor prefers the exact accessor name:
 *
 * <pre>{@code
 * createChatCompletion: requestTags = {"model", "messages_count=messages.size", "max_completion_tokens",
 *     "max_tokens", "temperature", "top_p", "n", "seed", "presence_penalty", "frequency_penalty", "user"},
 *   responseTags = {"id", "model", "created", "system_fingerprint", "choices_count=choices.size",
 *     "choices.finish_reason"}, completion = "choices.message.content", usage = "usage"
 * createEmbedding: requestTags = {"model", "dimensions", "encoding_format", "user"},
 *   responseTags = {"model", "embeddings_count=data.size"}, usage = "usage"
 * listModels: responseTags = {"count=data.size", "data.id"}
 * }</pre>
 *
 * Until then only what resolves without an underscore twin is tagged ({@code ModelListPage.data()}
 * has none). Streaming ({@code createStreaming}) is not covered here.
 */
@TracedClient(integration = "openai")
public interface OpenAiSdkApi {

  @TracedEndpoint(name = "createChatCompletion", endpoint = "/chat/completions", method = "POST")
  ChatCompletion createChatCompletion(ChatCompletionCreateParams params);

  @TracedEndpoint(name = "createEmbedding", endpoint = "/embeddings", method = "POST")
  CreateEmbeddingResponse createEmbedding(EmbeddingCreateParams params);

  @TracedEndpoint(
      name = "listModels",
      endpoint = "/models",
      method = "GET",
      responseTags = {"count=data.size"})
  ModelListPage listModels();
}
