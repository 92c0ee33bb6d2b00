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
import com.anthropic.models.beta.messages.BetaMessage;
import com.anthropic.models.beta.messages.BetaMessageTokensCount;
import com.anthropic.models.beta.messages.BetaRawMessageStreamEvent;
import com.anthropic.models.beta.messages.MessageCountTokensParams;
import com.anthropic.models.beta.messages.MessageCreateParams;
import com.anthropic.services.blocking.beta.MessageService;
import dev.tracepoet.annotations.TracedClient;
import dev.tracepoet.annotations.TracedEndpoint;
import java.util.function.Consumer;

/**
 * The beta {@link MessageService} of the 3.x SDK ({@code client.beta().messages()}, see {@link
 * ClientViews}): the spans of the 2.x {@link BetaMessageServiceView} ({@code create} and {@code
 * createStreaming} as GenAI {@code chat}, {@code countTokens} plain, {@code batches()} the shared
 * view) without the sampling attributes (3.x has no {@code temperature} / {@code top_p} / {@code
 * top_k}); 3.x's abstract {@code toolRunner} is forwarded untraced.
 */
@TracedClient(integration = "anthropic", genAiProvider = "anthropic", wraps = MessageService.class,
    adapters = BetaMessageStreamAdapter.class)
public interface BetaMessageServiceV3View extends MessageService {

  @Override
  BetaMessageServiceV3View withOptions(Consumer<ClientOptions.Builder> modifier);

  @Override
  BetaBatchServiceView batches();

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
  BetaMessage create(MessageCreateParams params, RequestOptions requestOptions);

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
  StreamResponse<BetaRawMessageStreamEvent> createStreaming(MessageCreateParams params, RequestOptions requestOptions);

  @Override
  @TracedEndpoint(
      name = "messages.count_tokens",
      endpoint = "/v1/messages/count_tokens?beta=true",
      method = "POST",
      requestTags = MODEL,
      responseTags = INPUT_TOKENS,
      hook = Hooks.BetaCountTokensHook.class)
  BetaMessageTokensCount countTokens(MessageCountTokensParams params, RequestOptions requestOptions);
}
