package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.services.async.AudioServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link AudioServiceAsync}: the 4.105.0 form of {@link AudioServiceAsyncView}: also
 * deep-wraps {@code voices()} and {@code voiceConsents()}. It names SDK types that 4.52.0 lacks:
 * only the {@code Latest} client views reach it ({@link ClientViews}).
 */
@TracedClient(
    integration = "openai",
    wraps = AudioServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface AudioServiceLatestAsyncView extends AudioServiceAsync {

  @Override
  AudioServiceLatestAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  AudioTranscriptionServiceAsyncView transcriptions();

  @Override
  AudioTranslationServiceAsyncView translations();

  @Override
  AudioSpeechServiceAsyncView speech();

  @Override
  AudioVoiceServiceAsyncView voices();

  @Override
  AudioVoiceConsentServiceAsyncView voiceConsents();
}
