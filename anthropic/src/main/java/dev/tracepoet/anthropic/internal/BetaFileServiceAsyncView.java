package dev.tracepoet.anthropic.internal;

import com.anthropic.core.ClientOptions;
import com.anthropic.core.RequestOptions;
import com.anthropic.core.http.HttpResponse;
import com.anthropic.models.beta.files.DeletedFile;
import com.anthropic.models.beta.files.FileDeleteParams;
import com.anthropic.models.beta.files.FileDownloadParams;
import com.anthropic.models.beta.files.FileListPageAsync;
import com.anthropic.models.beta.files.FileListParams;
import com.anthropic.models.beta.files.FileMetadata;
import com.anthropic.models.beta.files.FileRetrieveMetadataParams;
import com.anthropic.models.beta.files.FileUploadParams;
import com.anthropic.services.async.beta.FileServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of the beta {@link FileServiceAsync} ({@code client.async().beta().files()}): the spans of
 * {@link BetaFileServiceView}, each ended when its future completes.
 */
@TracedClient(integration = "anthropic", wraps = FileServiceAsync.class)
public interface BetaFileServiceAsyncView extends FileServiceAsync {

  @Override
  BetaFileServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "beta.files.list",
      endpoint = "/v1/files",
      method = "GET",
      requestTags = "limit=params.limit",
      responseTags = {"count=data.size", "has_more"},
      hook = BetaHooks.FileListAsyncHook.class)
  CompletableFuture<FileListPageAsync> list(FileListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.files.retrieve_metadata",
      endpoint = "/v1/files/{file_id}",
      method = "GET",
      requestTags = "file_id=params.file_id",
      responseTags = {"id", "mime_type", "size_bytes"},
      hook = BetaHooks.FileMetadataHook.class)
  CompletableFuture<FileMetadata> retrieveMetadata(FileRetrieveMetadataParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.files.delete",
      endpoint = "/v1/files/{file_id}",
      method = "DELETE",
      requestTags = "file_id=params.file_id",
      responseTags = "id",
      hook = BetaHooks.FileDeleteHook.class)
  CompletableFuture<DeletedFile> delete(FileDeleteParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.files.upload",
      endpoint = "/v1/files",
      method = "POST",
      responseTags = {"id", "mime_type", "size_bytes"},
      hook = BetaHooks.FileUploadHook.class)
  CompletableFuture<FileMetadata> upload(FileUploadParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.files.download",
      endpoint = "/v1/files/{file_id}/content",
      method = "GET",
      requestTags = "file_id=params.file_id",
      hook = BetaHooks.FileDownloadHook.class)
  CompletableFuture<HttpResponse> download(FileDownloadParams params, RequestOptions requestOptions);
}
