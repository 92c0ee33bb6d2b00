package dev.tracepoet.it.openai.views;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.services.blocking.chat.ChatCompletionService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/** A view over the real SDK's {@code ChatCompletionService}: the README's example. */
@TracedClient(integration = "openai", wraps = ChatCompletionService.class)
public interface CompletionsView extends ChatCompletionService {
  @Override
  @TracedEndpoint(
      name = "chat",
      requestTags = {"model=params.model", "max_completion_tokens=params.max_completion_tokens"},
      responseTags = {"id", "model"},
      usage = "usage")
  ChatCompletion create(ChatCompletionCreateParams params, RequestOptions requestOptions);

  @Override
  CompletionsView withOptions(Consumer<ClientOptions.Builder> modifier);
}
