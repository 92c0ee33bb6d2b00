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
import com.anthropic.models.beta.files.FileListPage;
import com.anthropic.models.beta.files.FileListParams;
import com.anthropic.models.beta.files.BetaFileMetadata;
import com.anthropic.models.beta.files.FileRetrieveMetadataParams;
import com.anthropic.models.beta.files.FileUploadParams;
import com.anthropic.services.blocking.beta.FileService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * The beta {@link FileService} of the 3.x SDK ({@code client.beta().files()}, see {@link
 * ClientViews}): the spans of the 2.x {@link BetaFileServiceView} (list, metadata, delete, upload
 * with ids, MIME types and sizes, never file names or bytes; {@code download} ended when the
 * response's headers are read) over 3.x's renamed response types ({@code BetaFileMetadata}, {@code
 * BetaDeletedFile}); {@code has_more} is whether the page has a next page (3.x pages by cursor).
 */
@TracedClient(integration = "anthropic", wraps = FileService.class)
public interface BetaFileServiceV3View extends FileService {

  @Override
  BetaFileServiceV3View withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "beta.files.list",
      endpoint = "/v1/files",
      method = "GET",
      requestTags = LIMIT,
      responseTags = {COUNT, PAGE_HAS_MORE},
      hook = BetaHooks.FileListHook.class)
  FileListPage list(FileListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.files.retrieve_metadata",
      endpoint = "/v1/files/{file_id}",
      method = "GET",
      requestTags = FILE_ID,
      responseTags = {ID, MIME_TYPE, SIZE_BYTES},
      hook = V3Hooks.FileMetadataHook.class)
  BetaFileMetadata retrieveMetadata(FileRetrieveMetadataParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.files.delete",
      endpoint = "/v1/files/{file_id}",
      method = "DELETE",
      requestTags = FILE_ID,
      responseTags = ID,
      hook = V3Hooks.FileDeleteHook.class)
  BetaDeletedFile delete(FileDeleteParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.files.upload",
      endpoint = "/v1/files",
      method = "POST",
      responseTags = {ID, MIME_TYPE, SIZE_BYTES},
      hook = V3Hooks.FileUploadHook.class)
  BetaFileMetadata upload(FileUploadParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.files.download",
      endpoint = "/v1/files/{file_id}/content",
      method = "GET",
      requestTags = FILE_ID,
      hook = BetaHooks.FileDownloadHook.class)
  HttpResponse download(FileDownloadParams params, RequestOptions requestOptions);
}
