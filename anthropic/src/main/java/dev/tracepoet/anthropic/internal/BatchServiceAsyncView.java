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
import com.anthropic.models.messages.batches.BatchCancelParams;
import com.anthropic.models.messages.batches.BatchCreateParams;
import com.anthropic.models.messages.batches.BatchDeleteParams;
import com.anthropic.models.messages.batches.BatchListPageAsync;
import com.anthropic.models.messages.batches.BatchListParams;
import com.anthropic.models.messages.batches.BatchResultsParams;
import com.anthropic.models.messages.batches.BatchRetrieveParams;
import com.anthropic.models.messages.batches.DeletedMessageBatch;
import com.anthropic.models.messages.batches.MessageBatch;
import com.anthropic.models.messages.batches.MessageBatchIndividualResponse;
import com.anthropic.services.async.messages.BatchServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link BatchServiceAsync} ({@code client.async().messages().batches()}): one plain span per call (ended when its future completes) with
 * the batch id, processing status and request counts, never the requests; {@code
 * resultsStreaming} is one span for the whole stream of result lines ({@code
 * tracepoet.stream.elements} counts them), never their content.
 */
@TracedClient(integration = "anthropic", wraps = BatchServiceAsync.class, adapters = AsyncStreamResponseAdapter.class)
public interface BatchServiceAsyncView extends BatchServiceAsync {

  @Override
  BatchServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "messages.batches.create",
      endpoint = "/v1/messages/batches",
      method = "POST",
      requestTags = REQUEST_COUNT,
      responseTags = {ID, PROCESSING_STATUS, REQUEST_COUNTS_PROCESSING},
      hook = Hooks.BatchCreateHook.class)
  CompletableFuture<MessageBatch> create(BatchCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.batches.retrieve",
      endpoint = "/v1/messages/batches/{message_batch_id}",
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
      hook = Hooks.BatchRetrieveHook.class)
  CompletableFuture<MessageBatch> retrieve(BatchRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.batches.list",
      endpoint = "/v1/messages/batches",
      method = "GET",
      requestTags = LIMIT,
      responseTags = {COUNT, HAS_MORE},
      hook = CompletionHooks.BatchListAsyncHook.class)
  CompletableFuture<BatchListPageAsync> list(BatchListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.batches.cancel",
      endpoint = "/v1/messages/batches/{message_batch_id}/cancel",
      method = "POST",
      requestTags = MESSAGE_BATCH_ID,
      responseTags = {ID, PROCESSING_STATUS},
      hook = Hooks.BatchCancelHook.class)
  CompletableFuture<MessageBatch> cancel(BatchCancelParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.batches.delete",
      endpoint = "/v1/messages/batches/{message_batch_id}",
      method = "DELETE",
      requestTags = MESSAGE_BATCH_ID,
      responseTags = ID,
      hook = Hooks.BatchDeleteHook.class)
  CompletableFuture<DeletedMessageBatch> delete(BatchDeleteParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.batches.results",
      endpoint = "/v1/messages/batches/{message_batch_id}/results",
      method = "GET",
      requestTags = MESSAGE_BATCH_ID,
      hook = CompletionHooks.BatchResultsHook.class)
  AsyncStreamResponse<MessageBatchIndividualResponse> resultsStreaming(BatchResultsParams params, RequestOptions requestOptions);
}
