package dev.tracepoet.anthropic.internal;

import static dev.tracepoet.anthropic.internal.AnthropicTags.FOLDED_MODEL;
import static dev.tracepoet.anthropic.internal.AnthropicTags.ID;
import static dev.tracepoet.anthropic.internal.AnthropicTags.INPUT_TOKENS;
import static dev.tracepoet.anthropic.internal.AnthropicTags.MAX_TOKENS;
import static dev.tracepoet.anthropic.internal.AnthropicTags.MODEL;
import static dev.tracepoet.anthropic.internal.AnthropicTags.RESPONSE_MODEL;
import static dev.tracepoet.anthropic.internal.AnthropicTags.STOP_SEQUENCES;

import com.anthropic.core.ClientOptions;
import com.anthropic.core.RequestOptions;
import com.anthropic.core.http.AsyncStreamResponse;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCountTokensParams;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.MessageTokensCount;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.services.async.MessageServiceAsync;
import java.util.concurrent.CompletableFuture;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * The async twin of {@link MessageServiceV3View} (3.x SDK, see {@link ClientViews}): each span
 * ends when its future completes, a stream's when the stream does.
 */
@TracedClient(
    integration = "anthropic",
    genAiProvider = "anthropic",
    wraps = MessageServiceAsync.class,
    adapters = MessageStreamAsyncAdapter.class)
public interface MessageServiceAsyncV3View extends MessageServiceAsync {

  @Override
  MessageServiceAsyncV3View withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  BatchServiceAsyncView batches();

  @Override
  @TracedEndpoint(
      name = "chat",
      genAiOperation = "chat",
      endpoint = "/v1/messages",
      method = "POST",
      requestTags = {MODEL, MAX_TOKENS, STOP_SEQUENCES},
      responseTags = {ID, RESPONSE_MODEL},
      usage = "usage",
      hook = Hooks.MessageHook.class)
  CompletableFuture<Message> create(MessageCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "chat",
      genAiOperation = "chat",
      endpoint = "/v1/messages",
      method = "POST",
      requestTags = {MODEL, MAX_TOKENS, STOP_SEQUENCES},
      // read from the call's fold of message_start / message_delta
      responseTags = {ID, FOLDED_MODEL},
      usage = "usage",
      hook = Hooks.MessageStreamHook.class)
  AsyncStreamResponse<RawMessageStreamEvent> createStreaming(MessageCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.count_tokens",
      endpoint = "/v1/messages/count_tokens",
      method = "POST",
      requestTags = MODEL,
      responseTags = INPUT_TOKENS,
      hook = Hooks.CountTokensHook.class)
  CompletableFuture<MessageTokensCount> countTokens(MessageCountTokensParams params, RequestOptions requestOptions);
}
