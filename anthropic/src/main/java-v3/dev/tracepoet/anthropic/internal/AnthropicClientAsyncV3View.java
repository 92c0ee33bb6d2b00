package dev.tracepoet.anthropic.internal;

import com.anthropic.client.AnthropicClientAsync;
import com.anthropic.core.ClientOptions;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/** The async twin of {@link AnthropicClientV3View} (3.x SDK only, see {@link ClientViews}). */
@TracedClient(integration = "anthropic", genAiProvider = "anthropic", wraps = AnthropicClientAsync.class)
public interface AnthropicClientAsyncV3View extends AnthropicClientAsync {

  @Override
  AnthropicClientAsyncV3View withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  AnthropicClientV3View sync();

  @Override
  MessageServiceAsyncV3View messages();

  @Override
  ModelServiceAsyncView models();

  @Override
  BetaServiceAsyncV3View beta();
}
