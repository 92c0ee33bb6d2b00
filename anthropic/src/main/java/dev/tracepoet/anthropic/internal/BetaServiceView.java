package dev.tracepoet.anthropic.internal;

import com.anthropic.core.ClientOptions;
import com.anthropic.services.blocking.BetaService;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link BetaService} ({@code client.beta()}): beta messages (with their batches), models and
 * files are traced. This view is for SDKs without skills (2.2.0): it does not deep-wrap
 * {@code skills()}, so it links without {@code SkillService}; where the SDK has skills, {@link
 * ClientViews} uses {@link BetaServiceWithSkillsView} instead.
 */
@TracedClient(integration = "anthropic", genAiProvider = "anthropic", wraps = BetaService.class)
public interface BetaServiceView extends BetaService {

  @Override
  BetaServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  BetaMessageServiceView messages();

  @Override
  BetaModelServiceView models();

  @Override
  BetaFileServiceView files();
}
