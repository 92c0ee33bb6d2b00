package dev.tracepoet.anthropic.internal;

import com.anthropic.core.ClientOptions;
import com.anthropic.core.RequestOptions;
import com.anthropic.models.beta.files.DeletedFile;
import com.anthropic.models.beta.files.FileDeleteParams;
import com.anthropic.models.beta.files.FileListPage;
import com.anthropic.models.beta.files.FileListParams;
import com.anthropic.models.beta.files.FileMetadata;
import com.anthropic.models.beta.files.FileRetrieveMetadataParams;
import com.anthropic.services.blocking.beta.FileService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of the beta {@link FileService} ({@code client.beta().files()}): list, metadata and delete
 * as plain spans with ids, MIME types and sizes (never names' content); {@code upload} and {@code
 * download} are forwarded untraced.
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
}
