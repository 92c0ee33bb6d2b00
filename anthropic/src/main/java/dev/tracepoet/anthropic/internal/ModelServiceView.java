package dev.tracepoet.anthropic.internal;

import static dev.tracepoet.anthropic.internal.AnthropicTags.COUNT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.DISPLAY_NAME;
import static dev.tracepoet.anthropic.internal.AnthropicTags.HAS_MORE;
import static dev.tracepoet.anthropic.internal.AnthropicTags.ID;
import static dev.tracepoet.anthropic.internal.AnthropicTags.LIMIT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.MODEL_ID;

import com.anthropic.core.ClientOptions;
import com.anthropic.core.RequestOptions;
import com.anthropic.models.models.ModelInfo;
import com.anthropic.models.models.ModelListPage;
import com.anthropic.models.models.ModelListParams;
import com.anthropic.models.models.ModelRetrieveParams;
import com.anthropic.services.blocking.ModelService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/** View of {@link ModelService} ({@code client.models()}): one plain span per call. */
@TracedClient(integration = "anthropic", wraps = ModelService.class)
public interface ModelServiceView extends ModelService {

  @Override
  ModelServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "models.retrieve",
      endpoint = "/v1/models/{model_id}",
      method = "GET",
      requestTags = MODEL_ID,
      responseTags = {ID, DISPLAY_NAME},
      hook = Hooks.ModelRetrieveHook.class)
  ModelInfo retrieve(ModelRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "models.list",
      endpoint = "/v1/models",
      method = "GET",
      requestTags = LIMIT,
      responseTags = {COUNT, HAS_MORE},
      hook = Hooks.ModelListHook.class)
  ModelListPage list(ModelListParams params, RequestOptions requestOptions);
}
