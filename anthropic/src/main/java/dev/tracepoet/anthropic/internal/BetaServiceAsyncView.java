package dev.tracepoet.anthropic.internal;

import com.anthropic.core.ClientOptions;
import com.anthropic.services.async.BetaServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link BetaServiceAsync} ({@code client.async().beta()}): beta messages (with their
 * batches), models and files are traced; for SDKs without skills (see {@link BetaServiceView} and
 * {@link BetaServiceAsyncWithSkillsView}).
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
