package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiPlatformTags.COMPACT_MODEL;
import static dev.tracepoet.openai.internal.OpenAiTags.COMPLETED_RESPONSE_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.COMPLETED_RESPONSE_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.FAILED_RESPONSE_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiTags.INCOMPLETE_RESPONSE_REASON;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.ERROR_REQUEST_ID;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.MAX_OUTPUT_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.OUTPUT_COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.PREVIOUS_RESPONSE_ID;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_LIMIT_REQUESTS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_LIMIT_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_REMAINING_REQUESTS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_REMAINING_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_RESET_REQUESTS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_RESET_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiTags.REQUEST_CONVERSATION_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.REQUEST_SERVICE_TIER;
import static dev.tracepoet.openai.internal.OpenAiTags.RESPONSE_ID_PARAM;
import static dev.tracepoet.openai.internal.OpenAiTags.SERVICE_TIER;
import static dev.tracepoet.openai.internal.OpenAiTags.STARTING_AFTER;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.TEMPERATURE;
import static dev.tracepoet.openai.internal.OpenAiTags.TOP_P;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.http.AsyncStreamResponse;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.responses.Response;
import com.openai.models.responses.CompactedResponse;
import com.openai.models.responses.ResponseCancelParams;
import com.openai.models.responses.ResponseCompactParams;
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
 * retrieve}, {@code retrieveStreaming}, {@code cancel}, {@code delete}, {@code compact} as plain
 * spans. The model is a {@code ResponsesModel}
 * union (a string, a {@code ChatModel} or a responses-only model): its hooks read whichever is
 * present ({@link Hooks.ResponseHook}), for the span name and {@code gen_ai.request.model} /
 * {@code gen_ai.response.model}.
 * {@code inputItems()} is deep-wrapped ({@link InputItemServiceAsyncView}); {@code inputTokens()} too
 * ({@link ResponseInputTokenServiceAsyncView}); {@code compact} is a plain span; the 4.105-only {@code connect} (a WebSocket, not an HTTP call) is forwarded
 * untraced.
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
  ResponseInputTokenServiceAsyncView inputTokens();

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
        MAX_OUTPUT_TOKENS, TEMPERATURE, TOP_P, REQUEST_SERVICE_TIER, PREVIOUS_RESPONSE_ID, REQUEST_CONVERSATION_ID
      },
      responseTags = {ID, STATUS, SERVICE_TIER},
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
        MAX_OUTPUT_TOKENS, TEMPERATURE, TOP_P, REQUEST_SERVICE_TIER, PREVIOUS_RESPONSE_ID, REQUEST_CONVERSATION_ID
      },
      // read from the last event: response.completed (or .incomplete / .failed) carries the response
      responseTags = {COMPLETED_RESPONSE_ID, COMPLETED_RESPONSE_STATUS, FAILED_RESPONSE_ERROR_CODE},
      // usage: the hook's, from whichever terminal event ended the stream
      hook = Hooks.ResponseEventHook.class)
  AsyncStreamResponse<ResponseStreamEvent> createStreaming(ResponseCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "responses.retrieve",
      endpoint = "/responses/{response_id}",
      method = "GET",
      requestTags = RESPONSE_ID_PARAM,
      responseTags = {ID, STATUS},
      usage = "usage")
  CompletableFuture<Response> retrieve(ResponseRetrieveParams params, RequestOptions requestOptions);

  /**
   * The events of a stored (background) response, replayed or resumed: a plain {@code
   * responses.retrieve} span like {@code retrieve}, with the id, status and usage of the last event
   * ({@code response.completed}, {@code response.incomplete} with its reason, or {@code
   * response.failed} with its error code, which also fails the span).
   */
  @Override
  @TracedEndpoint(
      name = "responses.retrieve",
      endpoint = "/responses/{response_id}",
      method = "GET",
      requestTags = {RESPONSE_ID_PARAM, STARTING_AFTER},
      responseTags = {COMPLETED_RESPONSE_ID, COMPLETED_RESPONSE_STATUS, FAILED_RESPONSE_ERROR_CODE, INCOMPLETE_RESPONSE_REASON},
      hook = Hooks.ResponseReplayHook.class)
  AsyncStreamResponse<ResponseStreamEvent> retrieveStreaming(ResponseRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "responses.cancel",
      endpoint = "/responses/{response_id}/cancel",
      method = "POST",
      requestTags = RESPONSE_ID_PARAM,
      responseTags = {ID, STATUS})
  CompletableFuture<Response> cancel(ResponseCancelParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "responses.delete",
      endpoint = "/responses/{response_id}",
      method = "DELETE",
      requestTags = RESPONSE_ID_PARAM)
  CompletableFuture<Void> delete(ResponseDeleteParams params, RequestOptions requestOptions);

  /** A conversation compacted into fewer items: a plain span (id, output count, usage; never the items). */
  @Override
  @TracedEndpoint(
      name = "responses.compact",
      endpoint = "/responses/compact",
      method = "POST",
      requestTags = {COMPACT_MODEL, PREVIOUS_RESPONSE_ID},
      responseTags = {ID, OUTPUT_COUNT},
      usage = "usage")
  CompletableFuture<CompactedResponse> compact(ResponseCompactParams params, RequestOptions requestOptions);
}
