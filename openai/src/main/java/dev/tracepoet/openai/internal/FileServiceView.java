package dev.tracepoet.openai.internal;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.http.HttpResponse;
import com.openai.models.files.FileContentParams;
import com.openai.models.files.FileCreateParams;
import com.openai.models.files.FileDeleteParams;
import com.openai.models.files.FileDeleted;
import com.openai.models.files.FileListPage;
import com.openai.models.files.FileListParams;
import com.openai.models.files.FileObject;
import com.openai.models.files.FileRetrieveParams;
import com.openai.services.blocking.FileService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link FileService}: one plain span per call, ids, sizes and status only (never the file,
 * its name or content). {@code content} returns the raw HTTP response: its span ends when the
 * response headers arrived, not when the caller has read the body.
 */
@TracedClient(
    integration = "openai",
    wraps = FileService.class)
public interface FileServiceView extends FileService {

  @Override
  FileServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "files.create",
      endpoint = "/files",
      method = "POST",
      requestTags = "purpose=params.purpose.as_string",
      responseTags = {"id", "bytes", "purpose=purpose.as_string", "status=status.as_string"})
  FileObject create(FileCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "files.retrieve",
      endpoint = "/files/{file_id}",
      method = "GET",
      requestTags = "file_id=params.file_id",
      responseTags = {"id", "bytes", "purpose=purpose.as_string", "status=status.as_string"})
  FileObject retrieve(FileRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "files.list",
      endpoint = "/files",
      method = "GET",
      requestTags = {"purpose=params.purpose", "limit=params.limit"},
      responseTags = {"count=data.size", "has_more"})
  FileListPage list(FileListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "files.delete",
      endpoint = "/files/{file_id}",
      method = "DELETE",
      requestTags = "file_id=params.file_id",
      responseTags = {"id", "deleted"})
  FileDeleted delete(FileDeleteParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "files.content",
      endpoint = "/files/{file_id}/content",
      method = "GET",
      requestTags = "file_id=params.file_id",
      responseTags = "status_code")
  HttpResponse content(FileContentParams params, RequestOptions requestOptions);
}
