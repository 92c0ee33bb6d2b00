package dev.tracepoet.anthropic.internal;

import com.anthropic.client.AnthropicClientAsync;
import com.anthropic.core.ClientOptions;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link AnthropicClientAsync}: messages and models traced; {@code sync()} gives the traced
 * blocking client. {@code beta()}, {@code completions()} and the async batches are forwarded
 * untraced.
 */
@TracedClient(integration = "anthropic", genAiProvider = "anthropic", wraps = AnthropicClientAsync.class)
public interface AnthropicClientAsyncView extends AnthropicClientAsync {

  @Override
  AnthropicClientAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  AnthropicClientView sync();

  @Override
  MessageServiceAsyncView messages();

  @Override
  ModelServiceAsyncView models();
}
