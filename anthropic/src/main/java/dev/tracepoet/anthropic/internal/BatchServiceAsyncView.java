package dev.tracepoet.anthropic.internal;

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
      requestTags = "request_count=params.requests.size",
      responseTags = {
        "id",
        "processing_status=processing_status.as_string",
        "request_counts.processing"
      },
      hook = Hooks.BatchCreateHook.class)
  CompletableFuture<MessageBatch> create(BatchCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.batches.retrieve",
      endpoint = "/v1/messages/batches/{message_batch_id}",
      method = "GET",
      requestTags = "message_batch_id=params.message_batch_id",
      responseTags = {
        "id",
        "processing_status=processing_status.as_string",
        "request_counts.processing",
        "request_counts.succeeded",
        "request_counts.errored",
        "request_counts.canceled",
        "request_counts.expired"
      },
      hook = Hooks.BatchRetrieveHook.class)
  CompletableFuture<MessageBatch> retrieve(BatchRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.batches.list",
      endpoint = "/v1/messages/batches",
      method = "GET",
      requestTags = "limit=params.limit",
      responseTags = {"count=data.size", "has_more"},
      hook = CompletionHooks.BatchListAsyncHook.class)
  CompletableFuture<BatchListPageAsync> list(BatchListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.batches.cancel",
      endpoint = "/v1/messages/batches/{message_batch_id}/cancel",
      method = "POST",
      requestTags = "message_batch_id=params.message_batch_id",
      responseTags = {"id", "processing_status=processing_status.as_string"},
      hook = Hooks.BatchCancelHook.class)
  CompletableFuture<MessageBatch> cancel(BatchCancelParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.batches.delete",
      endpoint = "/v1/messages/batches/{message_batch_id}",
      method = "DELETE",
      requestTags = "message_batch_id=params.message_batch_id",
      responseTags = "id",
      hook = Hooks.BatchDeleteHook.class)
  CompletableFuture<DeletedMessageBatch> delete(BatchDeleteParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.batches.results",
      endpoint = "/v1/messages/batches/{message_batch_id}/results",
      method = "GET",
      requestTags = "message_batch_id=params.message_batch_id",
      hook = CompletionHooks.BatchResultsHook.class)
  AsyncStreamResponse<MessageBatchIndividualResponse> resultsStreaming(BatchResultsParams params, RequestOptions requestOptions);
}
