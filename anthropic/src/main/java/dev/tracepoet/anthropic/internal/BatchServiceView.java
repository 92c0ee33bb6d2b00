package dev.tracepoet.anthropic.internal;

import com.anthropic.core.ClientOptions;
import com.anthropic.core.RequestOptions;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.messages.batches.BatchCancelParams;
import com.anthropic.models.messages.batches.BatchCreateParams;
import com.anthropic.models.messages.batches.BatchDeleteParams;
import com.anthropic.models.messages.batches.BatchListPage;
import com.anthropic.models.messages.batches.BatchListParams;
import com.anthropic.models.messages.batches.BatchResultsParams;
import com.anthropic.models.messages.batches.BatchRetrieveParams;
import com.anthropic.models.messages.batches.DeletedMessageBatch;
import com.anthropic.models.messages.batches.MessageBatch;
import com.anthropic.models.messages.batches.MessageBatchIndividualResponse;
import com.anthropic.services.blocking.messages.BatchService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link BatchService} ({@code client.messages().batches()}): one plain span per call with
 * the batch id, processing status and request counts, never the requests; {@code
 * resultsStreaming} is one span for the whole stream of result lines ({@code
 * tracepoet.stream.elements} counts them), never their content.
 */
@TracedClient(integration = "anthropic", wraps = BatchService.class, adapters = StreamResponseAdapter.class)
public interface BatchServiceView extends BatchService {

  @Override
  BatchServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

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
  MessageBatch create(BatchCreateParams params, RequestOptions requestOptions);

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
  MessageBatch retrieve(BatchRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.batches.list",
      endpoint = "/v1/messages/batches",
      method = "GET",
      requestTags = "limit=params.limit",
      responseTags = {"count=data.size", "has_more"},
      hook = Hooks.BatchListHook.class)
  BatchListPage list(BatchListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.batches.cancel",
      endpoint = "/v1/messages/batches/{message_batch_id}/cancel",
      method = "POST",
      requestTags = "message_batch_id=params.message_batch_id",
      responseTags = {"id", "processing_status=processing_status.as_string"},
      hook = Hooks.BatchCancelHook.class)
  MessageBatch cancel(BatchCancelParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.batches.delete",
      endpoint = "/v1/messages/batches/{message_batch_id}",
      method = "DELETE",
      requestTags = "message_batch_id=params.message_batch_id",
      responseTags = "id",
      hook = Hooks.BatchDeleteHook.class)
  DeletedMessageBatch delete(BatchDeleteParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.batches.results",
      endpoint = "/v1/messages/batches/{message_batch_id}/results",
      method = "GET",
      requestTags = "message_batch_id=params.message_batch_id",
      hook = CompletionHooks.BatchResultsHook.class)
  StreamResponse<MessageBatchIndividualResponse> resultsStreaming(BatchResultsParams params, RequestOptions requestOptions);
}
