package dev.tracepoet.openai.snapshots;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.openai.core.ObjectMappers;
import com.openai.models.audio.voiceconsents.VoiceConsentCreateParams;
import com.openai.models.audio.voiceconsents.VoiceConsentDeleteParams;
import com.openai.models.audio.voiceconsents.VoiceConsentListParams;
import com.openai.models.audio.voiceconsents.VoiceConsentRetrieveParams;
import com.openai.models.audio.voiceconsents.VoiceConsentUpdateParams;
import com.openai.models.audio.voices.VoiceCreateParams;
import com.openai.models.audio.voices.VoiceDeleteParams;
import com.openai.models.decisions.DecisionCreateParams;
import com.openai.models.live.LiveCreateParams;
import com.openai.models.live.sessions.SessionAcceptParams;
import com.openai.models.live.sessions.SessionDownloadRecordingParams;
import com.openai.models.live.sessions.SessionForkParams;
import com.openai.models.live.sessions.SessionHangupParams;
import com.openai.models.live.sessions.SessionReferParams;
import com.openai.models.live.sessions.SessionRejectParams;
import com.openai.models.realtime.RealtimeTranslationClientSecretCreateRequest;
import com.openai.models.realtime.calls.CallCreateParams;
import com.openai.models.realtime.translations.clientsecrets.ClientSecretCreateParams;
import com.openai.models.safety.alerts.AlertRetrieveParams;
import com.openai.models.safety.cases.CaseRetrieveParams;
import com.openai.models.webhooks.WebhookCreateParams;
import com.openai.models.webhooks.WebhookDeleteParams;
import com.openai.models.webhooks.WebhookListParams;
import com.openai.models.webhooks.WebhookRetrieveParams;
import com.openai.models.webhooks.WebhookRotateSecretParams;
import com.openai.models.webhooks.WebhookTestParams;
import com.openai.models.webhooks.WebhookUpdateParams;
import com.openai.models.webhooks.eventtypes.EventTypeListParams;
import java.nio.charset.StandardCharsets;

/**
 * Recorded-style parameters of {@link LatestOperations} (SDK types from after 4.52.0: this class is
 * loaded only when one of them is called). Each request names its fixture ({@code x-fixture}).
 */
final class LatestParams {
  private static final String FIXTURE = "x-fixture";
  private static final String SESSION = "live_sess_6b2c3d4e5f6a";
  private static final String CONSENT = "cons_6d4e5f6a7b8c";
  private static final String ENDPOINT = "whep_6e5f6a7b8c9d";

  private LatestParams() {}

