package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiPlatformTags.ANSWERS_COUNT;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.DECISION_MODEL;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiTags.RESPONSE_MODEL;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.decisions.Decision;
import com.openai.models.decisions.DecisionCreateParams;
import com.openai.services.blocking.DecisionService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link DecisionService}: one plain span (the model and the number of answers, never the
 * question or answers). It names SDK types that 4.52.0 lacks: only the {@code Latest} client views
 * reach it ({@link ClientViews}).
 */
@TracedClient(
    integration = "openai",
    wraps = DecisionService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface DecisionServiceView extends DecisionService {

  @Override
  DecisionServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "decisions.create",
      endpoint = "/decisions",
      method = "POST",
      requestTags = DECISION_MODEL,
      responseTags = {RESPONSE_MODEL, ANSWERS_COUNT})
  Decision create(DecisionCreateParams params, RequestOptions requestOptions);
}
