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
import com.anthropic.models.beta.messages.BetaMessage;
import com.anthropic.models.beta.messages.BetaMessageTokensCount;
import com.anthropic.models.beta.messages.BetaRawMessageStreamEvent;
import com.anthropic.models.beta.messages.MessageCountTokensParams;
import com.anthropic.models.beta.messages.MessageCreateParams;
import com.anthropic.services.async.beta.MessageServiceAsync;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link BetaMessageServiceV3View} (3.x SDK, see {@link ClientViews}): each span
 * ends when its future completes, a stream's when the stream does.
 */
@TracedClient(integration = "anthropic", genAiProvider = "anthropic", wraps = MessageServiceAsync.class,
    adapters = BetaMessageStreamAsyncAdapter.class)
public interface BetaMessageServiceAsyncV3View extends MessageServiceAsync {

  @Override
  BetaMessageServiceAsyncV3View withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  BetaBatchServiceAsyncView batches();

  @Override
  @TracedEndpoint(
      name = "chat",
      genAiOperation = "chat",
      endpoint = "/v1/messages?beta=true",
      method = "POST",
      requestTags = {MODEL, MAX_TOKENS, STOP_SEQUENCES},
      responseTags = {ID, RESPONSE_MODEL},
      usage = "usage",
      hook = Hooks.BetaMessageHook.class)
  CompletableFuture<BetaMessage> create(MessageCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "chat",
      genAiOperation = "chat",
      endpoint = "/v1/messages?beta=true",
      method = "POST",
      requestTags = {MODEL, MAX_TOKENS, STOP_SEQUENCES},
      // read from the call's fold of message_start / message_delta
      responseTags = {ID, FOLDED_MODEL},
      usage = "usage",
      hook = Hooks.BetaMessageStreamHook.class)
  AsyncStreamResponse<BetaRawMessageStreamEvent> createStreaming(MessageCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.count_tokens",
      endpoint = "/v1/messages/count_tokens?beta=true",
      method = "POST",
      requestTags = MODEL,
      responseTags = INPUT_TOKENS,
      hook = Hooks.BetaCountTokensHook.class)
  CompletableFuture<BetaMessageTokensCount> countTokens(MessageCountTokensParams params, RequestOptions requestOptions);
}
