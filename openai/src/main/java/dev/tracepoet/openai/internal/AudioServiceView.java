package dev.tracepoet.openai.internal;

import com.openai.core.ClientOptions;
import com.openai.services.blocking.AudioService;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link AudioService}: deep-wraps {@code transcriptions()}, {@code translations()} and
 * {@code speech()}; {@code voices()} / {@code voiceConsents()} (SDK 4.105.0 on) are forwarded
 * untraced.
 */
@TracedClient(
    integration = "openai",
    wraps = AudioService.class)
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
