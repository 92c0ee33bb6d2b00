package dev.tracepoet.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logs, once per wrapped client, at INFO through {@link System.Logger} {@code dev.tracepoet}, the
 * effective settings: conventions and their version, content capture and where it goes, limits,
 * nested-span suppression, key copies, metrics. Internal (package-private).
 *
 * <p>"Once per wrapped client": the views a wrapped client hands out ({@code client.chat()},
 * {@code chat.completions()}, ...) are wrapped with the same {@code OpenTelemetry} and the same
 * {@code TracingSettings} instance, so a report whose integration, settings, OpenTelemetry and text
 * were logged already is not logged again.
 */
final class SettingsReport {
  /** The GenAI semantic-conventions version tracepoet follows. */
  static final String CONVENTIONS_VERSION = "1.41.0";

  private static final System.Logger LOGGER = System.getLogger("dev.tracepoet");

  /** Bounded: past this many distinct reports, the set starts over (a repeated line, not a leak). */
  private static final int REMEMBERED = 1024;

  private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

  private SettingsReport() {}

  static void log(Object openTelemetry, String integration, String genAiProvider, TracingSettings settings,
      boolean traced, boolean measured) {
    if (!LOGGER.isLoggable(System.Logger.Level.INFO)) {
      return;
    }
    String report = describe(integration, genAiProvider, settings, traced, measured);
    String key = System.identityHashCode(openTelemetry) + "/" + System.identityHashCode(settings) + "/" + report;
    if (LOGGED.size() >= REMEMBERED) {
      LOGGED.clear();
    }
    if (LOGGED.add(key)) {
      LOGGER.log(System.Logger.Level.INFO, report);
    }
  }

  static String describe(String integration, String genAiProvider, TracingSettings settings, boolean traced,
      boolean measured) {
    StringBuilder out = new StringBuilder("tracepoet: tracing ").append(integration);
    if (genAiProvider != null) {
      GenAiSettings genAi = settings.genAi();
      out.append(" with the OpenTelemetry GenAI semantic conventions v").append(CONVENTIONS_VERSION)
          .append(" (gen_ai.provider.name=").append(genAiProvider).append(')')
          .append("; nested GenAI spans ").append(genAi.suppressNested() ? "suppressed" : "kept")
          .append("; ").append(integration).append(".* copies of GenAI keys ")
          .append(genAi.integrationCopies() ? "kept" : "dropped");
    }
    out.append("; content capture ");
    if (settings.captureContent()) {
      out.append("ON (span attributes ").append(integration).append(".request.prompt / .response.completion");
      if (genAiProvider != null) {
        out.append(", gen_ai.input.messages / gen_ai.output.messages / gen_ai.system_instructions / "
            + "gen_ai.tool.definitions, ").append(settings.genAi().contentPartLimit())
            .append(" characters per part, redaction ")
            .append(settings.genAi().redactor() == null ? "none" : "set");
        GenAiSettings.ContentDestination destination = settings.genAi().contentDestination();
        if (destination.toEvent()) {
          out.append(destination.onSpan() ? ", GenAI content also in" : ", GenAI content only in")
              .append(" the event ").append(TracepoetAttributes.GEN_AI_CONTENT_EVENT);
        }
      }
      out.append("; sample rate ").append(settings.contentSampleRate()).append(')');
    } else {
      out.append("off");
    }
    out.append("; character limit ").append(settings.characterLimit())
        .append("; metrics ").append(measured ? "on" : "off")
        .append("; spans ").append(traced ? "on" : "off (no OpenTelemetry SDK)");
    if (settings.serverAddress() != null) {
      out.append("; server ").append(settings.serverAddress());
      if (settings.serverPort() > 0) {
        out.append(':').append(settings.serverPort());
      }
    }
    return out.toString();
  }
}
