package dev.tracepoet.anthropic.internal;

import static dev.tracepoet.anthropic.internal.AnthropicTags.COUNT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.DISPLAY_NAME;
import static dev.tracepoet.anthropic.internal.AnthropicTags.HAS_MORE;
import static dev.tracepoet.anthropic.internal.AnthropicTags.ID;
import static dev.tracepoet.anthropic.internal.AnthropicTags.LIMIT;
import static dev.tracepoet.anthropic.internal.AnthropicTags.MODEL_ID;

import com.anthropic.core.ClientOptions;
import com.anthropic.core.RequestOptions;
import com.anthropic.models.beta.models.BetaModelInfo;
import com.anthropic.models.beta.models.ModelListPage;
import com.anthropic.models.beta.models.ModelListParams;
import com.anthropic.models.beta.models.ModelRetrieveParams;
import com.anthropic.services.blocking.beta.ModelService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/** View of the beta {@link ModelService} ({@code client.beta().models()}): one plain span per call. */
@TracedClient(integration = "anthropic", wraps = ModelService.class)
public interface BetaModelServiceView extends ModelService {

  @Override
  BetaModelServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "beta.models.retrieve",
      endpoint = "/v1/models/{model_id}?beta=true",
      method = "GET",
      requestTags = MODEL_ID,
      responseTags = {ID, DISPLAY_NAME},
      hook = BetaHooks.ModelRetrieveHook.class)
  BetaModelInfo retrieve(ModelRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.models.list",
      endpoint = "/v1/models?beta=true",
      method = "GET",
      requestTags = LIMIT,
      responseTags = {COUNT, HAS_MORE},
      hook = BetaHooks.ModelListHook.class)
  ModelListPage list(ModelListParams params, RequestOptions requestOptions);
}
