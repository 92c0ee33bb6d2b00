package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.BYTES;
import static dev.tracepoet.openai.internal.OpenAiTags.CONTAINER_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.FILE_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.RESPONSE_CONTAINER_ID;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.containers.files.FileCreateParams;
import com.openai.models.containers.files.FileCreateResponse;
import com.openai.models.containers.files.FileDeleteParams;
import com.openai.models.containers.files.FileListPage;
import com.openai.models.containers.files.FileListParams;
import com.openai.models.containers.files.FileRetrieveParams;
import com.openai.models.containers.files.FileRetrieveResponse;
import com.openai.services.blocking.containers.FileService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link FileService} (a container's files): one plain span per call, ids and sizes (never
 * the path or content); {@code content()} deep-wrapped.
 */
@TracedClient(
    integration = "openai",
    wraps = FileService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface ContainerFileServiceView extends FileService {

  @Override
  ContainerFileServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  ContainerFileContentServiceView content();

  @Override
  @TracedEndpoint(
      name = "containers.files.create",
      endpoint = "/containers/{container_id}/files",
      method = "POST",
      requestTags = CONTAINER_ID,
      responseTags = {ID, BYTES, RESPONSE_CONTAINER_ID})
  FileCreateResponse create(FileCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "containers.files.retrieve",
      endpoint = "/containers/{container_id}/files/{file_id}",
      method = "GET",
      requestTags = {CONTAINER_ID, FILE_ID},
      responseTags = {ID, BYTES})
  FileRetrieveResponse retrieve(FileRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "containers.files.list",
      endpoint = "/containers/{container_id}/files",
      method = "GET",
      requestTags = {CONTAINER_ID, LIMIT},
      responseTags = {COUNT, HAS_MORE})
  FileListPage list(FileListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "containers.files.delete",
      endpoint = "/containers/{container_id}/files/{file_id}",
      method = "DELETE",
      requestTags = {CONTAINER_ID, FILE_ID})
  void delete(FileDeleteParams params, RequestOptions requestOptions);
}
