package dev.tracepoet.openai.internal;

import static dev.tracepoet.openai.internal.OpenAiTags.COMPLETION_ID;
import static dev.tracepoet.openai.internal.OpenAiTags.COUNT;
import static dev.tracepoet.openai.internal.OpenAiTags.HAS_MORE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.HTTP_STATUS;
import static dev.tracepoet.openai.internal.OpenAiTags.LIMIT;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_CODE;
import static dev.tracepoet.openai.internal.OpenAiErrorTags.OPENAI_ERROR_TYPE;

import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.chat.completions.messages.MessageListPageAsync;
import com.openai.models.chat.completions.messages.MessageListParams;
import com.openai.services.async.chat.completions.MessageServiceAsync;
import dev.tracepoet.annotations.ErrorTags;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * View of {@link MessageServiceAsync}: the messages of a stored chat completion, one plain span per
 * call (ids and counts, never the messages).
 */
@TracedClient(
    integration = "openai",
    wraps = MessageServiceAsync.class,
    errorTags = @ErrorTags(type = OpenAIServiceException.class, tags = {HTTP_STATUS, OPENAI_ERROR_CODE, OPENAI_ERROR_TYPE}))
public interface ChatCompletionMessageServiceAsyncView extends MessageServiceAsync {

  @Override
  ChatCompletionMessageServiceAsyncView withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  @TracedEndpoint(
      name = "chat.completions.messages.list",
      endpoint = "/chat/completions/{completion_id}/messages",
      method = "GET",
      requestTags = {COMPLETION_ID, LIMIT},
      responseTags = {COUNT, HAS_MORE})
  CompletableFuture<MessageListPageAsync> list(MessageListParams params, RequestOptions requestOptions);
}
