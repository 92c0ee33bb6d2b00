package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.DELETED;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.MODEL_NAME;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.OWNED_BY;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.models.Model;
import com.openai.models.models.ModelDeleteParams;
import com.openai.models.models.ModelDeleted;
import com.openai.models.models.ModelListPage;
import com.openai.models.models.ModelListParams;
import com.openai.models.models.ModelRetrieveParams;
import com.openai.services.blocking.ModelService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link ModelService}: one plain span per call. A list result's {@code nextPage()} /
 * {@code autoPager()} fetch through the SDK's own service: only the first page is traced.
 */
@TracedClient(
    integration = "openai",
    wraps = ModelService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface ModelServiceView extends ModelService {

  @Override
  ModelServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "models.retrieve",
      endpoint = "/models/{model}",
      method = "GET",
      requestTags = MODEL_NAME,
      responseTags = {ID, OWNED_BY})
  Model retrieve(ModelRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "models.list",
      endpoint = "/models",
      method = "GET",
      responseTags = COUNT)
  ModelListPage list(ModelListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "models.delete",
      endpoint = "/models/{model}",
      method = "DELETE",
      requestTags = MODEL_NAME,
      responseTags = {ID, DELETED})
  ModelDeleted delete(ModelDeleteParams params, RequestOptions requestOptions);
}
