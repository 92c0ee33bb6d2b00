package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.CONTAINER_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.FILE_ID;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS_CODE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.http.HttpResponse;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.containers.files.content.ContentRetrieveParams;
import com.openai.services.async.containers.files.ContentServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link ContentServiceAsync}: the raw file download; the span ends when the response
 * headers arrived, not when the caller has read the body.
 */
@TracedClient(
    integration = "openai",
    wraps = ContentServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface ContainerFileContentServiceAsyncView extends ContentServiceAsync {

  @Override
  ContainerFileContentServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "containers.files.content.retrieve",
      endpoint = "/containers/{container_id}/files/{file_id}/content",
      method = "GET",
      requestTags = {CONTAINER_ID, FILE_ID},
      responseTags = STATUS_CODE)
  CompletableFuture<HttpResponse> retrieve(ContentRetrieveParams params, RequestOptions requestOptions);
}
