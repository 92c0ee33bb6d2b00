package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.BATCH_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.FILE_COUNTS_COMPLETED;
import static dev.tracepoet.openai.internal.OpenAiTags.FILE_COUNTS_FAILED;
import static dev.tracepoet.openai.internal.OpenAiTags.FILE_COUNTS_IN_PROGRESS;
import static dev.tracepoet.openai.internal.OpenAiTags.FILE_COUNTS_TOTAL;
import static dev.tracepoet.openai.internal.OpenAiTags.FILE_IDS_COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.VECTOR_STORE_ID;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.vectorstores.filebatches.FileBatchCancelParams;
import com.openai.models.vectorstores.filebatches.FileBatchCreateParams;
import com.openai.models.vectorstores.filebatches.FileBatchListFilesPageAsync;
import com.openai.models.vectorstores.filebatches.FileBatchListFilesParams;
import com.openai.models.vectorstores.filebatches.FileBatchRetrieveParams;
import com.openai.models.vectorstores.filebatches.VectorStoreFileBatch;
import com.openai.services.async.vectorstores.FileBatchServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link FileBatchServiceAsync} (a vector store's file batches): one plain span per call,
 * ids, status and file counts.
 */
@TracedClient(
    integration = "openai",
    wraps = FileBatchServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface VectorStoreFileBatchServiceAsyncView extends FileBatchServiceAsync {

  @Override
  VectorStoreFileBatchServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "vector_stores.file_batches.create",
      endpoint = "/vector_stores/{vector_store_id}/file_batches",
      method = "POST",
      requestTags = {VECTOR_STORE_ID, FILE_IDS_COUNT},
      responseTags = {ID, STATUS, FILE_COUNTS_TOTAL})
  CompletableFuture<VectorStoreFileBatch> create(FileBatchCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "vector_stores.file_batches.retrieve",
      endpoint = "/vector_stores/{vector_store_id}/file_batches/{batch_id}",
      method = "GET",
      requestTags = {VECTOR_STORE_ID, BATCH_ID},
      responseTags = {
        ID,
        STATUS,
        FILE_COUNTS_TOTAL,
        FILE_COUNTS_COMPLETED,
        FILE_COUNTS_FAILED,
        FILE_COUNTS_IN_PROGRESS
      })
  CompletableFuture<VectorStoreFileBatch> retrieve(FileBatchRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "vector_stores.file_batches.cancel",
      endpoint = "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
      method = "POST",
      requestTags = {VECTOR_STORE_ID, BATCH_ID},
      responseTags = {ID, STATUS})
  CompletableFuture<VectorStoreFileBatch> cancel(FileBatchCancelParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "vector_stores.file_batches.list_files",
      endpoint = "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
      method = "GET",
      requestTags = {VECTOR_STORE_ID, BATCH_ID, LIMIT},
      responseTags = {COUNT, HAS_MORE})
  CompletableFuture<FileBatchListFilesPageAsync> listFiles(FileBatchListFilesParams params, RequestOptions requestOptions);
}
