package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.services.async.finetuning.AlphaServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link AlphaServiceAsync}: deep-wraps {@code graders()}.
 */
@TracedClient(
    integration = "openai",
    wraps = AlphaServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface FineTuningAlphaServiceAsyncView extends AlphaServiceAsync {

  @Override
  FineTuningAlphaServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  FineTuningAlphaGraderServiceAsyncView graders();
}
