package dev.tracepoet.anthropic.internal;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.ClientOptions;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * {@link AnthropicClientView} whose {@code beta()} also traces {@code skills()} ({@link
 * BetaServiceWithSkillsView}); {@code withOptions(...)} and {@code async()} stay in this chain.
 * {@link ClientViews} uses it only when the SDK on the class path has the skills service.
 */
@TracedClient(integration = "anthropic", genAiProvider = "anthropic", wraps = AnthropicClient.class)
public interface AnthropicClientWithSkillsView extends AnthropicClient {

  @Override
  AnthropicClientWithSkillsView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  AnthropicClientAsyncWithSkillsView async();

  @Override
  CompletionServiceView completions();

  @Override
  MessageServiceView messages();

  @Override
  ModelServiceView models();

  @Override
  BetaServiceWithSkillsView beta();
}
