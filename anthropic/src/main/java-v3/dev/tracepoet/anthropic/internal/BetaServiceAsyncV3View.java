package dev.tracepoet.anthropic.internal;

import com.anthropic.core.ClientOptions;
import com.anthropic.services.async.BetaServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * The async twin of {@link BetaServiceV3View} (3.x SDK only, see {@link ClientViews}).
 */
@TracedClient(integration = "anthropic", genAiProvider = "anthropic", wraps = BetaServiceAsync.class)
public interface BetaServiceAsyncV3View extends BetaServiceAsync {

  @Override
  BetaServiceAsyncV3View withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  BetaMessageServiceAsyncV3View messages();

  @Override
  BetaModelServiceAsyncView models();

  @Override
  BetaFileServiceAsyncV3View files();

  @Override
  SkillServiceAsyncV3View skills();
}
