package dev.tracepoet.anthropic.internal;

import com.anthropic.core.ClientOptions;
import com.anthropic.services.async.BetaServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * {@link BetaServiceAsyncView} plus {@code skills()} ({@link SkillServiceAsyncView}), for SDKs that
 * have the skills service (see {@link BetaServiceWithSkillsView}; never loaded without it).
 */
@TracedClient(integration = "anthropic", genAiProvider = "anthropic", wraps = BetaServiceAsync.class)
public interface BetaServiceAsyncWithSkillsView extends BetaServiceAsync {

  @Override
  BetaServiceAsyncWithSkillsView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  BetaMessageServiceAsyncView messages();

  @Override
  BetaModelServiceAsyncView models();

  @Override
  BetaFileServiceAsyncView files();

  @Override
  SkillServiceAsyncView skills();
}
