package dev.tracepoet.openai.internal;

import com.openai.core.ClientOptions;
import com.openai.services.async.ChatServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/** View of {@link ChatServiceAsync}: deep-wraps {@code completions()} and {@code withOptions(...)}. */
@TracedClient(
    integration = "openai",
    genAiProvider = "openai",
    wraps = ChatServiceAsync.class)
public interface ChatServiceAsyncView extends ChatServiceAsync {

  @Override
  ChatCompletionServiceAsyncView completions();

  @Override
  ChatServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);
}
