package dev.tracepoet.anthropic.internal;

import com.anthropic.core.ClientOptions;
import com.anthropic.core.RequestOptions;
import com.anthropic.models.beta.models.BetaModelInfo;
import com.anthropic.models.beta.models.ModelListPageAsync;
import com.anthropic.models.beta.models.ModelListParams;
import com.anthropic.models.beta.models.ModelRetrieveParams;
import com.anthropic.services.async.beta.ModelServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** View of the beta {@link ModelServiceAsync} ({@code client.async().beta().models()}): one plain span per call, ended when its future completes. */
@TracedClient(integration = "anthropic", wraps = ModelServiceAsync.class)
public interface BetaModelServiceAsyncView extends ModelServiceAsync {

  @Override
  BetaModelServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "beta.models.retrieve",
      endpoint = "/v1/models/{model_id}?beta=true",
      method = "GET",
      requestTags = "model_id=params.model_id",
      responseTags = {"id", "display_name"},
      hook = BetaHooks.ModelRetrieveHook.class)
  CompletableFuture<BetaModelInfo> retrieve(ModelRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "beta.models.list",
      endpoint = "/v1/models?beta=true",
      method = "GET",
      requestTags = "limit=params.limit",
      responseTags = {"count=data.size", "has_more"},
      hook = BetaHooks.ModelListAsyncHook.class)
  CompletableFuture<ModelListPageAsync> list(ModelListParams params, RequestOptions requestOptions);
}
