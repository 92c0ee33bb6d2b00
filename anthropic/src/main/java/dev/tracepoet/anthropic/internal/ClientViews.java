package dev.tracepoet.anthropic.internal;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.AnthropicClientAsync;
import dev.tracepoet.runtime.TracingSettings;
import io.opentelemetry.api.OpenTelemetry;

/**
 * Chooses the client view chain for the SDK on the class path, once, when this class initialises
 * (by looking SDK classes up through the SDK's own class loader, without initialising them); the
 * classes of the other chains are then never loaded. A view class names the SDK types of the
 * services it deep-wraps (its covariant bridge methods) and implements the methods its SDK version
 * declares, so a chain only works on the SDK shape it was compiled against:
 *
 * <ul>
 *   <li>{@link Chain#V3}, the 3.x SDK (no legacy {@code CompletionService}; {@code
 *       BetaFileMetadata} present): {@link AnthropicClientV3View} / {@link
 *       AnthropicClientAsyncV3View}, compiled against 3.x ({@code src/main/java-v3}): 3.x removed
 *       {@code completions()}, added services to the client and to {@code beta()}, renamed the
 *       beta files' and skills' response types and dropped the sampling params;
 *   <li>{@link Chain#SKILLS}, 2.x with {@code beta().skills()} (2.10.0 here): {@link
 *       AnthropicClientWithSkillsView} / {@link AnthropicClientAsyncWithSkillsView};
 *   <li>{@link Chain#PLAIN}, 2.x without skills (2.2.0 here): {@link AnthropicClientView} / {@link
 *       AnthropicClientAsyncView} (skills forwarded untraced where they exist);
 *   <li>{@link Chain#NONE}, a shape none of them fits (no completions service, no 3.x beta files
 *       types): the client is returned untraced rather than risk a view that fails to link.
 * </ul>
 */
public final class ClientViews {
  static final String COMPLETION_SERVICE = "com.anthropic.services.blocking.CompletionService";
  static final String V3_BETA_FILE_METADATA = "com.anthropic.models.beta.files.BetaFileMetadata";
  static final String SKILL_SERVICE = "com.anthropic.services.blocking.beta.SkillService";
  static final String SKILL_SERVICE_ASYNC = "com.anthropic.services.async.beta.SkillServiceAsync";

  /** The client view chains, by the SDK shape they fit. */
  public enum Chain {
    /** 2.x without skills. */
    PLAIN,
    /** 2.x with {@code beta().skills()}. */
    SKILLS,
    /** 3.x. */
    V3,
    /** No known shape: untraced. */
    NONE
  }

  /** The chain for the SDK that loaded {@link AnthropicClient}. */
  private static final Chain CHAIN = chainFor(AnthropicClient.class.getClassLoader());

  /**
   * The 3.x chain's entry ({@code V3ClientChain}, compiled after this class, against 3.x), created
   * once by name when the 3.x chain is chosen; null otherwise.
   */
  private static final ClientChain V3 = CHAIN == Chain.V3 ? v3Chain() : null;

  private ClientViews() {}

  /** Wraps a client in one chain's views: how this class reaches a chain compiled after it. */
  public interface ClientChain {
    /** {@code client} traced by this chain. */
    AnthropicClient wrap(AnthropicClient client, OpenTelemetry openTelemetry, TracingSettings settings);

    /** {@code client} traced by this chain. */
    AnthropicClientAsync wrap(AnthropicClientAsync client, OpenTelemetry openTelemetry, TracingSettings settings);
  }

  private static ClientChain v3Chain() {
    try {
      return (ClientChain) Class.forName(ClientViews.class.getPackageName() + ".V3ClientChain")
          .getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("tracepoet-anthropic is incomplete: its 3.x client views are missing", e);
    }
  }

  /** The chain chosen for the SDK on the class path (detected once). */
  public static Chain chain() {
    return CHAIN;
  }

  /** Whether {@code beta().skills()} is traced on the SDK on the class path (detected once). */
  public static boolean skillsTraced() {
    return CHAIN == Chain.SKILLS || CHAIN == Chain.V3;
  }

  /** {@code client} traced by the chain that fits the SDK. */
  public static AnthropicClient wrap(AnthropicClient client, OpenTelemetry openTelemetry, TracingSettings settings) {
    switch (CHAIN) {
      case V3:
        return V3.wrap(client, openTelemetry, settings);
      case SKILLS:
        return TracedAnthropicClientWithSkillsView.wrap(client, openTelemetry, settings);
      case PLAIN:
        return TracedAnthropicClientView.wrap(client, openTelemetry, settings);
      default:
        return client;
    }
  }

  /** {@code client} traced by the chain that fits the SDK. */
  public static AnthropicClientAsync wrap(
      AnthropicClientAsync client, OpenTelemetry openTelemetry, TracingSettings settings) {
    switch (CHAIN) {
      case V3:
        return V3.wrap(client, openTelemetry, settings);
      case SKILLS:
        return TracedAnthropicClientAsyncWithSkillsView.wrap(client, openTelemetry, settings);
      case PLAIN:
        return TracedAnthropicClientAsyncView.wrap(client, openTelemetry, settings);
      default:
        return client;
    }
  }

  /** The chain that fits the SDK {@code loader} finds. */
  static Chain chainFor(ClassLoader loader) {
    if (!present(COMPLETION_SERVICE, loader)) {
      return present(V3_BETA_FILE_METADATA, loader) ? Chain.V3 : Chain.NONE;
    }
    return present(SKILL_SERVICE, loader) && present(SKILL_SERVICE_ASYNC, loader) ? Chain.SKILLS : Chain.PLAIN;
  }

  /** Whether {@code loader} finds class {@code name}, without initialising it. */
  private static boolean present(String name, ClassLoader loader) {
    try {
      Class.forName(name, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
