package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiPlatformTags.EXPIRES_AT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.realtime.clientsecrets.ClientSecretCreateParams;
import com.openai.models.realtime.clientsecrets.ClientSecretCreateResponse;
import com.openai.services.blocking.realtime.ClientSecretService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link ClientSecretService}: mints an ephemeral Realtime key; one plain span with its
 * expiry only (never the secret value).
 */
@TracedClient(
    integration = "openai",
    wraps = ClientSecretService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface RealtimeClientSecretServiceView extends ClientSecretService {

  @Override
  RealtimeClientSecretServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "realtime.client_secrets.create",
      endpoint = "/realtime/client_secrets",
      method = "POST",
      responseTags = EXPIRES_AT)
  ClientSecretCreateResponse create(ClientSecretCreateParams params, RequestOptions requestOptions);
}
