package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.BYTES;
import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.DELETED;
import static dev.tracepoet.openai.internal.OpenAiTags.FILE_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiTags.LIST_PURPOSE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.PURPOSE;
import static dev.tracepoet.openai.internal.OpenAiTags.REQUEST_PURPOSE;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS_CODE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.http.HttpResponse;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.files.FileContentParams;
import com.openai.models.files.FileCreateParams;
import com.openai.models.files.FileDeleteParams;
import com.openai.models.files.FileDeleted;
import com.openai.models.files.FileListPageAsync;
import com.openai.models.files.FileListParams;
import com.openai.models.files.FileObject;
import com.openai.models.files.FileRetrieveParams;
import com.openai.services.async.FileServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link FileServiceAsync}: one plain span per call, ids, sizes and status only (never the
 * file, its name or content). {@code content} returns the raw HTTP response: its span ends when the
 * response headers arrived, not when the caller has read the body.
 */
@TracedClient(
    integration = "openai",
    wraps = FileServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface FileServiceAsyncView extends FileServiceAsync {

  @Override
  FileServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "files.create",
      endpoint = "/files",
      method = "POST",
      requestTags = REQUEST_PURPOSE,
      responseTags = {ID, BYTES, PURPOSE, STATUS})
  CompletableFuture<FileObject> create(FileCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "files.retrieve",
      endpoint = "/files/{file_id}",
      method = "GET",
      requestTags = FILE_ID,
      responseTags = {ID, BYTES, PURPOSE, STATUS})
  CompletableFuture<FileObject> retrieve(FileRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "files.list",
      endpoint = "/files",
      method = "GET",
      requestTags = {LIST_PURPOSE, LIMIT},
      responseTags = {COUNT, HAS_MORE})
  CompletableFuture<FileListPageAsync> list(FileListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "files.delete",
      endpoint = "/files/{file_id}",
      method = "DELETE",
      requestTags = FILE_ID,
      responseTags = {ID, DELETED})
  CompletableFuture<FileDeleted> delete(FileDeleteParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "files.content",
      endpoint = "/files/{file_id}/content",
      method = "GET",
      requestTags = FILE_ID,
      responseTags = STATUS_CODE)
  CompletableFuture<HttpResponse> content(FileContentParams params, RequestOptions requestOptions);
}
