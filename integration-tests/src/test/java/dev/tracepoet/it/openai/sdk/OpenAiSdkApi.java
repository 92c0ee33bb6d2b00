package dev.tracepoet.it.openai.sdk;

import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.ModelListPage;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.stream.Stream;

/**
 * What a user of the official SDK ({@code com.openai:openai-java}) writes: an interface over the
 * SDK's own parameter and response types, implemented by delegating to an {@code OpenAIClient}
 * ({@link SdkOpenAiApi}), traced by the generated {@code TracedOpenAiSdkApi}.
 *
 * <p>The paths go straight into the SDK's model classes: {@code "model"} is {@code params.model()}
 * (not its raw twin {@code _model()}), {@code Optional} parameters such as {@code
 * maxCompletionTokens()} record nothing when absent, and the SDK's string enums ({@code ChatModel},
 * {@code FinishReason}, ...) are recorded as their string value.
 *
 * <p>Messages are a union type in the SDK ({@code ChatCompletionMessageParam}: {@code user()},
 * {@code system()}, ... each an {@code Optional}), so the prompt path {@code
 * "messages.user.content.text"} counts the plain-text user messages; usage reported by the API
 * (always for the sync call, with {@code stream_options.include_usage} for streams) takes
 * precedence over the estimate anyway.
 *
 * <p>Parameters the SDK marks {@code @Deprecated} ({@code maxTokens()}, {@code seed()}, {@code
 * user()}, {@code systemFingerprint()}) are not tagged: the generated wrapper would call them, and
 * {@code -Xlint:all -Werror} turns the deprecation warnings into errors.
 */
@TracedClient(integration = "openai")
public interface OpenAiSdkApi {

  /** {@code client.chat().completions().create(params)}. */
  @TracedEndpoint(
      name = "createChatCompletion",
      endpoint = "/chat/completions",
      method = "POST",
      requestTags = {
        "model", "messages_count=messages.size", "max_completion_tokens", "temperature", "top_p", "n",
        "presence_penalty", "frequency_penalty", "safety_identifier"
      },
      responseTags = {
        "id", "model", "created", "service_tier", "choices_count=choices.size", "choices.finish_reason"
      },
      prompt = "messages.user.content.text",
      completion = "choices.message.content",
      usage = "usage")
  ChatCompletion createChatCompletion(ChatCompletionCreateParams params);

  /**
   * {@code client.chat().completions().createStreaming(params)}: the chunks as the SDK's {@code
   * StreamResponse} delivers them; closing the stream closes the SDK's response.
   */
  @TracedEndpoint(
      name = "createChatCompletionStream",
      endpoint = "/chat/completions",
      method = "POST",
      requestTags = {
        "model", "messages_count=messages.size", "max_completion_tokens", "temperature", "top_p", "n",
        "safety_identifier", "stream_options.include_usage"
      },
      responseTags = {"id", "model", "created"},
      prompt = "messages.user.content.text",
      completion = "choices.delta.content",
      usage = "usage")
  Stream<ChatCompletionChunk> createChatCompletionStream(ChatCompletionCreateParams params);

  /**
   * {@code client.embeddings().create(params)}. The usage of an embedding has no completion tokens,
   * which token wiring ({@code usage = "usage"}) requires, so the counts are response tags with the
   * same keys ({@code openai.response.usage.prompt_tokens} / {@code total_tokens}).
   */
  @TracedEndpoint(
      name = "createEmbedding",
      endpoint = "/embeddings",
      method = "POST",
      requestTags = {
        "model", "input_count=input.array_of_strings.size", "dimensions", "encoding_format", "user"
      },
      responseTags = {
        "model", "embeddings_count=data.size", "embedding_length=data.embedding.size",
        "usage.prompt_tokens", "usage.total_tokens"
      })
  CreateEmbeddingResponse createEmbedding(EmbeddingCreateParams params);

  /** {@code client.models().list()}: the first page. */
  @TracedEndpoint(
      name = "listModels",
      endpoint = "/models",
      method = "GET",
      responseTags = {"count=data.size", "data.id", "data.owned_by"})
  ModelListPage listModels();
}
