package dev.tracepoet.anthropic.internal;

import com.anthropic.core.ClientOptions;
import com.anthropic.core.RequestOptions;
import com.anthropic.core.http.HttpResponse;
import com.anthropic.models.beta.files.DeletedFile;
import com.anthropic.models.beta.files.FileDeleteParams;
import com.anthropic.models.beta.files.FileDownloadParams;
import com.anthropic.models.beta.files.FileListPage;
import com.anthropic.models.beta.files.FileListParams;
import com.anthropic.models.beta.files.FileMetadata;
import com.anthropic.models.beta.files.FileRetrieveMetadataParams;
import com.anthropic.models.beta.files.FileUploadParams;
import com.anthropic.services.blocking.beta.FileService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of the beta {@link FileService} ({@code client.beta().files()}): list, metadata, delete and
 * upload as plain spans with ids, MIME types and sizes (never file names or bytes); {@code
 * download} as a span that ends when the SDK returns the response, headers read (the body is the
 * caller's stream, read after the span: the span times the request, not the transfer).
 */
@TracedClient(integration = "anthropic", wraps = FileService.class)
public interface BetaFileServiceView extends FileService {

  @Override
  BetaFileServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "beta.files.list",
      endpoint = "/v1/files",
      method = "GET",
      requestTags = "limit=params.limit",
      responseTags = {"count=data.size", "has_more"},
      hook = BetaHooks.FileListHook.class)
  FileListPage list(FileListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.files.retrieve_metadata",
      endpoint = "/v1/files/{file_id}",
      method = "GET",
      requestTags = "file_id=params.file_id",
      responseTags = {"id", "mime_type", "size_bytes"},
      hook = BetaHooks.FileMetadataHook.class)
  FileMetadata retrieveMetadata(FileRetrieveMetadataParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.files.delete",
      endpoint = "/v1/files/{file_id}",
      method = "DELETE",
      requestTags = "file_id=params.file_id",
      responseTags = "id",
      hook = BetaHooks.FileDeleteHook.class)
  DeletedFile delete(FileDeleteParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.files.upload",
      endpoint = "/v1/files",
      method = "POST",
      responseTags = {"id", "mime_type", "size_bytes"},
      hook = BetaHooks.FileUploadHook.class)
  FileMetadata upload(FileUploadParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.files.download",
      endpoint = "/v1/files/{file_id}/content",
      method = "GET",
      requestTags = "file_id=params.file_id",
      hook = BetaHooks.FileDownloadHook.class)
  HttpResponse download(FileDownloadParams params, RequestOptions requestOptions);
}
