package dev.tracepoet.openai.internal;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.models.models.Model;
import com.openai.models.models.ModelDeleteParams;
import com.openai.models.models.ModelDeleted;
import com.openai.models.models.ModelListPageAsync;
import com.openai.models.models.ModelListParams;
import com.openai.models.models.ModelRetrieveParams;
import com.openai.services.async.ModelServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link ModelServiceAsync}: one plain span per call. A list result's {@code nextPage()} /
 * {@code autoPager()} fetch through the SDK's own service: only the first page is traced.
 */
@TracedClient(
    integration = "openai",
    wraps = ModelServiceAsync.class)
public interface ModelServiceAsyncView extends ModelServiceAsync {

  @Override
  ModelServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "models.retrieve",
      endpoint = "/models/{model}",
      method = "GET",
      requestTags = "model=params.model",
      responseTags = {"id", "owned_by"})
  CompletableFuture<Model> retrieve(ModelRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(name = "models.list", endpoint = "/models", method = "GET", responseTags = "count=data.size")
  CompletableFuture<ModelListPageAsync> list(ModelListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "models.delete",
      endpoint = "/models/{model}",
      method = "DELETE",
      requestTags = "model=params.model",
      responseTags = {"id", "deleted"})
  CompletableFuture<ModelDeleted> delete(ModelDeleteParams params, RequestOptions requestOptions);
}
