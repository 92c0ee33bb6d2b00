package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.COMPLETION_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.DELETED;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.ERROR_REQUEST_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.FINISH_REASONS;
import static dev.tracepoet.openai.internal.OpenAiTags.FREQUENCY_PENALTY;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiTags.MAX_COMPLETION_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiTags.MODEL;
import static dev.tracepoet.openai.internal.OpenAiTags.MODEL_NAME;
import static dev.tracepoet.openai.internal.OpenAiTags.N;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.PRESENCE_PENALTY;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_LIMIT_REQUESTS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_LIMIT_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_REMAINING_REQUESTS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_REMAINING_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_RESET_REQUESTS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_RESET_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiTags.REASONING_EFFORT;
import static dev.tracepoet.openai.internal.OpenAiTags.REQUEST_SERVICE_TIER;
import static dev.tracepoet.openai.internal.OpenAiTags.RESPONSE_MODEL;
import static dev.tracepoet.openai.internal.OpenAiTags.SEED;
import static dev.tracepoet.openai.internal.OpenAiTags.SERVICE_TIER;
import static dev.tracepoet.openai.internal.OpenAiTags.STOP;
import static dev.tracepoet.openai.internal.OpenAiTags.SYSTEM_FINGERPRINT;
import static dev.tracepoet.openai.internal.OpenAiTags.TEMPERATURE;
import static dev.tracepoet.openai.internal.OpenAiTags.TOP_P;

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
 * {@code messages()} (a stored completion's messages) is deep-wrapped.
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
  ChatCompletionMessageServiceAsyncView messages();

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
        MODEL, MAX_COMPLETION_TOKENS, TEMPERATURE, TOP_P, N, SEED, FREQUENCY_PENALTY, PRESENCE_PENALTY, STOP,
        REQUEST_SERVICE_TIER, REASONING_EFFORT
      },
      responseTags = {ID, RESPONSE_MODEL, FINISH_REASONS, SERVICE_TIER, SYSTEM_FINGERPRINT},
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
        MODEL, MAX_COMPLETION_TOKENS, TEMPERATURE, TOP_P, N, SEED, FREQUENCY_PENALTY, PRESENCE_PENALTY, STOP,
        REQUEST_SERVICE_TIER, REASONING_EFFORT
      },
      // read from the last chunk (usage arrives in a final chunk with empty choices when
      // stream_options.include_usage is set), except finish_reasons: those of all chunks
      // (gen_ai.response.finish_reasons of a GenAI stream)
      responseTags = {ID, RESPONSE_MODEL, FINISH_REASONS, SERVICE_TIER, SYSTEM_FINGERPRINT},
      usage = "usage",
      hook = Hooks.ChatCompletionChunkHook.class)
  AsyncStreamResponse<ChatCompletionChunk> createStreaming(
      ChatCompletionCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "chat.completions.retrieve",
      endpoint = "/chat/completions/{completion_id}",
      method = "GET",
      requestTags = COMPLETION_ID,
      responseTags = {ID, RESPONSE_MODEL})
  CompletableFuture<ChatCompletion> retrieve(ChatCompletionRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "chat.completions.update",
      endpoint = "/chat/completions/{completion_id}",
      method = "POST",
      requestTags = COMPLETION_ID,
      responseTags = {ID, RESPONSE_MODEL})
  CompletableFuture<ChatCompletion> update(ChatCompletionUpdateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "chat.completions.list",
      endpoint = "/chat/completions",
      method = "GET",
      requestTags = {MODEL_NAME, LIMIT},
      responseTags = {COUNT, HAS_MORE})
  CompletableFuture<ChatCompletionListPageAsync> list(ChatCompletionListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "chat.completions.delete",
      endpoint = "/chat/completions/{completion_id}",
      method = "DELETE",
      requestTags = COMPLETION_ID,
      responseTags = {ID, DELETED})
  CompletableFuture<ChatCompletionDeleted> delete(ChatCompletionDeleteParams params, RequestOptions requestOptions);
}
