package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.services.blocking.AudioService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link AudioService}: deep-wraps {@code transcriptions()}, {@code translations()} and
 * {@code speech()}; {@code voices()} / {@code voiceConsents()} (SDK 4.105.0 on) are
 * traced by {@link AudioServiceLatestView}, the form the newer client views use.
 */
@TracedClient(
    integration = "openai",
    wraps = AudioService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface AudioServiceView extends AudioService {

  @Override
  AudioServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  AudioTranscriptionServiceView transcriptions();

  @Override
  AudioTranslationServiceView translations();

  @Override
  AudioSpeechServiceView speech();
}
