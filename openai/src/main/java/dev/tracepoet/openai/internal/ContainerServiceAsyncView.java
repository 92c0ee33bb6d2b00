package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.CONTAINER_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS_TEXT;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.containers.ContainerCreateParams;
import com.openai.models.containers.ContainerCreateResponse;
import com.openai.models.containers.ContainerDeleteParams;
import com.openai.models.containers.ContainerListPageAsync;
import com.openai.models.containers.ContainerListParams;
import com.openai.models.containers.ContainerRetrieveParams;
import com.openai.models.containers.ContainerRetrieveResponse;
import com.openai.services.async.ContainerServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link ContainerServiceAsync}: one plain span per call, ids and status; {@code files()}
 * deep-wrapped. Never records payloads (texts, file contents, names, metadata).
 */
@TracedClient(
    integration = "openai",
    wraps = ContainerServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface ContainerServiceAsyncView extends ContainerServiceAsync {

  @Override
  ContainerServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  ContainerFileServiceAsyncView files();

  @Override
  @TracedEndpoint(
      name = "containers.create",
      endpoint = "/containers",
      method = "POST",
      responseTags = {ID, STATUS_TEXT})
  CompletableFuture<ContainerCreateResponse> create(ContainerCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "containers.retrieve",
      endpoint = "/containers/{container_id}",
      method = "GET",
      requestTags = CONTAINER_ID,
      responseTags = {ID, STATUS_TEXT})
  CompletableFuture<ContainerRetrieveResponse> retrieve(ContainerRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "containers.list",
      endpoint = "/containers",
      method = "GET",
      requestTags = LIMIT,
      responseTags = {COUNT, HAS_MORE})
  CompletableFuture<ContainerListPageAsync> list(ContainerListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "containers.delete",
      endpoint = "/containers/{container_id}",
      method = "DELETE",
      requestTags = CONTAINER_ID)
  CompletableFuture<Void> delete(ContainerDeleteParams params, RequestOptions requestOptions);
}
