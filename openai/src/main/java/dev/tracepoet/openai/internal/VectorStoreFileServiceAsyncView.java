package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.DELETED;
import static dev.tracepoet.openai.internal.OpenAiTags.FILE_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.USAGE_BYTES;
import static dev.tracepoet.openai.internal.OpenAiTags.VECTOR_STORE_ID;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.vectorstores.files.FileContentPageAsync;
import com.openai.models.vectorstores.files.FileContentParams;
import com.openai.models.vectorstores.files.FileCreateParams;
import com.openai.models.vectorstores.files.FileDeleteParams;
import com.openai.models.vectorstores.files.FileListPageAsync;
import com.openai.models.vectorstores.files.FileListParams;
import com.openai.models.vectorstores.files.FileRetrieveParams;
import com.openai.models.vectorstores.files.FileUpdateParams;
import com.openai.models.vectorstores.files.VectorStoreFile;
import com.openai.models.vectorstores.files.VectorStoreFileDeleted;
import com.openai.services.async.vectorstores.FileServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link FileServiceAsync} (a vector store's files): one plain span per call, ids and
 * status. {@code content} records the chunk count only. Never records payloads (texts, file
 * contents, names, metadata).
 */
@TracedClient(
    integration = "openai",
    wraps = FileServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface VectorStoreFileServiceAsyncView extends FileServiceAsync {

  @Override
  VectorStoreFileServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "vector_stores.files.create",
      endpoint = "/vector_stores/{vector_store_id}/files",
      method = "POST",
      requestTags = {VECTOR_STORE_ID, FILE_ID},
      responseTags = {ID, STATUS, USAGE_BYTES})
  CompletableFuture<VectorStoreFile> create(FileCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "vector_stores.files.retrieve",
      endpoint = "/vector_stores/{vector_store_id}/files/{file_id}",
      method = "GET",
      requestTags = {VECTOR_STORE_ID, FILE_ID},
      responseTags = {ID, STATUS, USAGE_BYTES})
  CompletableFuture<VectorStoreFile> retrieve(FileRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "vector_stores.files.update",
      endpoint = "/vector_stores/{vector_store_id}/files/{file_id}",
      method = "POST",
      requestTags = {VECTOR_STORE_ID, FILE_ID},
      responseTags = {ID, STATUS})
  CompletableFuture<VectorStoreFile> update(FileUpdateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "vector_stores.files.list",
      endpoint = "/vector_stores/{vector_store_id}/files",
      method = "GET",
      requestTags = {VECTOR_STORE_ID, LIMIT},
      responseTags = {COUNT, HAS_MORE})
  CompletableFuture<FileListPageAsync> list(FileListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "vector_stores.files.delete",
      endpoint = "/vector_stores/{vector_store_id}/files/{file_id}",
      method = "DELETE",
      requestTags = {VECTOR_STORE_ID, FILE_ID},
      responseTags = {ID, DELETED})
  CompletableFuture<VectorStoreFileDeleted> delete(FileDeleteParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "vector_stores.files.content",
      endpoint = "/vector_stores/{vector_store_id}/files/{file_id}/content",
      method = "GET",
      requestTags = {VECTOR_STORE_ID, FILE_ID},
      responseTags = COUNT)
  CompletableFuture<FileContentPageAsync> content(FileContentParams params, RequestOptions requestOptions);
}
