package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.DIMENSIONS;
import static dev.tracepoet.openai.internal.OpenAiTags.ENCODING_FORMAT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.ERROR_REQUEST_ID;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.MODEL;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_LIMIT_REQUESTS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_LIMIT_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_REMAINING_REQUESTS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_REMAINING_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_RESET_REQUESTS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.RATELIMIT_RESET_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiTags.RESPONSE_MODEL;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.services.blocking.EmbeddingService;
import dev.tracepoet.annotations.ErrorTags;
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
      errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {
        HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE, ERROR_REQUEST_ID,
        RATELIMIT_LIMIT_REQUESTS, RATELIMIT_REMAINING_REQUESTS, RATELIMIT_RESET_REQUESTS,
        RATELIMIT_LIMIT_TOKENS, RATELIMIT_REMAINING_TOKENS, RATELIMIT_RESET_TOKENS
      }),
      requestTags = {MODEL, DIMENSIONS, ENCODING_FORMAT},
      responseTags = {RESPONSE_MODEL, COUNT},
      usage = "usage",
      hook = Hooks.EmbeddingHook.class)
  CreateEmbeddingResponse create(EmbeddingCreateParams params, RequestOptions requestOptions);
}
