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
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCancelParams;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseDeleteParams;
import com.openai.models.responses.ResponseRetrieveParams;
import com.openai.models.responses.ResponseStreamEvent;
import com.openai.services.async.ResponseServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import dev.tracepoet.openai.AsyncStreamResponseAdapter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link ResponseServiceAsync} ({@code client.responses()}): {@code create} / {@code
 * createStreaming} as GenAI {@code chat} operations ({@code openai.api.type = responses}), {@code
 * retrieve}, {@code cancel}, {@code delete} as plain spans. The model is a {@code ResponsesModel}
 * union (a string, a {@code ChatModel} or a responses-only model): its hooks read whichever is
 * present ({@link Hooks.ResponseHook}), for the span name and {@code gen_ai.request.model} /
 * {@code gen_ai.response.model}.
 * {@code inputItems()} is deep-wrapped ({@link InputItemServiceAsyncView}); {@code inputTokens()}, {@code compact} and the 4.105-only {@code connect}
 * are forwarded untraced.
 */
@TracedClient(
    integration = "openai",
    genAiProvider = "openai",
    wraps = ResponseServiceAsync.class,
    adapters = AsyncStreamResponseAdapter.class)
public interface ResponseServiceAsyncView extends ResponseServiceAsync {

  @Override
  ResponseServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  InputItemServiceAsyncView inputItems();

  @Override
  @TracedEndpoint(
      name = "chat",
      genAiOperation = "chat",
      endpoint = "/responses",
      method = "POST",
      errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {
        HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE, ERROR_REQUEST_ID,
        RATELIMIT_LIMIT_REQUESTS, RATELIMIT_REMAINING_REQUESTS, RATELIMIT_RESET_REQUESTS,
        RATELIMIT_LIMIT_TOKENS, RATELIMIT_REMAINING_TOKENS, RATELIMIT_RESET_TOKENS
      }),
      requestTags = {
        "max_tokens=params.max_output_tokens",
        "temperature=params.temperature",
        "top_p=params.top_p",
        "service_tier=params.service_tier.as_string",
        "previous_response_id=params.previous_response_id",
        "conversation_id=params.conversation.id"
      },
      responseTags = {
        "id",
        "status=status.as_string",
        "service_tier=service_tier.as_string"
      },
      usage = "usage",
      hook = Hooks.ResponseHook.class)
  CompletableFuture<Response> create(ResponseCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "chat",
      genAiOperation = "chat",
      endpoint = "/responses",
      method = "POST",
      errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {
        HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE, ERROR_REQUEST_ID,
        RATELIMIT_LIMIT_REQUESTS, RATELIMIT_REMAINING_REQUESTS, RATELIMIT_RESET_REQUESTS,
        RATELIMIT_LIMIT_TOKENS, RATELIMIT_REMAINING_TOKENS, RATELIMIT_RESET_TOKENS
      }),
      requestTags = {
        "max_tokens=params.max_output_tokens",
        "temperature=params.temperature",
        "top_p=params.top_p",
        "service_tier=params.service_tier.as_string",
        "previous_response_id=params.previous_response_id",
        "conversation_id=params.conversation.id"
      },
      // read from the last event: response.completed (or .incomplete / .failed) carries the response
      responseTags = {
        "id=completed.response.id",
        "status=completed.response.status.as_string"
      },
      usage = "completed.response.usage",
      hook = Hooks.ResponseEventHook.class)
  AsyncStreamResponse<ResponseStreamEvent> createStreaming(ResponseCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "responses.retrieve",
      endpoint = "/responses/{response_id}",
      method = "GET",
      requestTags = "response_id=params.response_id",
      responseTags = {
        "id",
        "status=status.as_string"
      },
      usage = "usage")
  CompletableFuture<Response> retrieve(ResponseRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "responses.cancel",
      endpoint = "/responses/{response_id}/cancel",
      method = "POST",
      requestTags = "response_id=params.response_id",
      responseTags = {"id", "status=status.as_string"})
  CompletableFuture<Response> cancel(ResponseCancelParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "responses.delete",
      endpoint = "/responses/{response_id}",
      method = "DELETE",
      requestTags = "response_id=params.response_id")
  CompletableFuture<Void> delete(ResponseDeleteParams params, RequestOptions requestOptions);
}
