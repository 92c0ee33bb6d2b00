package dev.tracepoet.anthropic.internal;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.ClientOptions;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * The client view for the 3.x SDK, compiled against it (see {@link ClientViews}): 3.x has no
 * legacy {@code completions()} and adds services 2.x lacks ({@code files()}, {@code skills()},
 * {@code organization()}, {@code userProfiles()}, forwarded untraced), so the 2.x client views
 * cannot serve it (they would miss its new methods and name the removed completions service).
 * Messages and models are the shared views; {@code beta()} is {@link BetaServiceV3View}.
 */
@TracedClient(integration = "anthropic", genAiProvider = "anthropic", wraps = AnthropicClient.class)
public interface AnthropicClientV3View extends AnthropicClient {

  @Override
  AnthropicClientV3View withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  AnthropicClientAsyncV3View async();

  @Override
  MessageServiceV3View messages();

  @Override
  ModelServiceView models();

  @Override
  BetaServiceV3View beta();
}
