package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.services.blocking.FineTuningService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link FineTuningService}: deep-wraps {@code jobs()}, {@code checkpoints()} (permissions)
 * and {@code alpha()} (graders); {@code methods()} has no operation and is forwarded.
 */
@TracedClient(
    integration = "openai",
    wraps = FineTuningService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface FineTuningServiceView extends FineTuningService {

  @Override
  FineTuningServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  FineTuningJobServiceView jobs();

  @Override
  FineTuningCheckpointServiceView checkpoints();

  @Override
  FineTuningAlphaServiceView alpha();
}
