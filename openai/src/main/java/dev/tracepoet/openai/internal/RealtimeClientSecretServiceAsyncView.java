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
import com.openai.services.async.realtime.ClientSecretServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link ClientSecretServiceAsync}: mints an ephemeral Realtime key; one plain span with
 * its expiry only (never the secret value).
 */
@TracedClient(
    integration = "openai",
    wraps = ClientSecretServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface RealtimeClientSecretServiceAsyncView extends ClientSecretServiceAsync {

  @Override
  RealtimeClientSecretServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "realtime.client_secrets.create",
      endpoint = "/realtime/client_secrets",
      method = "POST",
      responseTags = EXPIRES_AT)
  CompletableFuture<ClientSecretCreateResponse> create(ClientSecretCreateParams params, RequestOptions requestOptions);
}
