package dev.tracepoet.anthropic.internal;

import com.anthropic.client.AnthropicClientAsync;
import com.anthropic.core.ClientOptions;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link AnthropicClientAsync}: completions, messages (with batches), models and beta
 * traced; {@code sync()} gives the traced blocking client.
 *
 * <p>The chain for SDKs without {@code beta().skills()}; {@link ClientViews} uses {@link
 * AnthropicClientAsyncWithSkillsView} where the SDK has it.
 */
@TracedClient(integration = "anthropic", genAiProvider = "anthropic", wraps = AnthropicClientAsync.class)
public interface AnthropicClientAsyncView extends AnthropicClientAsync {

  @Override
  AnthropicClientAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  AnthropicClientView sync();

  @Override
  CompletionServiceAsyncView completions();

  @Override
  MessageServiceAsyncView messages();

  @Override
  ModelServiceAsyncView models();

  @Override
  BetaServiceAsyncView beta();
}
