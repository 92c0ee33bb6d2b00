package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.services.async.FineTuningServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link FineTuningServiceAsync}: deep-wraps {@code jobs()}, {@code checkpoints()}
 * (permissions) and {@code alpha()} (graders); {@code methods()} has no operation and is forwarded.
 */
@TracedClient(
    integration = "openai",
    wraps = FineTuningServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface FineTuningServiceAsyncView extends FineTuningServiceAsync {

  @Override
  FineTuningServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  FineTuningJobServiceAsyncView jobs();

  @Override
  FineTuningCheckpointServiceAsyncView checkpoints();

  @Override
  FineTuningAlphaServiceAsyncView alpha();
}
