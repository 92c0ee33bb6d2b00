package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.DELETED;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.VOICE_ID;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.VOICE_TYPE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.audio.voices.Voice;
import com.openai.models.audio.voices.VoiceCreateParams;
import com.openai.models.audio.voices.VoiceDeleteParams;
import com.openai.models.audio.voices.VoiceDeleted;
import com.openai.services.blocking.audio.VoiceService;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * View of {@link VoiceService}: custom voices; one plain span per call (ids and the voice type,
 * never the audio sample). It names SDK types that 4.52.0 lacks: only the {@code Latest} client
 * views reach it ({@link ClientViews}).
 */
@TracedClient(
    integration = "openai",
    wraps = VoiceService.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface AudioVoiceServiceView extends VoiceService {

  @Override
  AudioVoiceServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "audio.voices.create",
      endpoint = "/audio/voices",
      method = "POST",
      responseTags = {ID, VOICE_TYPE})
  Voice create(VoiceCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "audio.voices.delete",
      endpoint = "/audio/voices/{voice_id}",
      method = "DELETE",
      requestTags = VOICE_ID,
      responseTags = {ID, DELETED})
  VoiceDeleted delete(VoiceDeleteParams params, RequestOptions requestOptions);
}