  private static <B> B body(Class<B> type, String json) {
    try {
      return ObjectMappers.jsonMapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static Object decisionsCreate() {
    return DecisionCreateParams.builder()
        .body(body(DecisionCreateParams.Body.class,
            "{\"model\":\"gpt-5.1-mini\",\"questions\":[{\"type\":\"predicate\",\"instructions\":\"Is this a refund request?\"}]}"))
        .putAdditionalHeader(FIXTURE, "decisions/decision.json").build();
  }

  static Object safetyCasesRetrieve() {
    return CaseRetrieveParams.builder().id("case_6a1b2c3d4e5f").putAdditionalHeader(FIXTURE, "safety/case.json").build();
  }

  static Object safetyAlertsRetrieve() {
    return AlertRetrieveParams.builder().id("alert_6a1b2c3d4e5f").putAdditionalHeader(FIXTURE, "safety/alert.json").build();
  }

  static Object liveCreate() {
    return LiveCreateParams.builder()
        .body(body(LiveCreateParams.Body.class,
            "{\"session\":{\"type\":\"realtime\",\"model\":\"gpt-realtime\"},\"transport\":{\"type\":\"webrtc\",\"sdp\":\"v=0\"}}"))
        .putAdditionalHeader(FIXTURE, "live/session.json").build();
  }

  static Object liveSessionsAccept() {
    return SessionAcceptParams.builder().sessionId(SESSION)
        .body(body(SessionAcceptParams.Body.class, "{\"session\":{\"type\":\"realtime\"}}"))
        .putAdditionalHeader(FIXTURE, "containers/empty.json").build();
  }

  static Object liveSessionsDownloadRecording() {
    return SessionDownloadRecordingParams.builder().sessionId(SESSION).putAdditionalHeader(FIXTURE, "live/recording.ogg").build();
  }

  static Object liveSessionsFork() {
    return SessionForkParams.builder().sessionId(SESSION)
        .body(body(SessionForkParams.Body.class, "{\"transport\":{\"type\":\"webrtc\",\"sdp\":\"v=0\"}}"))
        .putAdditionalHeader(FIXTURE, "live/fork.json").build();
  }

  static Object liveSessionsHangup() {
    return SessionHangupParams.builder().sessionId(SESSION).putAdditionalHeader(FIXTURE, "containers/empty.json").build();
  }

  static Object liveSessionsRefer() {
    return SessionReferParams.builder().sessionId(SESSION).targetUri("tel:+14155550123")
        .putAdditionalHeader(FIXTURE, "containers/empty.json").build();
  }

  static Object liveSessionsReject() {
    return SessionRejectParams.builder().sessionId(SESSION).statusCode(486L).putAdditionalHeader(FIXTURE, "containers/empty.json").build();
  }

  static Object voicesCreate() {
    return VoiceCreateParams.builder()
        .body(VoiceCreateParams.Body.Prompt.builder().name("narrator").prompt("a calm, warm voice").build())
        .putAdditionalHeader(FIXTURE, "audio/voice.json").build();
  }

  static Object voicesDelete() {
    return VoiceDeleteParams.builder().voiceId("voice_6c3d4e5f6a7b").putAdditionalHeader(FIXTURE, "audio/voice-deleted.json").build();
  }

  static Object voiceConsentsCreate() {
    return VoiceConsentCreateParams.builder().name("Ada").language("en-US")
        .recording("RIFF-fixture-wav".getBytes(StandardCharsets.US_ASCII))
        .putAdditionalHeader(FIXTURE, "audio/voice-consent.json").build();
  }

  static Object voiceConsentsRetrieve() {
    return VoiceConsentRetrieveParams.builder().consentId(CONSENT).putAdditionalHeader(FIXTURE, "audio/voice-consent.json").build();
  }

  static Object voiceConsentsUpdate() {
    return VoiceConsentUpdateParams.builder().consentId(CONSENT).name("Ada L.")
        .putAdditionalHeader(FIXTURE, "audio/voice-consent.json").build();
  }

  static Object voiceConsentsList() {
    return VoiceConsentListParams.builder().limit(20L).putAdditionalHeader(FIXTURE, "audio/voice-consents.json").build();
  }

  static Object voiceConsentsDelete() {
    return VoiceConsentDeleteParams.builder().consentId(CONSENT).putAdditionalHeader(FIXTURE, "audio/voice-consent-deleted.json").build();
  }

  static Object webhooksCreate() {
    return WebhookCreateParams.builder()
        .body(body(WebhookCreateParams.Body.class,
            "{\"name\":\"ops\",\"url\":\"https://hooks.example.com/openai\",\"event_types\":[\"response.completed\",\"batch.completed\"]}"))
        .putAdditionalHeader(FIXTURE, "webhooks/endpoint-with-secret.json").build();
  }

  static Object webhooksRetrieve() {
    return WebhookRetrieveParams.builder().webhookEndpointId(ENDPOINT).putAdditionalHeader(FIXTURE, "webhooks/endpoint.json").build();
  }

  static Object webhooksUpdate() {
    return WebhookUpdateParams.builder().webhookEndpointId(ENDPOINT).name("ops-v2")
        .putAdditionalHeader(FIXTURE, "webhooks/endpoint.json").build();
  }

  static Object webhooksList() {
    return WebhookListParams.builder().limit(20L).putAdditionalHeader(FIXTURE, "webhooks/endpoints.json").build();
  }

  static Object webhooksDelete() {
    return WebhookDeleteParams.builder().webhookEndpointId(ENDPOINT).putAdditionalHeader(FIXTURE, "webhooks/deleted.json").build();
  }

  static Object webhooksRotateSecret() {
    return WebhookRotateSecretParams.builder().webhookEndpointId(ENDPOINT)
        .putAdditionalHeader(FIXTURE, "webhooks/endpoint-with-secret.json").build();
  }

  static Object webhooksTest() {
    return WebhookTestParams.builder().webhookEndpointId(ENDPOINT)
        .body(body(WebhookTestParams.Body.class, "{\"event_type\":\"response.completed\"}"))
        .putAdditionalHeader(FIXTURE, "webhooks/test.json").build();
  }

  static Object webhookEventTypesList() {
    return EventTypeListParams.builder().putAdditionalHeader(FIXTURE, "webhooks/event-types.json").build();
  }

  static Object realtimeCallsCreate() {
    return CallCreateParams.builder().sdp("v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=offer\r\n")
        .putAdditionalHeader(FIXTURE, "realtime/call-answer.sdp").build();
  }

  static Object realtimeTranslationClientSecretsCreate() {
    return ClientSecretCreateParams.builder()
        .realtimeTranslationClientSecretCreateRequest(body(RealtimeTranslationClientSecretCreateRequest.class,
            "{\"session\":{\"type\":\"translation\"}}"))
        .putAdditionalHeader(FIXTURE, "realtime/translation-client-secret.json").build();
  }
}
