package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.FLAGGED;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.MODEL;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.RESPONSE_MODEL;
import static dev.tracepoet.openai.internal.OpenAiTags.RESULTS_COUNT;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.moderations.ModerationCreateParams;
import com.openai.models.moderations.ModerationCreateResponse;
import com.openai.services.blocking.ModerationService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link ModerationService}: a plain span (v1.41.0 defines no GenAI operation for
 * moderation).
 */
@TracedClient(
    integration = "openai",
    wraps = ModerationService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface ModerationServiceView extends ModerationService {

  @Override
  ModerationServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "moderations.create",
      endpoint = "/moderations",
      method = "POST",
      requestTags = MODEL,
      responseTags = {ID, RESPONSE_MODEL, RESULTS_COUNT, FLAGGED})
  ModerationCreateResponse create(ModerationCreateParams params, RequestOptions requestOptions);
}
