package dev.tracepoet.openai.snapshots;

import static dev.tracepoet.openai.snapshots.Operation.of;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The operations of the services that appeared after SDK 4.52.0 (decisions, safety, live sessions,
 * custom voices and voice consents, webhook endpoints, Realtime call creation and translation
 * secrets). Their parameters are built by {@link LatestParams}, a class this one names only inside
 * the suppliers, so that listing the operations (for the README table) never loads an SDK type an
 * older SDK lacks; on such an SDK they are not called ({@link #AVAILABLE}).
 */
final class LatestOperations {
  private LatestOperations() {}

  /** Whether the SDK on the class path has these services (detected here, not by the code under test). */
  static final boolean AVAILABLE = present("com.openai.services.blocking.DecisionService");

  static final List<Operation> ALL =
      List.of(
          of("decisions.create", "decisions", "create", () -> LatestParams.decisionsCreate()),
          of("safety.cases.retrieve", "safety.cases", "retrieve", () -> LatestParams.safetyCasesRetrieve()),
          of("safety.alerts.retrieve", "safety.alerts", "retrieve", () -> LatestParams.safetyAlertsRetrieve()),
          of("live.sessions.create", "live", "create", () -> LatestParams.liveCreate()),
          of("live.sessions.accept", "live.sessions", "accept", () -> LatestParams.liveSessionsAccept()),
          of("live.sessions.download_recording", "live.sessions", "downloadRecording", () -> LatestParams.liveSessionsDownloadRecording()),
          of("live.sessions.fork", "live.sessions", "fork", () -> LatestParams.liveSessionsFork()),
          of("live.sessions.hangup", "live.sessions", "hangup", () -> LatestParams.liveSessionsHangup()),
          of("live.sessions.refer", "live.sessions", "refer", () -> LatestParams.liveSessionsRefer()),
          of("live.sessions.reject", "live.sessions", "reject", () -> LatestParams.liveSessionsReject()),
          of("audio.voices.create", "audio.voices", "create", () -> LatestParams.voicesCreate()),
          of("audio.voices.delete", "audio.voices", "delete", () -> LatestParams.voicesDelete()),
          of("audio.voice_consents.create", "audio.voiceConsents", "create", () -> LatestParams.voiceConsentsCreate()),
          of("audio.voice_consents.retrieve", "audio.voiceConsents", "retrieve", () -> LatestParams.voiceConsentsRetrieve()),
          of("audio.voice_consents.update", "audio.voiceConsents", "update", () -> LatestParams.voiceConsentsUpdate()),
          of("audio.voice_consents.list", "audio.voiceConsents", "list", () -> LatestParams.voiceConsentsList()),
          of("audio.voice_consents.delete", "audio.voiceConsents", "delete", () -> LatestParams.voiceConsentsDelete()),
          of("webhooks.create", "webhooks", "create", () -> LatestParams.webhooksCreate()),
          of("webhooks.retrieve", "webhooks", "retrieve", () -> LatestParams.webhooksRetrieve()),
          of("webhooks.update", "webhooks", "update", () -> LatestParams.webhooksUpdate()),
          of("webhooks.list", "webhooks", "list", () -> LatestParams.webhooksList()),
          of("webhooks.delete", "webhooks", "delete", () -> LatestParams.webhooksDelete()),
          of("webhooks.rotate_secret", "webhooks", "rotateSecret", () -> LatestParams.webhooksRotateSecret()),
          of("webhooks.test", "webhooks", "test", () -> LatestParams.webhooksTest()),
          of("webhooks.event_types.list", "webhooks.eventTypes", "list", () -> LatestParams.webhookEventTypesList()),
          of("realtime.calls.create", "realtime.calls", "create", () -> LatestParams.realtimeCallsCreate()),
          of("realtime.translations.client_secrets.create", "realtime.translations.clientSecrets", "create",
              () -> LatestParams.realtimeTranslationClientSecretsCreate()));

  /** The names of {@link #ALL}. */
  static final Set<String> NAMES = ALL.stream().map(Operation::name).collect(Collectors.toUnmodifiableSet());

  /** Whether {@code operation} can be called on the SDK on the class path. */
  static boolean callable(Operation operation) {
    return AVAILABLE || !NAMES.contains(operation.name());
  }

  private static boolean present(String type) {
    try {
      Class.forName(type, false, LatestOperations.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
