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
import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.beta.messages.batches.BatchCancelParams;
import com.anthropic.models.beta.messages.batches.BatchCreateParams;
import com.anthropic.models.beta.messages.batches.BatchDeleteParams;
import com.anthropic.models.beta.messages.batches.BatchListPage;
import com.anthropic.models.beta.messages.batches.BatchListParams;
import com.anthropic.models.beta.messages.batches.BatchResultsParams;
import com.anthropic.models.beta.messages.batches.BatchRetrieveParams;
import com.anthropic.models.beta.messages.batches.BetaDeletedMessageBatch;
import com.anthropic.models.beta.messages.batches.BetaMessageBatch;
import com.anthropic.models.beta.messages.batches.BetaMessageBatchIndividualResponse;
import com.anthropic.services.blocking.beta.messages.BatchService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of the beta {@link BatchService} ({@code client.beta().messages().batches()}): the spans of
 * the GA batches ({@link BatchServiceView}) under {@code beta.messages.batches.*} names, with the
 * batch id, processing status and request counts, never the requests; {@code resultsStreaming} is
 * one span for the whole stream of result lines, never their content. The service and its types
 * are the same in every supported SDK version.
 */
@TracedClient(integration = "anthropic", wraps = BatchService.class, adapters = StreamResponseAdapter.class)
public interface BetaBatchServiceView extends BatchService {

  @Override
  BetaBatchServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "beta.messages.batches.create",
      endpoint = "/v1/messages/batches?beta=true",
      method = "POST",
      requestTags = REQUEST_COUNT,
      responseTags = {ID, PROCESSING_STATUS, REQUEST_COUNTS_PROCESSING},
      hook = BetaHooks.BatchCreateHook.class)
  BetaMessageBatch create(BatchCreateParams params, RequestOptions requestOptions);

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
  BetaMessageBatch retrieve(BatchRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.messages.batches.list",
      endpoint = "/v1/messages/batches?beta=true",
      method = "GET",
      requestTags = LIMIT,
      responseTags = {COUNT, HAS_MORE},
      hook = BetaHooks.BatchListHook.class)
  BatchListPage list(BatchListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.messages.batches.cancel",
      endpoint = "/v1/messages/batches/{message_batch_id}/cancel?beta=true",
      method = "POST",
      requestTags = MESSAGE_BATCH_ID,
      responseTags = {ID, PROCESSING_STATUS},
      hook = BetaHooks.BatchCancelHook.class)
  BetaMessageBatch cancel(BatchCancelParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.messages.batches.delete",
      endpoint = "/v1/messages/batches/{message_batch_id}?beta=true",
      method = "DELETE",
      requestTags = MESSAGE_BATCH_ID,
      responseTags = ID,
      hook = BetaHooks.BatchDeleteHook.class)
  BetaDeletedMessageBatch delete(BatchDeleteParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.messages.batches.results",
      endpoint = "/v1/messages/batches/{message_batch_id}/results?beta=true",
      method = "GET",
      requestTags = MESSAGE_BATCH_ID,
      hook = BetaHooks.BatchResultsHook.class)
  StreamResponse<BetaMessageBatchIndividualResponse> resultsStreaming(BatchResultsParams params, RequestOptions requestOptions);
}
