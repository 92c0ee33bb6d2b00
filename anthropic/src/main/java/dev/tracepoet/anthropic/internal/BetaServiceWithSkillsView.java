package dev.tracepoet.anthropic.internal;

import com.anthropic.core.ClientOptions;
import com.anthropic.services.blocking.BetaService;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * {@link BetaServiceView} plus {@code skills()} ({@link SkillServiceView}), for SDKs that have the
 * skills service: the client views of {@link AnthropicClientWithSkillsView} reach it, and {@link
 * ClientViews} chooses those only when {@code SkillService} is on the class path. This interface's
 * class names {@code SkillService} (the covariant {@code skills()} bridge), so it must never be
 * loaded on an SDK without it (2.2.0): it would fail to link there.
 */
@TracedClient(integration = "anthropic", genAiProvider = "anthropic", wraps = BetaService.class)
public interface BetaServiceWithSkillsView extends BetaService {

  @Override
  BetaServiceWithSkillsView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  BetaMessageServiceView messages();

  @Override
  BetaModelServiceView models();

  @Override
  BetaFileServiceView files();

  @Override
  SkillServiceView skills();
}
