package dev.tracepoet.openai.internal;

import com.openai.core.ClientOptions;
import com.openai.services.blocking.ChatService;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/** View of {@link ChatService}: deep-wraps {@code completions()} and {@code withOptions(...)}. */
@TracedClient(
    integration = "openai",
    genAiProvider = "openai",
    wraps = ChatService.class)
public interface ChatServiceView extends ChatService {

  @Override
  ChatCompletionServiceView completions();

  @Override
  ChatServiceView withOptions(Consumer<ClientOptions.Builder> modifier);
}
