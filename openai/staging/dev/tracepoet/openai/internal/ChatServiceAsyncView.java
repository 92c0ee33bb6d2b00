package dev.tracepoet.openai.internal;

import com.openai.core.ClientOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.services.async.ChatServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import java.util.function.Consumer;

/** View of {@link ChatServiceAsync}: deep-wraps {@code completions()} and {@code withOptions(...)}. */
@TracedClient(
    integration = "openai",
    genAiProvider = "openai",
    wraps = ChatServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {
        "^http.response.status_code=status_code", "code=code", "type=type"}))
public interface ChatServiceAsyncView extends ChatServiceAsync {

  @Override
  ChatCompletionServiceAsyncView completions();

  @Override
  ChatServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);
}
