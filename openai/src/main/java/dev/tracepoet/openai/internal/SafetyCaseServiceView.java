package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiPlatformTags.CASE_ID;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.safety.cases.CaseRetrieveParams;
import com.openai.models.safety.cases.SafetyCase;
import com.openai.services.blocking.safety.CaseService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link CaseService}: one plain span (the case id, never the notice). Exists from SDK
 * 4.105.0 on: only the {@code Latest} client views reach it ({@link ClientViews}).
 */
@TracedClient(
    integration = "openai",
    wraps = CaseService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface SafetyCaseServiceView extends CaseService {

  @Override
  SafetyCaseServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "safety.cases.retrieve",
      endpoint = "/safety/cases/{id}",
      method = "GET",
      requestTags = CASE_ID,
      responseTags = ID)
  SafetyCase retrieve(CaseRetrieveParams params, RequestOptions requestOptions);
}
