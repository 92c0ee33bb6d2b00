package dev.tracepoet.anthropic.internal;

import static dev.tracepoet.anthropic.internal.AnthropicTags.COUNT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.HAS_MORE;
import static dev.tracepoet.anthropic.internal.AnthropicTags.ID;
import static dev.tracepoet.anthropic.internal.AnthropicTags.LIMIT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.MESSAGE_BATCH_ID;
import static dev.tracepoet.anthropic.internal.AnthropicTags.PROCESSING_STATUS;
import static dev.tracepoet.anthropic.internal.AnthropicTags.REQUEST_COUNT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.REQUEST_COUNTS_CANCELED;
import static dev.tracepoet.anthropic.internal.AnthropicTags.REQUEST_COUNTS_ERRORED;
import static dev.tracepoet.anthropic.internal.AnthropicTags.REQUEST_COUNTS_EXPIRED;
import static dev.tracepoet.anthropic.internal.AnthropicTags.REQUEST_COUNTS_PROCESSING;
import static dev.tracepoet.anthropic.internal.AnthropicTags.REQUEST_COUNTS_SUCCEEDED;

import com.anthropic.core.ClientOptions;
import com.anthropic.core.RequestOptions;
import com.anthropic.core.http.AsyncStreamResponse;
import com.anthropic.models.beta.messages.batches.BatchCancelParams;
import com.anthropic.models.beta.messages.batches.BatchCreateParams;
import com.anthropic.models.beta.messages.batches.BatchDeleteParams;
import com.anthropic.models.beta.messages.batches.BatchListPageAsync;
import com.anthropic.models.beta.messages.batches.BatchListParams;
import com.anthropic.models.beta.messages.batches.BatchResultsParams;
import com.anthropic.models.beta.messages.batches.BatchRetrieveParams;
import com.anthropic.models.beta.messages.batches.BetaDeletedMessageBatch;
import com.anthropic.models.beta.messages.batches.BetaMessageBatch;
import com.anthropic.models.beta.messages.batches.BetaMessageBatchIndividualResponse;
import com.anthropic.services.async.beta.messages.BatchServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of the beta {@link BatchServiceAsync} ({@code client.async().beta().messages().batches()}):
 * the spans of {@link BetaBatchServiceView}, each ended when its future completes (the result
 * stream when it is consumed, fails or is closed).
 */
@TracedClient(integration = "anthropic", wraps = BatchServiceAsync.class, adapters = AsyncStreamResponseAdapter.class)
public interface BetaBatchServiceAsyncView extends BatchServiceAsync {

  @Override
  BetaBatchServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "beta.messages.batches.create",
      endpoint = "/v1/messages/batches?beta=true",
      method = "POST",
      requestTags = REQUEST_COUNT,
      responseTags = {ID, PROCESSING_STATUS, REQUEST_COUNTS_PROCESSING},
      hook = BetaHooks.BatchCreateHook.class)
  CompletableFuture<BetaMessageBatch> create(BatchCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.messages.batches.retrieve",
      endpoint = "/v1/messages/batches/{message_batch_id}?beta=true",
      method = "GET",
      requestTags = MESSAGE_BATCH_ID,
      responseTags = {
        ID,
        PROCESSING_STATUS,
        REQUEST_COUNTS_PROCESSING,
        REQUEST_COUNTS_SUCCEEDED,
        REQUEST_COUNTS_ERRORED,
        REQUEST_COUNTS_CANCELED,
        REQUEST_COUNTS_EXPIRED
      },
      hook = BetaHooks.BatchRetrieveHook.class)
  CompletableFuture<BetaMessageBatch> retrieve(BatchRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.messages.batches.list",
      endpoint = "/v1/messages/batches?beta=true",
      method = "GET",
      requestTags = LIMIT,
      responseTags = {COUNT, HAS_MORE},
      hook = BetaHooks.BatchListAsyncHook.class)
  CompletableFuture<BatchListPageAsync> list(BatchListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.messages.batches.cancel",
      endpoint = "/v1/messages/batches/{message_batch_id}/cancel?beta=true",
      method = "POST",
      requestTags = MESSAGE_BATCH_ID,
      responseTags = {ID, PROCESSING_STATUS},
      hook = BetaHooks.BatchCancelHook.class)
  CompletableFuture<BetaMessageBatch> cancel(BatchCancelParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.messages.batches.delete",
      endpoint = "/v1/messages/batches/{message_batch_id}?beta=true",
      method = "DELETE",
      requestTags = MESSAGE_BATCH_ID,
      responseTags = ID,
      hook = BetaHooks.BatchDeleteHook.class)
  CompletableFuture<BetaDeletedMessageBatch> delete(BatchDeleteParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.messages.batches.results",
      endpoint = "/v1/messages/batches/{message_batch_id}/results?beta=true",
      method = "GET",
      requestTags = MESSAGE_BATCH_ID,
      hook = BetaHooks.BatchResultsHook.class)
  AsyncStreamResponse<BetaMessageBatchIndividualResponse> resultsStreaming(BatchResultsParams params, RequestOptions requestOptions);
}
