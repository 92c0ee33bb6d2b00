package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.responses.inputitems.InputItemListPageAsync;
import com.openai.models.responses.inputitems.InputItemListParams;
import com.openai.services.async.responses.InputItemServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link InputItemServiceAsync} ({@code client.responses().inputItems()}): {@code list} as one
 * plain span (not a GenAI operation: the conventions have none for reading stored items) with the
 * response id, the page size and order asked for, and the number of items returned. The items'
 * content is never recorded here. Only the first page is traced ({@code nextPage()} / {@code
 * autoPager()} fetch through the SDK's own service).
 */
@TracedClient(
    integration = "openai",
    wraps = InputItemServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface InputItemServiceAsyncView extends InputItemServiceAsync {

  @Override
  InputItemServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "responses.input_items.list",
      endpoint = "/responses/{response_id}/input_items",
      method = "GET",
      requestTags = {"response_id=params.response_id", "limit=params.limit", "order=params.order.as_string"},
      responseTags = {"count=data.size", "has_more"})
  CompletableFuture<InputItemListPageAsync> list(InputItemListParams params, RequestOptions requestOptions);
}
