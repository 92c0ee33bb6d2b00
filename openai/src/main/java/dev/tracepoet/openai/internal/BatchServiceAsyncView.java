package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.BATCH_ENDPOINT;
import static dev.tracepoet.openai.internal.OpenAiTags.BATCH_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.COMPLETION_WINDOW;
import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.INPUT_FILE_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.REQUEST_COUNTS_COMPLETED;
import static dev.tracepoet.openai.internal.OpenAiTags.REQUEST_COUNTS_FAILED;
import static dev.tracepoet.openai.internal.OpenAiTags.REQUEST_COUNTS_TOTAL;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.batches.Batch;
import com.openai.models.batches.BatchCancelParams;
import com.openai.models.batches.BatchCreateParams;
import com.openai.models.batches.BatchListPageAsync;
import com.openai.models.batches.BatchListParams;
import com.openai.models.batches.BatchRetrieveParams;
import com.openai.services.async.BatchServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link BatchServiceAsync}: one plain span per call with ids, status and request counts.
 */
@TracedClient(
    integration = "openai",
    wraps = BatchServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface BatchServiceAsyncView extends BatchServiceAsync {

  @Override
  BatchServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "batches.create",
      endpoint = "/batches",
      method = "POST",
      requestTags = {BATCH_ENDPOINT, INPUT_FILE_ID, COMPLETION_WINDOW},
      responseTags = {ID, STATUS})
  CompletableFuture<Batch> create(BatchCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "batches.retrieve",
      endpoint = "/batches/{batch_id}",
      method = "GET",
      requestTags = BATCH_ID,
      responseTags = {
        ID,
        STATUS,
        REQUEST_COUNTS_TOTAL,
        REQUEST_COUNTS_COMPLETED,
        REQUEST_COUNTS_FAILED
      })
  CompletableFuture<Batch> retrieve(BatchRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "batches.list",
      endpoint = "/batches",
      method = "GET",
      requestTags = LIMIT,
      responseTags = {COUNT, HAS_MORE})
  CompletableFuture<BatchListPageAsync> list(BatchListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "batches.cancel",
      endpoint = "/batches/{batch_id}/cancel",
      method = "POST",
      requestTags = BATCH_ID,
      responseTags = {ID, STATUS})
  CompletableFuture<Batch> cancel(BatchCancelParams params, RequestOptions requestOptions);
}
