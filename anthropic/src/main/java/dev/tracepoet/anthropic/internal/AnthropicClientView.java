package dev.tracepoet.anthropic.internal;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.ClientOptions;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link AnthropicClient}: messages (with batches), models and beta are deep-wrapped (the
 * same SDK service gives the same traced wrapper: {@code client.messages()} allocates nothing per
 * call), and so are {@code completions()} (the legacy Text Completions API), {@code withOptions(...)}
 * and {@code async()}. {@code withRawResponse()} and {@code close()} are forwarded untraced.
 *
 * <p>The chain for SDKs without {@code beta().skills()}; {@link ClientViews} uses {@link
 * AnthropicClientWithSkillsView} where the SDK has it.
 */
@TracedClient(integration = "anthropic", genAiProvider = "anthropic", wraps = AnthropicClient.class)
public interface AnthropicClientView extends AnthropicClient {

  @Override
  AnthropicClientView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  AnthropicClientAsyncView async();

  @Override
  CompletionServiceView completions();

  @Override
  MessageServiceView messages();

  @Override
  ModelServiceView models();

  @Override
  BetaServiceView beta();
}
