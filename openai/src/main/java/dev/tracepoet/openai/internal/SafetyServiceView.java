package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.services.blocking.SafetyService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link SafetyService}: deep-wraps {@code cases()} and {@code alerts()}. Exists from SDK
 * 4.105.0 on: only the {@code Latest} client views reach it ({@link ClientViews}).
 */
@TracedClient(
    integration = "openai",
    wraps = SafetyService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface SafetyServiceView extends SafetyService {

  @Override
  SafetyServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  SafetyCaseServiceView cases();

  @Override
  SafetyAlertServiceView alerts();
}
