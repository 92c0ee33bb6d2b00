package dev.tracepoet.openai.internal;

import com.openai.core.ClientOptions;
import com.openai.services.blocking.FineTuningService;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link FineTuningService}: deep-wraps {@code jobs()}; {@code methods()}, {@code
 * checkpoints()} (permissions) and {@code alpha()} (graders) are forwarded untraced.
 */
@TracedClient(
    integration = "openai",
    wraps = FineTuningService.class)
public interface FineTuningServiceView extends FineTuningService {

  @Override
  FineTuningServiceView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  FineTuningJobServiceView jobs();
}
