package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiPlatformTags.CONSENT_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.DELETED;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.ID;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;
import static dev.tracepoet.openai.internal.OpenAiPlatformTags.RESPONSE_LANGUAGE_TEXT;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.audio.voiceconsents.VoiceConsent;
import com.openai.models.audio.voiceconsents.VoiceConsentCreateParams;
import com.openai.models.audio.voiceconsents.VoiceConsentDeleteParams;
import com.openai.models.audio.voiceconsents.VoiceConsentDeleted;
import com.openai.models.audio.voiceconsents.VoiceConsentListPageAsync;
import com.openai.models.audio.voiceconsents.VoiceConsentListParams;
import com.openai.models.audio.voiceconsents.VoiceConsentRetrieveParams;
import com.openai.models.audio.voiceconsents.VoiceConsentUpdateParams;
import com.openai.services.async.audio.VoiceConsentServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link VoiceConsentServiceAsync}: voice consent recordings; one plain span per call (ids,
 * language and counts, never the recording). It names SDK types that 4.52.0 lacks: only the {@code
 * Latest} client views reach it ({@link ClientViews}).
 */
@TracedClient(
    integration = "openai",
    wraps = VoiceConsentServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface AudioVoiceConsentServiceAsyncView extends VoiceConsentServiceAsync {

  @Override
  AudioVoiceConsentServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "audio.voice_consents.create",
      endpoint = "/audio/voice_consents",
      method = "POST",
      responseTags = {ID, RESPONSE_LANGUAGE_TEXT})
  CompletableFuture<VoiceConsent> create(VoiceConsentCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "audio.voice_consents.retrieve",
      endpoint = "/audio/voice_consents/{consent_id}",
      method = "GET",
      requestTags = CONSENT_ID,
      responseTags = {ID, RESPONSE_LANGUAGE_TEXT})
  CompletableFuture<VoiceConsent> retrieve(VoiceConsentRetrieveParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "audio.voice_consents.update",
      endpoint = "/audio/voice_consents/{consent_id}",
      method = "POST",
      requestTags = CONSENT_ID,
      responseTags = {ID, RESPONSE_LANGUAGE_TEXT})
  CompletableFuture<VoiceConsent> update(VoiceConsentUpdateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "audio.voice_consents.list",
      endpoint = "/audio/voice_consents",
      method = "GET",
      requestTags = LIMIT,
      responseTags = {COUNT, HAS_MORE})
  CompletableFuture<VoiceConsentListPageAsync> list(VoiceConsentListParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "audio.voice_consents.delete",
      endpoint = "/audio/voice_consents/{consent_id}",
      method = "DELETE",
      requestTags = CONSENT_ID,
      responseTags = {ID, DELETED})
  CompletableFuture<VoiceConsentDeleted> delete(VoiceConsentDeleteParams params, RequestOptions requestOptions);
}
