package dev.tracepoet.anthropic.internal;

import com.anthropic.core.ClientOptions;
import com.anthropic.services.blocking.BetaService;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link BetaService} ({@code client.beta()}): beta messages, models and files are traced;
 * {@code skills()} and the beta message batches are forwarded untraced.
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
