package dev.tracepoet.anthropic.internal;

import static dev.tracepoet.anthropic.internal.AnthropicTags.COUNT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.FILE_ID;
import static dev.tracepoet.anthropic.internal.AnthropicTags.PAGE_HAS_MORE;
import static dev.tracepoet.anthropic.internal.AnthropicTags.ID;
import static dev.tracepoet.anthropic.internal.AnthropicTags.LIMIT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.MIME_TYPE;
import static dev.tracepoet.anthropic.internal.AnthropicTags.SIZE_BYTES;

import com.anthropic.core.ClientOptions;
import com.anthropic.core.RequestOptions;
import com.anthropic.core.http.HttpResponse;
import com.anthropic.models.beta.files.BetaDeletedFile;
import com.anthropic.models.beta.files.FileDeleteParams;
import com.anthropic.models.beta.files.FileDownloadParams;
import com.anthropic.models.beta.files.FileListPageAsync;
import com.anthropic.models.beta.files.FileListParams;
import com.anthropic.models.beta.files.BetaFileMetadata;
import com.anthropic.models.beta.files.FileRetrieveMetadataParams;
import com.anthropic.models.beta.files.FileUploadParams;
import com.anthropic.services.async.beta.FileServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link BetaFileServiceV3View} (3.x SDK, see {@link ClientViews}): each span
 * ends when its future completes.
 */
@TracedClient(integration = "anthropic", wraps = FileServiceAsync.class)
public interface BetaFileServiceAsyncV3View extends FileServiceAsync {

  @Override
  BetaFileServiceAsyncV3View withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "beta.files.list",
      endpoint = "/v1/files",
      method = "GET",
      requestTags = LIMIT,
      responseTags = {COUNT, PAGE_HAS_MORE},
      hook = BetaHooks.FileListAsyncHook.class)
  CompletableFuture<FileListPageAsync> list(FileListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.files.retrieve_metadata",
      endpoint = "/v1/files/{file_id}",
      method = "GET",
      requestTags = FILE_ID,
      responseTags = {ID, MIME_TYPE, SIZE_BYTES},
      hook = V3Hooks.FileMetadataHook.class)
  CompletableFuture<BetaFileMetadata> retrieveMetadata(FileRetrieveMetadataParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.files.delete",
      endpoint = "/v1/files/{file_id}",
      method = "DELETE",
      requestTags = FILE_ID,
      responseTags = ID,
      hook = V3Hooks.FileDeleteHook.class)
  CompletableFuture<BetaDeletedFile> delete(FileDeleteParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.files.upload",
      endpoint = "/v1/files",
      method = "POST",
      responseTags = {ID, MIME_TYPE, SIZE_BYTES},
      hook = V3Hooks.FileUploadHook.class)
  CompletableFuture<BetaFileMetadata> upload(FileUploadParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.files.download",
      endpoint = "/v1/files/{file_id}/content",
      method = "GET",
      requestTags = FILE_ID,
      hook = BetaHooks.FileDownloadHook.class)
  CompletableFuture<HttpResponse> download(FileDownloadParams params, RequestOptions requestOptions);
}
