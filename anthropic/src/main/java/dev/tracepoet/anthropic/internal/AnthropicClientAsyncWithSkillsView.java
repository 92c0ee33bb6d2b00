package dev.tracepoet.anthropic.internal;

import com.anthropic.client.AnthropicClientAsync;
import com.anthropic.core.ClientOptions;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * {@link AnthropicClientAsyncView} whose {@code beta()} also traces {@code skills()} ({@link
 * BetaServiceAsyncWithSkillsView}); {@code withOptions(...)} and {@code sync()} stay in this chain.
 * {@link ClientViews} uses it only when the SDK on the class path has the skills service.
 */
@TracedClient(integration = "anthropic", genAiProvider = "anthropic", wraps = AnthropicClientAsync.class)
public interface AnthropicClientAsyncWithSkillsView extends AnthropicClientAsync {

  @Override
  AnthropicClientAsyncWithSkillsView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  AnthropicClientWithSkillsView sync();

  @Override
  CompletionServiceAsyncView completions();

  @Override
  MessageServiceAsyncView messages();

  @Override
  ModelServiceAsyncView models();

  @Override
  BetaServiceAsyncWithSkillsView beta();
}
