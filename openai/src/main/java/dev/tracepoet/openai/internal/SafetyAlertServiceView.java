package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiPlatformTags.ALERT_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.ALERT_ID;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.ALERT_MODEL;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.ALERT_REQUEST_PAUSED;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.ALERT_RESPONSE_ID;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.safety.alerts.AlertRetrieveParams;
import com.openai.models.safety.alerts.SafetyAlert;
import com.openai.services.blocking.safety.AlertService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link AlertService}: one plain span (ids, model, error type; never the explanation). It
 * names SDK types that 4.52.0 lacks: only the {@code Latest} client views reach it ({@link
 * ClientViews}).
 */
@TracedClient(
    integration = "openai",
    wraps = AlertService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface SafetyAlertServiceView extends AlertService {

  @Override
  SafetyAlertServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "safety.alerts.retrieve",
      endpoint = "/safety/alerts/{id}",
      method = "GET",
      requestTags = ALERT_ID,
      responseTags = {ID, ALERT_MODEL, ALERT_ERROR_TYPE, ALERT_REQUEST_PAUSED, ALERT_RESPONSE_ID})
  SafetyAlert retrieve(AlertRetrieveParams params, RequestOptions requestOptions);
}
