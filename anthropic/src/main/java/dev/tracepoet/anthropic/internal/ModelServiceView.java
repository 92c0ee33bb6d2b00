package dev.tracepoet.anthropic.internal;

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
      requestTags = "model_id=params.model_id",
      responseTags = {"id", "display_name"},
      hook = Hooks.ModelRetrieveHook.class)
  ModelInfo retrieve(ModelRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "models.list",
      endpoint = "/v1/models",
      method = "GET",
      requestTags = "limit=params.limit",
      responseTags = {"count=data.size", "has_more"},
      hook = Hooks.ModelListHook.class)
  ModelListPage list(ModelListParams params, RequestOptions requestOptions);
}
