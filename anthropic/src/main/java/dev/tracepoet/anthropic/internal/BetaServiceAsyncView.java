package dev.tracepoet.anthropic.internal;

import com.anthropic.core.ClientOptions;
import com.anthropic.services.async.BetaServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link BetaServiceAsync} ({@code client.async().beta()}): beta messages, models and files
 * are traced; {@code skills()} and the beta message batches are forwarded untraced.
 */
@TracedClient(integration = "anthropic", genAiProvider = "anthropic", wraps = BetaServiceAsync.class)
public interface BetaServiceAsyncView extends BetaServiceAsync {

  @Override
  BetaServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  BetaMessageServiceAsyncView messages();

  @Override
  BetaModelServiceAsyncView models();

  @Override
  BetaFileServiceAsyncView files();
}
