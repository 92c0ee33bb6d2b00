package dev.tracepoet.it.openai.views;

import com.openai.core.ClientOptions;
import com.openai.services.blocking.ChatService;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/** A view over the real SDK's {@code ChatService}, deep-wrapping {@code completions()}. */
@TracedClient(integration = "openai", wraps = ChatService.class)
public interface ChatView extends ChatService {
  @Override
  CompletionsView completions();

  @Override
  ChatView withOptions(Consumer<ClientOptions.Builder> modifier);
}
