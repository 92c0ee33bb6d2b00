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
import com.anthropic.models.models.ModelListPageAsync;
import com.anthropic.models.models.ModelListParams;
import com.anthropic.models.models.ModelRetrieveParams;
import com.anthropic.services.async.ModelServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** View of {@link ModelServiceAsync}: one plain span per call, ended when the future completes. */
@TracedClient(integration = "anthropic", wraps = ModelServiceAsync.class)
public interface ModelServiceAsyncView extends ModelServiceAsync {

  @Override
  ModelServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "models.retrieve",
      endpoint = "/v1/models/{model_id}",
      method = "GET",
      requestTags = MODEL_ID,
      responseTags = {ID, DISPLAY_NAME},
      hook = Hooks.ModelRetrieveHook.class)
  CompletableFuture<ModelInfo> retrieve(ModelRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "models.list",
      endpoint = "/v1/models",
      method = "GET",
      requestTags = LIMIT,
      responseTags = {COUNT, HAS_MORE},
      hook = Hooks.ModelListAsyncHook.class)
  CompletableFuture<ModelListPageAsync> list(ModelListParams params, RequestOptions requestOptions);
}
