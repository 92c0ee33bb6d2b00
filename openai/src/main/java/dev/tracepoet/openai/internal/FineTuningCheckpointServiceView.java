package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.services.blocking.finetuning.CheckpointService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link CheckpointService}: deep-wraps {@code permissions()}.
 */
@TracedClient(
    integration = "openai",
    wraps = CheckpointService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface FineTuningCheckpointServiceView extends CheckpointService {

  @Override
  FineTuningCheckpointServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  FineTuningCheckpointPermissionServiceView permissions();
}
