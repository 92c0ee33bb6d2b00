package dev.tracepoet.openai.internal;

import com.openai.core.ClientOptions;
import com.openai.services.async.AudioServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link AudioServiceAsync}: deep-wraps {@code transcriptions()}, {@code translations()}
 * and {@code speech()}; {@code voices()} / {@code voiceConsents()} (SDK 4.105.0 on) are forwarded
 * untraced.
 */
@TracedClient(
    integration = "openai",
    wraps = AudioServiceAsync.class)
public interface AudioServiceAsyncView extends AudioServiceAsync {

  @Override
  AudioServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  AudioTranscriptionServiceAsyncView transcriptions();

  @Override
  AudioTranslationServiceAsyncView translations();

  @Override
  AudioSpeechServiceAsyncView speech();
}
