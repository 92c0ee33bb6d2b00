package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.services.async.realtime.TranslationServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link TranslationServiceAsync}: deep-wraps {@code clientSecrets()}. Exists from SDK
 * 4.105.0 on: only the {@code Latest} client views reach it ({@link ClientViews}).
 */
@TracedClient(
    integration = "openai",
    wraps = TranslationServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface RealtimeTranslationServiceAsyncView extends TranslationServiceAsync {

  @Override
  RealtimeTranslationServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  RealtimeTranslationClientSecretServiceAsyncView clientSecrets();
}
