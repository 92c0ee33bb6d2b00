package dev.tracepoet.anthropic.internal;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.AnthropicClientAsync;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.OpenTelemetry;

/**
 * Chooses the client view chain for the SDK on the class path. {@code beta().skills()} exists only
 * in newer SDKs (2.10.0 here, not 2.2.0), and a view that deep-wraps it names {@code SkillService}:
 * on an SDK without it that class fails to link ({@code NoClassDefFoundError}), which would break
 * all of {@code beta()}. So there are two chains, identical but for {@code beta()}: {@link
 * AnthropicClientView} / {@link AnthropicClientAsyncView} (beta without skills, skills forwarded
 * untraced where they exist) and {@link AnthropicClientWithSkillsView} / {@link
 * AnthropicClientAsyncWithSkillsView} (beta with {@link SkillServiceView}). Whether the SDK has
 * skills is detected once, when this class initialises, by looking up the blocking and async
 * skills services through the SDK's own class loader; the skills chain's classes are then loaded
 * only if it has them.
 */
public final class ClientViews {
  static final String SKILL_SERVICE = "com.anthropic.services.blocking.beta.SkillService";
  static final String SKILL_SERVICE_ASYNC = "com.anthropic.services.async.beta.SkillServiceAsync";

  /** Whether the SDK that loaded {@link AnthropicClient} has the skills services. */
  private static final boolean SKILLS = hasSkills(AnthropicClient.class.getClassLoader());

  private ClientViews() {}

  /** Whether the SDK on the class path has {@code beta().skills()} (detected once). */
  public static boolean skillsTraced() {
    return SKILLS;
  }

  /** {@code client} traced by the chain that fits the SDK. */
  public static AnthropicClient wrap(AnthropicClient client, OpenTelemetry openTelemetry, TracingSettings settings) {
    return SKILLS
        ? TracedAnthropicClientWithSkillsView.wrap(client, openTelemetry, settings)
        : TracedAnthropicClientView.wrap(client, openTelemetry, settings);
  }

  /** {@code client} traced by the chain that fits the SDK. */
  public static AnthropicClientAsync wrap(
      AnthropicClientAsync client, OpenTelemetry openTelemetry, TracingSettings settings) {
    return SKILLS
        ? TracedAnthropicClientAsyncWithSkillsView.wrap(client, openTelemetry, settings)
        : TracedAnthropicClientAsyncView.wrap(client, openTelemetry, settings);
  }

  /** Whether {@code loader} (the SDK's) finds both skills services, without initialising them. */
  static boolean hasSkills(ClassLoader loader) {
    try {
      Class.forName(SKILL_SERVICE, false, loader);
      Class.forName(SKILL_SERVICE_ASYNC, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
