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
import com.openai.services.async.webhooks.EventTypeServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link EventTypeServiceAsync}: the webhook event types; one plain span (their count). It
 * names SDK types that 4.52.0 lacks: only the {@code Latest} client views reach it ({@link
 * ClientViews}).
 */
@TracedClient(
    integration = "openai",
    wraps = EventTypeServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface WebhookEventTypeServiceAsyncView extends EventTypeServiceAsync {

  @Override
  WebhookEventTypeServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "webhooks.event_types.list",
      endpoint = "/webhook_event_types",
      method = "GET",
      responseTags = COUNT)
  CompletableFuture<WebhookEventTypeList> list(EventTypeListParams params, RequestOptions requestOptions);
}
