package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.ERROR_REQUEST_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.RATELIMIT_LIMIT_REQUESTS;
import static dev.tracepoet.openai.internal.OpenAiTags.RATELIMIT_LIMIT_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiTags.RATELIMIT_REMAINING_REQUESTS;
import static dev.tracepoet.openai.internal.OpenAiTags.RATELIMIT_REMAINING_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiTags.RATELIMIT_RESET_REQUESTS;
import static dev.tracepoet.openai.internal.OpenAiTags.RATELIMIT_RESET_TOKENS;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.http.AsyncStreamResponse;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionDeleteParams;
import com.openai.models.chat.completions.ChatCompletionDeleted;
import com.openai.models.chat.completions.ChatCompletionListPageAsync;
import com.openai.models.chat.completions.ChatCompletionListParams;
import com.openai.models.chat.completions.ChatCompletionRetrieveParams;
import com.openai.models.chat.completions.ChatCompletionUpdateParams;
import com.openai.services.async.chat.ChatCompletionServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import dev.tracepoet.openai.AsyncStreamResponseAdapter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link ChatCompletionServiceAsync} ({@code client.chat().completions()}): {@code create} and
 * {@code createStreaming} as GenAI {@code chat} operations, the stored-completion operations as
 * plain spans. The SDK's default overloads ({@code create(params)}, the structured-output forms,
 * {@code retrieve(id)}, {@code list()}) are inherited and reach these methods: one span per call.
 * {@code messages()} is not redeclared: forwarded untraced.
 */
@TracedClient(
    integration = "openai",
    genAiProvider = "openai",
    wraps = ChatCompletionServiceAsync.class,
    adapters = AsyncStreamResponseAdapter.class)
public interface ChatCompletionServiceAsyncView extends ChatCompletionServiceAsync {

  @Override
  ChatCompletionServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "chat",
      genAiOperation = "chat",
      endpoint = "/chat/completions",
      method = "POST",
      errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {
        HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE, ERROR_REQUEST_ID,
        RATELIMIT_LIMIT_REQUESTS, RATELIMIT_REMAINING_REQUESTS, RATELIMIT_RESET_REQUESTS,
        RATELIMIT_LIMIT_TOKENS, RATELIMIT_REMAINING_TOKENS, RATELIMIT_RESET_TOKENS
      }),
      requestTags = {
        "model=params.model.as_string",
        "max_tokens=params.max_completion_tokens",
        "temperature=params.temperature",
        "top_p=params.top_p",
        "n=params.n",
        "seed=params.seed",
        "frequency_penalty=params.frequency_penalty",
        "presence_penalty=params.presence_penalty",
        "stop=params.stop.string",
        "service_tier=params.service_tier.as_string",
        "reasoning_effort=params.reasoning_effort.as_string"
      },
      responseTags = {
        "id",
        "model",
        "finish_reasons=choices.finish_reason.as_string",
        "service_tier=service_tier.as_string",
        "system_fingerprint"
      },
      usage = "usage",
      hook = Hooks.ChatCompletionHook.class)
  CompletableFuture<ChatCompletion> create(ChatCompletionCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "chat",
      genAiOperation = "chat",
      endpoint = "/chat/completions",
      method = "POST",
      errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {
        HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE, ERROR_REQUEST_ID,
        RATELIMIT_LIMIT_REQUESTS, RATELIMIT_REMAINING_REQUESTS, RATELIMIT_RESET_REQUESTS,
        RATELIMIT_LIMIT_TOKENS, RATELIMIT_REMAINING_TOKENS, RATELIMIT_RESET_TOKENS
      }),
      requestTags = {
        "model=params.model.as_string",
        "max_tokens=params.max_completion_tokens",
        "temperature=params.temperature",
        "top_p=params.top_p",
        "n=params.n",
        "seed=params.seed",
        "frequency_penalty=params.frequency_penalty",
        "presence_penalty=params.presence_penalty",
        "stop=params.stop.string",
        "service_tier=params.service_tier.as_string",
        "reasoning_effort=params.reasoning_effort.as_string"
      },
      // read from the last chunk (usage arrives in a final chunk with empty choices when
      // stream_options.include_usage is set), except finish_reasons: those of all chunks
      // (gen_ai.response.finish_reasons of a GenAI stream)
      responseTags = {
        "id", "model", "finish_reasons=choices.finish_reason.as_string",
        "service_tier=service_tier.as_string", "system_fingerprint"
      },
      usage = "usage",
      hook = Hooks.ChatCompletionChunkHook.class)
  AsyncStreamResponse<ChatCompletionChunk> createStreaming(
      ChatCompletionCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "chat.completions.retrieve",
      endpoint = "/chat/completions/{completion_id}",
      method = "GET",
      requestTags = "completion_id=params.completion_id",
      responseTags = {"id", "model"})
  CompletableFuture<ChatCompletion> retrieve(ChatCompletionRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "chat.completions.update",
      endpoint = "/chat/completions/{completion_id}",
      method = "POST",
      requestTags = "completion_id=params.completion_id",
      responseTags = {"id", "model"})
  CompletableFuture<ChatCompletion> update(ChatCompletionUpdateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "chat.completions.list",
      endpoint = "/chat/completions",
      method = "GET",
      requestTags = {"model=params.model", "limit=params.limit"},
      responseTags = {"count=data.size", "has_more"})
  CompletableFuture<ChatCompletionListPageAsync> list(ChatCompletionListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "chat.completions.delete",
      endpoint = "/chat/completions/{completion_id}",
      method = "DELETE",
      requestTags = "completion_id=params.completion_id",
      responseTags = {"id", "deleted"})
  CompletableFuture<ChatCompletionDeleted> delete(ChatCompletionDeleteParams params, RequestOptions requestOptions);
}
