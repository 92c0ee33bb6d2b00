package dev.tracepoet.openai.internal;

import com.openai.core.ClientOptions;
import com.openai.services.async.FineTuningServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/**
 * View of {@link FineTuningServiceAsync}: deep-wraps {@code jobs()}; {@code methods()}, {@code
 * checkpoints()} (permissions) and {@code alpha()} (graders) are forwarded untraced.
 */
@TracedClient(
    integration = "openai",
    wraps = FineTuningServiceAsync.class)
public interface FineTuningServiceAsyncView extends FineTuningServiceAsync {

  @Override
  FineTuningServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  FineTuningJobServiceAsyncView jobs();
}
