package dev.tracepoet.openai.internal;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.services.blocking.EmbeddingService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link EmbeddingService}: GenAI {@code embeddings}. Note the SDK asks for {@code base64}
 * unless the caller sets an encoding format, so {@code openai.request.encoding_format} is {@code
 * base64} by default.
 */
@TracedClient(
    integration = "openai",
    genAiProvider = "openai",
    wraps = EmbeddingService.class)
public interface EmbeddingServiceView extends EmbeddingService {

  @Override
  EmbeddingServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "embeddings",
      genAiOperation = "embeddings",
      endpoint = "/embeddings",
      method = "POST",
      requestTags = {
        "model=params.model.as_string",
        "dimensions=params.dimensions",
        "encoding_format=params.encoding_format.as_string"
      },
      responseTags = {"model", "count=data.size"},
      usage = "usage",
      hook = Hooks.EmbeddingHook.class)
  CreateEmbeddingResponse create(EmbeddingCreateParams params, RequestOptions requestOptions);
}
