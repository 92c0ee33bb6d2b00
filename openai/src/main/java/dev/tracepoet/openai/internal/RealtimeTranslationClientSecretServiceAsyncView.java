package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiPlatformTags.EXPIRES_AT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.realtime.RealtimeTranslationClientSecretCreateResponse;
import com.openai.models.realtime.translations.clientsecrets.ClientSecretCreateParams;
import com.openai.services.async.realtime.translations.ClientSecretServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link ClientSecretServiceAsync}: mints an ephemeral key for a Realtime translation
 * session; one plain span with its expiry only (never the secret value). Exists from SDK 4.105.0
 * on: only the {@code Latest} client views reach it ({@link ClientViews}).
 */
@TracedClient(
    integration = "openai",
    wraps = ClientSecretServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface RealtimeTranslationClientSecretServiceAsyncView extends ClientSecretServiceAsync {

  @Override
  RealtimeTranslationClientSecretServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "realtime.translations.client_secrets.create",
      endpoint = "/realtime/translations/client_secrets",
      method = "POST",
      responseTags = EXPIRES_AT)
  CompletableFuture<RealtimeTranslationClientSecretCreateResponse> create(ClientSecretCreateParams params, RequestOptions requestOptions);
}
