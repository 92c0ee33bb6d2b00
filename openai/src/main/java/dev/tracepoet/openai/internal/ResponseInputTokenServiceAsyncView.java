package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.INPUT_TOKENS;
import static dev.tracepoet.openai.internal.OpenAiTags.MODEL_NAME;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.responses.inputtokens.InputTokenCountParams;
import com.openai.models.responses.inputtokens.InputTokenCountResponse;
import com.openai.services.async.responses.InputTokenServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link InputTokenServiceAsync}: counts a request's input tokens without running it; one
 * plain span (the model and the count, never the input).
 */
@TracedClient(
    integration = "openai",
    wraps = InputTokenServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface ResponseInputTokenServiceAsyncView extends InputTokenServiceAsync {

  @Override
  ResponseInputTokenServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "responses.input_tokens.count",
      endpoint = "/responses/input_tokens",
      method = "POST",
      requestTags = MODEL_NAME,
      responseTags = INPUT_TOKENS)
  CompletableFuture<InputTokenCountResponse> count(InputTokenCountParams params, RequestOptions requestOptions);
}
