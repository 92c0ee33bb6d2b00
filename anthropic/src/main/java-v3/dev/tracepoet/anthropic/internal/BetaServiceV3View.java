package dev.tracepoet.anthropic.internal;

import com.anthropic.core.ClientOptions;
import com.anthropic.services.blocking.BetaService;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * The beta service of the 3.x SDK (see {@link ClientViews}): messages ({@link
 * BetaMessageServiceV3View}: 3.x adds an abstract {@code toolRunner}), models (the shared view),
 * files and skills in their 3.x forms (renamed response types); the services 3.x adds (agents,
 * sessions, environments, vaults, memory stores, ...) are forwarded untraced.
 */
@TracedClient(integration = "anthropic", genAiProvider = "anthropic", wraps = BetaService.class)
public interface BetaServiceV3View extends BetaService {

  @Override
  BetaServiceV3View withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  BetaMessageServiceV3View messages();

  @Override
  BetaModelServiceView models();

  @Override
  BetaFileServiceV3View files();

  @Override
  SkillServiceV3View skills();
}
