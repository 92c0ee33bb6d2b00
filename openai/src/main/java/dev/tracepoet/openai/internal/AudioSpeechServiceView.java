package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.MODEL;
import static dev.tracepoet.openai.internal.OpenAiTags.RESPONSE_FORMAT;
import static dev.tracepoet.openai.internal.OpenAiTags.SPEED;
import static dev.tracepoet.openai.internal.OpenAiTags.STATUS_CODE;
import static dev.tracepoet.openai.internal.OpenAiTags.VOICE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.http.HttpResponse;
import com.openai.models.audio.speech.SpeechCreateParams;
import com.openai.services.blocking.audio.SpeechService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link SpeechService}: GenAI {@code generate_content} with speech output. The result is
 * the raw HTTP response: the span ends when its headers arrived, not when the caller has read the
 * audio. Never records the input text or instructions.
 */
@TracedClient(
    integration = "openai",
    genAiProvider = "openai",
    wraps = SpeechService.class)
public interface AudioSpeechServiceView extends SpeechService {

  @Override
  AudioSpeechServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "generate_content",
      genAiOperation = "generate_content",
      endpoint = "/audio/speech",
      method = "POST",
      requestTags = {MODEL, VOICE, RESPONSE_FORMAT, SPEED},
      responseTags = STATUS_CODE)
  HttpResponse create(SpeechCreateParams params, RequestOptions requestOptions);
}
