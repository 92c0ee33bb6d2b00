package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.webhooks.WebhookEventTypeList;
import com.openai.models.webhooks.eventtypes.EventTypeListParams;
import com.openai.services.blocking.webhooks.EventTypeService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link EventTypeService}: the webhook event types; one plain span (their count). Exists
 * from SDK 4.105.0 on: only the {@code Latest} client views reach it ({@link ClientViews}).
 */
@TracedClient(
    integration = "openai",
    wraps = EventTypeService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface WebhookEventTypeServiceView extends EventTypeService {

  @Override
  WebhookEventTypeServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "webhooks.event_types.list",
      endpoint = "/webhook_event_types",
      method = "GET",
      responseTags = COUNT)
  WebhookEventTypeList list(EventTypeListParams params, RequestOptions requestOptions);
}
