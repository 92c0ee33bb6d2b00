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
import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCountTokensParams;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.MessageTokensCount;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.services.blocking.MessageService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * The {@link MessageService} of the 3.x SDK ({@code client.messages()}, see {@link ClientViews}):
 * the spans of the 2.x {@link MessageServiceView} ({@code create} and {@code createStreaming} as
 * GenAI {@code chat} with content capture, {@code countTokens} plain, {@code batches()} the shared
 * view) without the sampling attributes (3.x has no {@code temperature} / {@code top_p} / {@code
 * top_k}); the structured-output overloads are default methods over the traced {@code create}.
 */
@TracedClient(
    integration = "anthropic",
    genAiProvider = "anthropic",
    wraps = MessageService.class,
    adapters = MessageStreamAdapter.class)
public interface MessageServiceV3View extends MessageService {

  @Override
  MessageServiceV3View withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  BatchServiceView batches();

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
  Message create(MessageCreateParams params, RequestOptions requestOptions);

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
  StreamResponse<RawMessageStreamEvent> createStreaming(MessageCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.count_tokens",
      endpoint = "/v1/messages/count_tokens",
      method = "POST",
      requestTags = MODEL,
      responseTags = INPUT_TOKENS,
      hook = Hooks.CountTokensHook.class)
  MessageTokensCount countTokens(MessageCountTokensParams params, RequestOptions requestOptions);
}
