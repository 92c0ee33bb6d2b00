package dev.tracepoet.openai.internal;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientAsync;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.OpenTelemetry;

/**
 * Chooses, once per class loader, the client views that match the SDK the application brought.
 * The baseline views ({@link OpenAIClientView}, {@link OpenAIClientAsyncView}) name only SDK types
 * that exist in 4.52.0, the oldest supported. The {@code Latest} views add the services (and
 * operations of older services) that appeared since: they are used when every one of those SDK
 * types is present ({@link #latest()}; true on 4.105.0). The choice goes through the nested
 * {@code Latest} holder, so on an older SDK no class that names a missing SDK type is ever loaded.
 */
public final class ClientViews {

  /** One type per group of SDK additions the {@code Latest} views depend on. */
  private static final String[] LATEST_TYPES = {
    "com.openai.services.blocking.DecisionService",
    "com.openai.services.async.DecisionServiceAsync",
    "com.openai.services.blocking.SafetyService",
    "com.openai.services.blocking.safety.CaseService",
    "com.openai.services.blocking.safety.AlertService",
    "com.openai.services.async.SafetyServiceAsync",
    "com.openai.services.blocking.LiveService",
    "com.openai.services.blocking.live.SessionService",
    "com.openai.services.async.LiveServiceAsync",
    "com.openai.services.blocking.audio.VoiceService",
    "com.openai.services.blocking.audio.VoiceConsentService",
    "com.openai.services.async.audio.VoiceServiceAsync",
    "com.openai.services.blocking.webhooks.EventTypeService",
    "com.openai.services.async.webhooks.EventTypeServiceAsync",
    "com.openai.models.webhooks.WebhookCreateParams",
    "com.openai.services.blocking.realtime.TranslationService",
    "com.openai.services.blocking.realtime.translations.ClientSecretService",
    "com.openai.services.async.realtime.TranslationServiceAsync",
    "com.openai.models.realtime.calls.CallCreateParams",
  };

  private static final boolean LATEST = detect();

  private ClientViews() {}

  /** Whether the SDK has every type the {@code Latest} views name. */
  public static boolean latest() {
    return LATEST;
  }

  /** {@code client} traced by the views that match the SDK. */
  public static OpenAIClient wrap(OpenAIClient client, OpenTelemetry openTelemetry, TracingSettings settings) {
    return LATEST
        ? Latest.wrap(client, openTelemetry, settings)
        : TracedOpenAIClientView.wrap(client, openTelemetry, settings);
  }

  /** {@code client} traced by the views that match the SDK. */
  public static OpenAIClientAsync wrap(OpenAIClientAsync client, OpenTelemetry openTelemetry, TracingSettings settings) {
    return LATEST
        ? Latest.wrapAsync(client, openTelemetry, settings)
        : TracedOpenAIClientAsyncView.wrap(client, openTelemetry, settings);
  }

  private static boolean detect() {
    ClassLoader loader = OpenAIClient.class.getClassLoader();
    for (String type : LATEST_TYPES) {
      try {
        Class.forName(type, false, loader);
      } catch (ClassNotFoundException | LinkageError missing) {
        return false;
      }
    }
    return true;
  }

  /** Loaded only when {@link #latest()}: the only code that names the {@code Latest} views. */
  private static final class Latest {
    private Latest() {}

    static OpenAIClient wrap(OpenAIClient client, OpenTelemetry openTelemetry, TracingSettings settings) {
      return TracedOpenAIClientLatestView.wrap(client, openTelemetry, settings);
    }

    static OpenAIClientAsync wrapAsync(OpenAIClientAsync client, OpenTelemetry openTelemetry, TracingSettings settings) {
      return TracedOpenAIClientAsyncLatestView.wrap(client, openTelemetry, settings);
    }
  }
}
